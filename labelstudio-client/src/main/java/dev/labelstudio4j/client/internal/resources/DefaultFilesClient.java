package dev.labelstudio4j.client.internal.resources;

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
import dev.labelstudio4j.client.files.FileListParams;
import dev.labelstudio4j.client.files.FileUpload;
import dev.labelstudio4j.client.files.FilesClient;
import dev.labelstudio4j.client.files.UploadFile;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.internal.RequestBody;
import dev.labelstudio4j.client.internal.ResponseHandler;

/**
 * The {@link FilesClient} that sends its calls through the shared invoker.
 */
public final class DefaultFilesClient implements FilesClient {

	private final ApiInvoker invoker;

	public DefaultFilesClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public FileUpload get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("files.get", "/api/import/file-upload/{id}")
			.path("id", id)
			.options(options)
			.returns(FileUpload.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("files.delete", "/api/import/file-upload/{id}")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	@Override
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

	@Override
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

	@Override
	public void deleteMany(long projectId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("files.delete_many", "/api/projects/{id}/file-uploads")
			.path("id", projectId)
			.options(options)
			.returnsNothing());
	}

	@Override
	public InputStream download(String filename, RequestOptions options) {
		Args.pathSegment(filename, "filename");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("files.download", "/data/upload/{filename}")
			.path("filename", filename)
			.options(options)
			.returns(ResponseHandler.stream()));
	}

	@Override
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
