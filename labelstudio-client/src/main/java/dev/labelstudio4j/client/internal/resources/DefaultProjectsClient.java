package dev.labelstudio4j.client.internal.resources;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.exports.ExportsClient;
import dev.labelstudio4j.client.files.UploadFile;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.internal.JsonArrayWriter;
import dev.labelstudio4j.client.internal.RequestBody;
import dev.labelstudio4j.client.projects.ImportFailedException;
import dev.labelstudio4j.client.projects.ImportOptions;
import dev.labelstudio4j.client.projects.ImportResult;
import dev.labelstudio4j.client.projects.ImportTimeoutException;
import dev.labelstudio4j.client.projects.PredictionImportResult;
import dev.labelstudio4j.client.projects.ProjectCounts;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.projects.ProjectImport;
import dev.labelstudio4j.client.projects.ProjectLabelConfig;
import dev.labelstudio4j.client.projects.ProjectListParams;
import dev.labelstudio4j.client.projects.ProjectUpdate;
import dev.labelstudio4j.client.projects.ProjectsClient;
import dev.labelstudio4j.client.tasks.TasksClient;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.users.User;

/**
 * The {@link ProjectsClient} that sends its calls through the shared invoker.
 */
public final class DefaultProjectsClient implements ProjectsClient {

	private static final String IMPORT_TASKS = "projects.import_tasks";

	private final ApiInvoker invoker;

	private final TasksClient tasks;

	private final ExportsClient exports;

	public DefaultProjectsClient(ApiInvoker invoker) {
		this.invoker = invoker;
		this.tasks = new DefaultTasksClient(invoker);
		this.exports = new DefaultExportsClient(invoker);
	}

	@Override
	public ExportsClient exports() {
		return this.exports;
	}

	@Override
	public Page<Project> list(ProjectListParams params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return Page.fetch((page) -> {
			PageBody answer = this.invoker.execute(ApiRequest.get("projects.list", "/api/projects/")
				.query("ordering", params.ordering())
				.query("ids", params.ids())
				.query("title", params.title())
				.query("page", page)
				.query("page_size", params.pageSize())
				.options(options)
				.returns(PageBody.class));
			return answer.content("projects.list", Project.class, "results", "count", true);
		}, params.page(), params.pageSize());
	}

	@Override
	public Project get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("projects.get", "/api/projects/{id}/").path("id", id).options(options).returns(Project.class));
	}

	@Override
	public Project create(ProjectCreate project, RequestOptions options) {
		Args.notNull(project, "project");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("projects.create", "/api/projects/")
			.jsonBody(project)
			.options(options)
			.returns(Project.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(
				ApiRequest.delete("projects.delete", "/api/projects/{id}/").path("id", id).options(options).returnsNothing());
	}

	@Override
	public Project update(long id, ProjectUpdate update, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(update, "update");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("projects.update", "/api/projects/{id}/")
			.path("id", id)
			.jsonBody(update)
			.options(options)
			.returns(Project.class));
	}

	@Override
	public ImportResult importTasks(long id, Iterable<? extends Map<String, ?>> tasks, ImportOptions importOptions,
			RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(tasks, "tasks");
		Args.notNull(importOptions, "importOptions");
		Args.notNull(options, "options");
		boolean replayable = tasks instanceof Collection<?>;
		if (tasks instanceof Collection<?> collection) {
			for (Object task : collection) {
				if (task == null) {
					throw new IllegalArgumentException("tasks must not contain null elements");
				}
			}
		}
		RequestBody.Writer writer = JsonArrayWriter.of(tasks, DefaultProjectsClient::checkTask, null);
		return sendImport(id, RequestBody.streaming(MediaType.APPLICATION_JSON, writer, replayable),
				importOptions, options);
	}

	@Override
	public ImportResult importTasks(long id, Stream<? extends Map<String, ?>> tasks, ImportOptions importOptions,
			RequestOptions options) {
		Args.notNull(tasks, "tasks");
		return importTasks(id, once(tasks), importOptions, options);
	}

	@Override
	public ImportResult importFiles(long id, List<UploadFile> files, ImportOptions importOptions,
			RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(files, "files");
		Args.notNull(importOptions, "importOptions");
		Args.notNull(options, "options");
		if (files.isEmpty()) {
			throw new IllegalArgumentException("files must not be empty");
		}
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		for (int i = 0; i < files.size(); i++) {
			UploadFile file = files.get(i);
			if (file == null) {
				throw new IllegalArgumentException("files must not contain null elements");
			}
			parts.add((i == 0) ? "file" : "file" + i, file.resource());
		}
		return sendImport(id, RequestBody.multipart(parts, true), importOptions, options);
	}

	@Override
	public ImportResult importFromUrl(long id, String url, ImportOptions importOptions, RequestOptions options) {
		Args.positive(id, "id");
		Args.notBlank(url, "url");
		Args.notNull(importOptions, "importOptions");
		Args.notNull(options, "options");
		byte[] form = ("url=" + URLEncoder.encode(url.strip(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
		return sendImport(id,
				RequestBody.streaming(MediaType.APPLICATION_FORM_URLENCODED, (out, json) -> out.write(form), true),
				importOptions, options);
	}

	@Override
	public ProjectLabelConfig validateConfig(long id, String labelConfig, RequestOptions options) {
		Args.positive(id, "id");
		Args.notBlank(labelConfig, "labelConfig");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("projects.validate_config", "/api/projects/{id}/validate/")
			.path("id", id)
			.jsonBody(new ProjectLabelConfig(labelConfig))
			.options(options)
			.returns(ProjectLabelConfig.class));
	}

	private ImportResult sendImport(long id, RequestBody body, ImportOptions importOptions, RequestOptions options) {
		ApiRequest.Builder request = ApiRequest.post(IMPORT_TASKS, "/api/projects/{id}/import")
			.path("id", id)
			.query("commit_to_project", importOptions.commitToProject())
			.query("return_task_ids", importOptions.returnTaskIds());
		if (!importOptions.preannotatedFromFields().isEmpty()) {
			request.query("preannotated_from_fields", String.join(",", importOptions.preannotatedFromFields()));
		}
		ImportResult answer = this.invoker
			.execute(request.body(body).options(options).returns(ImportResult.class));
		if (answer.importId() == null || answer.taskCount() != null) {
			return answer;
		}
		return awaitImport(id, answer.importId(), importOptions, options);
	}

	private ImportResult awaitImport(long projectId, long importId, ImportOptions importOptions,
			RequestOptions options) {
		Duration timeout = importOptions.timeout();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			ProjectImport status = this.tasks.importStatus(projectId, importId, options);
			if (status.isCompleted()) {
				return status.toResult();
			}
			if (status.isFailed()) {
				throw new ImportFailedException(IMPORT_TASKS, projectId, importId, status);
			}
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				throw new ImportTimeoutException(IMPORT_TASKS, projectId, importId, timeout, status);
			}
			try {
				TimeUnit.NANOSECONDS.sleep(Math.min(importOptions.pollInterval().toNanos(), remaining));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LabelStudioException(IMPORT_TASKS,
						IMPORT_TASKS + " interrupted while waiting for import " + importId + " of project " + projectId,
						ex);
			}
		}
	}

	// Bulk predictions, counters and annotators

	@Override
	public PredictionImportResult importPredictions(long id, Iterable<PredictionCreate> predictions,
			RequestOptions options) {
		return BulkWrites.importPredictions(this.invoker, id, predictions, options);
	}

	@Override
	public Page<ProjectCounts> listCounts(ProjectListParams params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return Page.fetch((page) -> {
			PageBody answer = this.invoker.execute(ApiRequest.get("projects.list_counts", "/api/projects/counts/")
				.query("ordering", params.ordering())
				.query("ids", params.ids())
				.query("title", params.title())
				.query("page", page)
				.query("page_size", params.pageSize())
				.options(options)
				.returns(PageBody.class));
			return answer.content("projects.list_counts", ProjectCounts.class, "results", "count", true);
		}, params.page(), params.pageSize());
	}

	@Override
	public List<User> listUniqueAnnotators(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("projects.list_unique_annotators", "/api/projects/{id}/annotators/")
			.path("id", id)
			.options(options)
			.returnsListOf(User.class));
	}

	private static void checkTask(@Nullable Map<String, ?> task, long index) {
		if (task == null) {
			throw new IllegalArgumentException("tasks must not contain null elements");
		}
	}

	/** A stream as an Iterable that can be iterated once (so not a Collection: never replayed). */
	private static <T> Iterable<T> once(Stream<T> stream) {
		return stream::iterator;
	}

}
