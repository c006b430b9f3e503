package dev.labelstudio4j.client.files;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Operations on files uploaded to Label Studio to create tasks from. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#files()}. Thread-safe.
 */
public interface FilesClient {

	/**
	 * {@code GET /api/import/file-upload/{id}}: one uploaded file.
	 * @param id the file upload id
	 * @return the file upload
	 */
	default FileUpload get(long id) {
		return get(id, RequestOptions.none());
	}

	/** {@code GET /api/import/file-upload/{id}} with per-call options. */
	FileUpload get(long id, RequestOptions options);

	/**
	 * {@code DELETE /api/import/file-upload/{id}}: delete one uploaded file.
	 * @param id the file upload id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/** {@code DELETE /api/import/file-upload/{id}} with per-call options. */
	void delete(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/import/file-upload/{id}}: replace an uploaded file's content, sent as the
	 * multipart part {@code file}.
	 * @param id the file upload id
	 * @param file the new content
	 * @return the updated file upload
	 */
	default FileUpload update(long id, UploadFile file) {
		return update(id, file, RequestOptions.none());
	}

	/** {@code PATCH /api/import/file-upload/{id}} with per-call options. */
	FileUpload update(long id, UploadFile file, RequestOptions options);

	/**
	 * {@code GET /api/projects/{id}/file-uploads}: the files uploaded to a project.
	 * @param projectId the project id
	 * @return the file uploads
	 */
	default List<FileUpload> list(long projectId) {
		return list(projectId, FileListParams.builder().build(), RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/file-uploads} with filters. */
	default List<FileUpload> list(long projectId, FileListParams params) {
		return list(projectId, params, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/file-uploads} with filters and per-call options. */
	List<FileUpload> list(long projectId, FileListParams params, RequestOptions options);

	/**
	 * {@code DELETE /api/projects/{id}/file-uploads}: delete the files uploaded to a project.
	 * @param projectId the project id
	 */
	default void deleteMany(long projectId) {
		deleteMany(projectId, RequestOptions.none());
	}

	/** {@code DELETE /api/projects/{id}/file-uploads} with per-call options. */
	void deleteMany(long projectId, RequestOptions options);

	/**
	 * {@code GET /data/upload/{filename}}: the raw bytes of an uploaded file. The file name is sent as one
	 * encoded path segment: {@code /}, {@code ?}, {@code #} and {@code %} in it are escaped, so it never
	 * leaves {@code /data/upload/}.
	 * @param filename the file name, for example {@code 1/6b25fc23-tasks.csv} (sent as
	 * {@code 1%2F6b25fc23-tasks.csv}); neither {@code .} nor {@code ..}
	 * @return the content, which the caller must close
	 */
	default InputStream download(String filename) {
		return download(filename, RequestOptions.none());
	}

	/** {@code GET /data/upload/{filename}} with per-call options; the caller must close the stream. */
	InputStream download(String filename, RequestOptions options);

	/**
	 * {@code GET /data/upload/{filename}} written to a file, replacing it when it exists.
	 * @param filename the file name (one path segment)
	 * @param target where to write the content
	 * @return the number of bytes written
	 */
	default long download(String filename, Path target) {
		return download(filename, target, RequestOptions.none());
	}

	/** {@code GET /data/upload/{filename}} written to a file, with per-call options. */
	long download(String filename, Path target, RequestOptions options);

}
