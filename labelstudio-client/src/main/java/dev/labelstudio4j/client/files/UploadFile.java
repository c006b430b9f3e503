package dev.labelstudio4j.client.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import dev.labelstudio4j.client.internal.Args;

/**
 * A file to upload: task files to import ({@code .json}, {@code .csv}, {@code .tsv}, {@code .txt}, ...) or
 * the replacement of an uploaded file. Made from a {@link Path} (read when sent, never held in memory) or
 * from bytes with a file name. Immutable; can be sent more than once.
 */
public final class UploadFile {

	private final String filename;

	private final Resource resource;

	private UploadFile(String filename, Resource resource) {
		this.filename = filename;
		this.resource = resource;
	}

	/**
	 * A file on disk, sent under its own name.
	 * @param path a readable regular file
	 * @return the upload
	 * @throws IllegalArgumentException when the file cannot be read
	 */
	public static UploadFile of(Path path) {
		Args.notNull(path, "path");
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new IllegalArgumentException("path must be a readable regular file: " + path);
		}
		Path name = path.getFileName();
		Args.notNull(name, "path file name");
		return new UploadFile(name.toString(), new FileSystemResource(path));
	}

	/**
	 * Bytes sent as a file with the given name; the name's extension tells the server the format.
	 * @param filename the file name, for example {@code tasks.csv}
	 * @param content the content; copied
	 * @return the upload
	 */
	public static UploadFile of(String filename, byte[] content) {
		Args.notBlank(filename, "filename");
		Args.notNull(content, "content");
		if (filename.indexOf('/') >= 0 || filename.indexOf('\\') >= 0) {
			throw new IllegalArgumentException("filename must be a bare file name without directories");
		}
		byte[] copy = Arrays.copyOf(content, content.length);
		return new UploadFile(filename, new ByteArrayResource(copy) {

			@Override
			public String getFilename() {
				return filename;
			}

		});
	}

	/** The name the file is sent under. */
	public String filename() {
		return this.filename;
	}

	/**
	 * The content as a Spring {@link Resource} with {@link #filename()} as its file name (for multipart
	 * bodies).
	 * @return the resource
	 */
	public Resource resource() {
		return this.resource;
	}

	@Override
	public String toString() {
		return "UploadFile[" + this.filename + "]";
	}

}
