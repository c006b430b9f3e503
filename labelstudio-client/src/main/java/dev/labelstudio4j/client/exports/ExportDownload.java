package dev.labelstudio4j.client.exports;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * What a streamed download wrote.
 *
 * @param fileName the file name the server gave ({@code Content-Disposition}), reduced to its last path
 * segment; {@code null} when it gave none or one that cannot be used as a file name
 * @param contentType the {@code Content-Type} as the server sent it ({@code null} when absent; Label Studio's
 * are not always valid media types, for example {@code application/.json})
 * @param bytesWritten the number of bytes written
 * @param path the file written, for downloads to a {@link Path}; {@code null} otherwise
 */
public record ExportDownload(@Nullable String fileName, @Nullable String contentType, long bytesWritten,
		@Nullable Path path) {
}
