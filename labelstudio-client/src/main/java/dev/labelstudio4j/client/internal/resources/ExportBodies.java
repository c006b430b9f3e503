package dev.labelstudio4j.client.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

import dev.labelstudio4j.client.exports.ExportBodyReader;
import dev.labelstudio4j.client.exports.ExportDownload;
import dev.labelstudio4j.client.exports.ExportDownloadException;
import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.internal.ResponseHandler;

/**
 * Response handlers that stream an export's body to a file, an output stream or a reader, in a fixed-size
 * buffer. A failure to read the body is an {@link IOException} (the invoker's retry policy then retries the
 * GET) as long as a retry can start over: always for a file (each attempt writes a new temporary file, moved
 * into place only when complete), for other outputs only while nothing reached them. Past that, and when the
 * output cannot be written, an {@link ExportDownloadException}, which is never retried.
 */
final class ExportBodies {

	private static final int BUFFER_SIZE = 64 * 1024;

	private static final int MAX_FILE_NAME = 255;

	private ExportBodies() {
	}

	/**
	 * The file name of a download: {@code Content-Disposition}'s {@code filename} (or {@code filename*}),
	 * else Label Studio's own {@code filename} header, reduced to its last path segment. {@code null} when
	 * there is none or it is not usable as a file name ({@code .}, {@code ..}, control characters, too long).
	 */
	static @Nullable String fileName(HttpHeaders headers) {
		String name = null;
		String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
		if (disposition != null) {
			try {
				name = ContentDisposition.parse(disposition).getFilename();
			}
			catch (IllegalArgumentException ex) {
				name = null;
			}
		}
		if (name == null) {
			name = headers.getFirst("filename");
		}
		return safeFileName(name);
	}

	static @Nullable String safeFileName(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String name = raw.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > MAX_FILE_NAME) {
			return null;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 0x20 || c == 0x7f || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>'
					|| c == '|') {
				return null;
			}
		}
		return name;
	}

	/**
	 * Write the body to {@code target}: into a directory under the server's file name (else
	 * {@code fallbackName}), or to the file itself.
	 */
	static ResponseHandler<ExportDownload> toPath(Path target, Supplier<String> fallbackName) {
		return (operation, response, json) -> {
			String name = fileName(response.getHeaders());
			String contentType = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
			Path file = resolve(target, name, fallbackName);
			Path directory = file.toAbsolutePath().getParent();
			Path temporary;
			try {
				temporary = Files.createTempFile(directory, ".labelstudio-export-", ".part");
			}
			catch (IOException ex) {
				throw writeFailure(operation, file, 0, ex);
			}
			boolean moved = false;
			try {
				long bytes;
				try (OutputStream out = Files.newOutputStream(temporary); InputStream in = response.getBody()) {
					bytes = copy(operation, in, out, file.toString(), true);
				}
				move(operation, temporary, file, bytes);
				moved = true;
				return new ExportDownload(name, contentType, bytes, file);
			}
			finally {
				if (!moved) {
					Files.deleteIfExists(temporary);
				}
			}
		};
	}

	private static Path resolve(Path target, @Nullable String name, Supplier<String> fallbackName) {
		if (!Files.isDirectory(target)) {
			return target;
		}
		Path directory = target.toAbsolutePath().normalize();
		Path file = directory.resolve((name != null) ? name : fallbackName.get()).normalize();
		if (!directory.equals(file.getParent())) {
			file = directory.resolve(fallbackName.get());
		}
		return file;
	}

	private static void move(String operation, Path temporary, Path file, long bytes) {
		try {
			try {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw writeFailure(operation, file, bytes, ex);
		}
	}

	/** Stream the body to {@code out}, which is flushed and left open. */
	static ResponseHandler<ExportDownload> toStream(OutputStream out) {
		return (operation, response, json) -> {
			String name = fileName(response.getHeaders());
			String contentType = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
			try (InputStream in = response.getBody()) {
				long bytes = copy(operation, in, out, "the output stream", false);
				try {
					out.flush();
				}
				catch (IOException ex) {
					throw writeFailure(operation, "the output stream", bytes, ex);
				}
				return new ExportDownload(name, contentType, bytes, null);
			}
		};
	}

	/** Hand the body to a reader. */
	static <T> ResponseHandler<T> toReader(ExportBodyReader<T> reader) {
		return new ResponseHandler<>() {

			@Override
			public T handle(String operation, ClientHttpResponse response, LabelStudioJson json) throws IOException {
				String name = fileName(response.getHeaders());
				String contentType = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
				try (CountingInputStream in = new CountingInputStream(response.getBody())) {
					try {
						return reader.read(in, name, contentType);
					}
					catch (IOException ex) {
						if (in.count == 0) {
							throw ex;
						}
						throw new ExportDownloadException(operation, operation + " failed after " + in.count
								+ " bytes had reached the reader (not retried): " + ex.getClass().getSimpleName()
								+ ((ex.getMessage() != null) ? " (" + ex.getMessage() + ")" : ""), in.count, ex);
					}
				}
			}

		};
	}

	/**
	 * Copy {@code in} to {@code out}. Read failures are rethrown as they are when {@code restartable} or
	 * nothing was written yet (a retry may start over), else wrapped; write failures are always wrapped.
	 */
	private static long copy(String operation, InputStream in, OutputStream out, String output, boolean restartable)
			throws IOException {
		byte[] buffer = new byte[BUFFER_SIZE];
		long total = 0;
		while (true) {
			int read;
			try {
				read = in.read(buffer);
			}
			catch (IOException ex) {
				if (restartable || total == 0) {
					throw ex;
				}
				throw new ExportDownloadException(operation, operation + " failed after " + total
						+ " bytes had been written to " + output + " (not retried): " + ex.getClass().getSimpleName()
						+ ((ex.getMessage() != null) ? " (" + ex.getMessage() + ")" : ""), total, ex);
			}
			if (read < 0) {
				return total;
			}
			try {
				out.write(buffer, 0, read);
			}
			catch (IOException ex) {
				throw writeFailure(operation, output, total, ex);
			}
			total += read;
		}
	}

	private static ExportDownloadException writeFailure(String operation, Object output, long bytes, IOException ex) {
		return new ExportDownloadException(operation, operation + " failed: could not write " + output + " ("
				+ ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "") + ")",
				bytes, ex);
	}

	/** Counts the bytes read through it. */
	private static final class CountingInputStream extends java.io.FilterInputStream {

		long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
