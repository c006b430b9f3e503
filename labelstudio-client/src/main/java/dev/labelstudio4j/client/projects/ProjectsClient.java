package dev.labelstudio4j.client.projects;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;
import dev.labelstudio4j.client.core.RequestBody;
import dev.labelstudio4j.client.files.UploadFile;
import dev.labelstudio4j.client.tasks.TasksClient;

/**
 * Operations on Label Studio projects. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#projects()}. Thread-safe.
 */
public final class ProjectsClient {

	private static final String IMPORT_TASKS = "projects.import_tasks";

	private static final int WRITE_BUFFER_SIZE = 64 * 1024;

	private final ApiInvoker invoker;

	private final TasksClient tasks;

	public ProjectsClient(ApiInvoker invoker) {
		this.invoker = invoker;
		this.tasks = new TasksClient(invoker);
	}

	/**
	 * {@code GET /api/projects/}: the first page of projects; {@link Page#autoPaging()} walks them all.
	 * @return the first page
	 */
	public Page<Project> list() {
		return list(ProjectListParams.builder().build(), RequestOptions.none());
	}

	/** {@code GET /api/projects/} with filters, ordering and paging. */
	public Page<Project> list(ProjectListParams params) {
		return list(params, RequestOptions.none());
	}

	/** {@code GET /api/projects/} with filters, ordering, paging and per-call options. */
	public Page<Project> list(ProjectListParams params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return Page.fetch((page) -> {
			ProjectPage answer = this.invoker.execute(ApiRequest.get("projects.list", "/api/projects/")
				.query("ordering", params.ordering())
				.query("ids", params.ids())
				.query("title", params.title())
				.query("page", page)
				.query("page_size", params.pageSize())
				.options(options)
				.returns(ProjectPage.class));
			return new Page.Content<>((answer.results() != null) ? answer.results() : List.of(), answer.count(),
					answer.next() != null);
		}, params.page(), params.pageSize());
	}

	/**
	 * {@code GET /api/projects/{id}/}.
	 * @param id the project id
	 * @return the project
	 */
	public Project get(long id) {
		return get(id, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/} with per-call options. */
	public Project get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("projects.get", "/api/projects/{id}/").path("id", id).options(options).returns(Project.class));
	}

	/**
	 * {@code POST /api/projects/}: create a project.
	 * @param project the project's settings
	 * @return the created project
	 */
	public Project create(ProjectCreate project) {
		return create(project, RequestOptions.none());
	}

	/** {@code POST /api/projects/} with per-call options. */
	public Project create(ProjectCreate project, RequestOptions options) {
		Args.notNull(project, "project");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("projects.create", "/api/projects/")
			.jsonBody(project)
			.options(options)
			.returns(Project.class));
	}

	/**
	 * {@code DELETE /api/projects/{id}/}: delete a project with its tasks and annotations.
	 * @param id the project id
	 */
	public void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/** {@code DELETE /api/projects/{id}/} with per-call options. */
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(
				ApiRequest.delete("projects.delete", "/api/projects/{id}/").path("id", id).options(options).returnsNothing());
	}

	/**
	 * {@code PATCH /api/projects/{id}/}: change a project's settings; unset fields keep their value.
	 * @param id the project id
	 * @param update the settings to change
	 * @return the updated project
	 */
	public Project update(long id, ProjectUpdate update) {
		return update(id, update, RequestOptions.none());
	}

	/** {@code PATCH /api/projects/{id}/} with per-call options. */
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

	/**
	 * {@code POST /api/projects/{id}/import}: import tasks, each a JSON object ({@code {"data": {...}}}
	 * or a flat object of data fields). The body is written as a JSON array element by element straight to
	 * the connection, never held in memory as a whole. A {@link Collection} can be sent again by a retry;
	 * any other {@code Iterable} is read once and never retried. When the server imports asynchronously,
	 * waits for the import to finish (see {@link ImportOptions}).
	 * @param id the project id
	 * @param tasks the tasks
	 * @return what was imported
	 * @throws ImportFailedException when an asynchronous import fails
	 * @throws ImportTimeoutException when an asynchronous import does not finish in time
	 */
	public ImportResult importTasks(long id, Iterable<? extends Map<String, ?>> tasks) {
		return importTasks(id, tasks, ImportOptions.defaults(), RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} with import options. */
	public ImportResult importTasks(long id, Iterable<? extends Map<String, ?>> tasks, ImportOptions importOptions) {
		return importTasks(id, tasks, importOptions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} with import options and per-call options. */
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
		return sendImport(id, RequestBody.streaming(MediaType.APPLICATION_JSON, taskArrayWriter(tasks), replayable),
				importOptions, options);
	}

	/**
	 * {@code POST /api/projects/{id}/import} of tasks generated lazily by a stream: the stream is consumed
	 * (not closed) while the body is written, so the request is never retried.
	 * @param id the project id
	 * @param tasks the tasks
	 * @return what was imported
	 */
	public ImportResult importTasks(long id, Stream<? extends Map<String, ?>> tasks) {
		return importTasks(id, tasks, ImportOptions.defaults(), RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} of a stream of tasks, with import options. */
	public ImportResult importTasks(long id, Stream<? extends Map<String, ?>> tasks, ImportOptions importOptions) {
		return importTasks(id, tasks, importOptions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} of a stream of tasks, with import and per-call options. */
	public ImportResult importTasks(long id, Stream<? extends Map<String, ?>> tasks, ImportOptions importOptions,
			RequestOptions options) {
		Args.notNull(tasks, "tasks");
		return importTasks(id, once(tasks), importOptions, options);
	}

	/**
	 * {@code POST /api/projects/{id}/import} of task files (JSON, CSV, TSV, TXT, ...) as
	 * {@code multipart/form-data}, one part per file ({@code file}, {@code file1}, ...).
	 * @param id the project id
	 * @param files the files
	 * @return what was imported
	 */
	public ImportResult importFiles(long id, List<UploadFile> files) {
		return importFiles(id, files, ImportOptions.defaults(), RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} of task files, with import options. */
	public ImportResult importFiles(long id, List<UploadFile> files, ImportOptions importOptions) {
		return importFiles(id, files, importOptions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} of task files, with import and per-call options. */
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

	/**
	 * {@code POST /api/projects/{id}/import} of the tasks in a file the server downloads from a URL (sent
	 * as the form field {@code url}, which is what the server reads).
	 * @param id the project id
	 * @param url the file's URL
	 * @return what was imported
	 */
	public ImportResult importFromUrl(long id, String url) {
		return importFromUrl(id, url, ImportOptions.defaults(), RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} from a URL, with import options. */
	public ImportResult importFromUrl(long id, String url, ImportOptions importOptions) {
		return importFromUrl(id, url, importOptions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} from a URL, with import and per-call options. */
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

	/**
	 * {@code POST /api/projects/{id}/validate/}: check a labeling configuration against a project.
	 * @param id the project id
	 * @param labelConfig the configuration in XML format
	 * @return the validated configuration
	 * @throws dev.labelstudio4j.client.BadRequestException when the configuration is invalid
	 */
	public ProjectLabelConfig validateConfig(long id, String labelConfig) {
		return validateConfig(id, labelConfig, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/validate/} with per-call options. */
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

	/** A stream as an Iterable that can be iterated once (so not a Collection: never replayed). */
	private static <T> Iterable<T> once(Stream<T> stream) {
		return stream::iterator;
	}

	private static RequestBody.Writer taskArrayWriter(Iterable<? extends Map<String, ?>> tasks) {
		return (out, json) -> {
			ObjectWriter writer = json.mapper().writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
			OutputStream buffered = new BufferedOutputStream(new KeepOpen(out), WRITE_BUFFER_SIZE);
			try (JsonGenerator generator = json.mapper().createGenerator(buffered)) {
				generator.writeStartArray();
				for (Map<String, ?> task : tasks) {
					if (task == null) {
						throw new IllegalArgumentException("tasks must not contain null elements");
					}
					writer.writeValue(generator, task);
				}
				generator.writeEndArray();
			}
		};
	}

	/** Leaves the connection's stream open for the HTTP client to finish; closing only flushes. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProjectPage(@Nullable Long count, @Nullable String next, @Nullable String previous,
			@Nullable List<Project> results) {
	}

}
