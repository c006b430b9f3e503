package dev.labelstudio4j.client.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;
import dev.labelstudio4j.client.core.RequestBody;
import dev.labelstudio4j.client.core.ResponseHandler;

/**
 * Operations on files uploaded to Label Studio to create tasks from. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#files()}. Thread-safe.
 */
public final class FilesClient {

	private final ApiInvoker invoker;

	public FilesClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * {@code GET /api/import/file-upload/{id}}: one uploaded file.
	 * @param id the file upload id
	 * @return the file upload
	 */
	public FileUpload get(long id) {
		return get(id, RequestOptions.none());
	}

	/** {@code GET /api/import/file-upload/{id}} with per-call options. */
	public FileUpload get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("files.get", "/api/import/file-upload/{id}")
			.path("id", id)
			.options(options)
			.returns(FileUpload.class));
	}

	/**
	 * {@code DELETE /api/import/file-upload/{id}}: delete one uploaded file.
	 * @param id the file upload id
	 */
	public void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/** {@code DELETE /api/import/file-upload/{id}} with per-call options. */
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("files.delete", "/api/import/file-upload/{id}")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	/**
	 * {@code PATCH /api/import/file-upload/{id}}: replace an uploaded file's content, sent as the
	 * multipart part {@code file}.
	 * @param id the file upload id
	 * @param file the new content
	 * @return the updated file upload
	 */
	public FileUpload update(long id, UploadFile file) {
		return update(id, file, RequestOptions.none());
	}

	/** {@code PATCH /api/import/file-upload/{id}} with per-call options. */
	public FileUpload update(long id, UploadFile file, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(file, "file");
		Args.notNull(options, "options");
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", file.resource());
		return this.invoker.execute(ApiRequest.patch("files.update", "/api/import/file-upload/{id}")
			.path("id", id)
			.body(RequestBody.multipart(parts, true))
			.options(options)
			.returns(FileUpload.class));
	}

	/**
	 * {@code GET /api/projects/{id}/file-uploads}: the files uploaded to a project.
	 * @param projectId the project id
	 * @return the file uploads
	 */
	public List<FileUpload> list(long projectId) {
		return list(projectId, FileListParams.builder().build(), RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/file-uploads} with filters. */
	public List<FileUpload> list(long projectId, FileListParams params) {
		return list(projectId, params, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/file-uploads} with filters and per-call options. */
	public List<FileUpload> list(long projectId, FileListParams params, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		ApiRequest.Builder request = ApiRequest.get("files.list", "/api/projects/{id}/file-uploads")
			.path("id", projectId)
			.query("all", params.all());
		for (Long id : params.ids()) {
			request.query("ids", id);
		}
		return this.invoker.execute(request.options(options).returnsListOf(FileUpload.class));
	}

	/**
	 * {@code DELETE /api/projects/{id}/file-uploads}: delete the files uploaded to a project.
	 * @param projectId the project id
	 */
	public void deleteMany(long projectId) {
		deleteMany(projectId, RequestOptions.none());
	}

	/** {@code DELETE /api/projects/{id}/file-uploads} with per-call options. */
	public void deleteMany(long projectId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("files.delete_many", "/api/projects/{id}/file-uploads")
			.path("id", projectId)
			.options(options)
			.returnsNothing());
	}

	/**
	 * {@code GET /data/upload/{filename}}: the raw bytes of an uploaded file. The file name is sent as one
	 * encoded path segment: {@code /}, {@code ?}, {@code #} and {@code %} in it are escaped, so it never
	 * leaves {@code /data/upload/}.
	 * @param filename the file name, for example {@code 1/6b25fc23-tasks.csv} (sent as
	 * {@code 1%2F6b25fc23-tasks.csv}); neither {@code .} nor {@code ..}
	 * @return the content, which the caller must close
	 */
	public InputStream download(String filename) {
		return download(filename, RequestOptions.none());
	}

	/** {@code GET /data/upload/{filename}} with per-call options; the caller must close the stream. */
	public InputStream download(String filename, RequestOptions options) {
		Args.pathSegment(filename, "filename");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("files.download", "/data/upload/{filename}")
			.path("filename", filename)
			.options(options)
			.returns(ResponseHandler.stream()));
	}

	/**
	 * {@code GET /data/upload/{filename}} written to a file, replacing it when it exists.
	 * @param filename the file name (one path segment)
	 * @param target where to write the content
	 * @return the number of bytes written
	 */
	public long download(String filename, Path target) {
		return download(filename, target, RequestOptions.none());
	}

	/** {@code GET /data/upload/{filename}} written to a file, with per-call options. */
	public long download(String filename, Path target, RequestOptions options) {
		Args.pathSegment(filename, "filename");
		Args.notNull(target, "target");
		Args.notNull(options, "options");
		try (InputStream in = download(filename, options)) {
			return Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new LabelStudioIoException("files.download",
					"files.download failed: could not write " + target + " (" + ex.getMessage() + ")", ex, false,
					false);
		}
	}

}
