package dev.labelstudio4j.client.exports;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * Reads the body of an export as it arrives. The stream is closed by the client when the reader returns
 * (the reader need not close it and must not keep it).
 *
 * @param <T> what the reader makes of the body
 */
@FunctionalInterface
public interface ExportBodyReader<T> {

	/**
	 * Read the body.
	 * @param body the body, streamed from the connection
	 * @param fileName the file name the server gave (its last path segment), or {@code null}
	 * @param contentType the {@code Content-Type} as sent, or {@code null}
	 * @return the result
	 * @throws IOException when reading fails
	 */
	T read(InputStream body, @Nullable String fileName, @Nullable String contentType) throws IOException;

}
