package dev.labelstudio4j.client.projects;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.exports.ExportsClient;
import dev.labelstudio4j.client.files.UploadFile;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.users.User;

/**
 * Operations on Label Studio projects. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#projects()}. Thread-safe.
 */
public interface ProjectsClient {

	/**
	 * {@code GET /api/projects/}: the first page of projects; {@link Page#autoPaging()} walks them all.
	 * @return the first page
	 */
	default Page<Project> list() {
		return list(ProjectListParams.builder().build(), RequestOptions.none());
	}

	/** {@code GET /api/projects/} with filters, ordering and paging. */
	default Page<Project> list(ProjectListParams params) {
		return list(params, RequestOptions.none());
	}

	/** {@code GET /api/projects/} with filters, ordering, paging and per-call options. */
	Page<Project> list(ProjectListParams params, RequestOptions options);

	/**
	 * {@code GET /api/projects/{id}/}.
	 * @param id the project id
	 * @return the project
	 */
	default Project get(long id) {
		return get(id, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/} with per-call options. */
	Project get(long id, RequestOptions options);

	/**
	 * {@code POST /api/projects/}: create a project.
	 * @param project the project's settings
	 * @return the created project
	 */
	default Project create(ProjectCreate project) {
		return create(project, RequestOptions.none());
	}

	/** {@code POST /api/projects/} with per-call options. */
	Project create(ProjectCreate project, RequestOptions options);

	/**
	 * {@code DELETE /api/projects/{id}/}: delete a project with its tasks and annotations.
	 * @param id the project id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/** {@code DELETE /api/projects/{id}/} with per-call options. */
	void delete(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/projects/{id}/}: change a project's settings; unset fields keep their value.
	 * @param id the project id
	 * @param update the settings to change
	 * @return the updated project
	 */
	default Project update(long id, ProjectUpdate update) {
		return update(id, update, RequestOptions.none());
	}

	/** {@code PATCH /api/projects/{id}/} with per-call options. */
	Project update(long id, ProjectUpdate update, RequestOptions options);

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
	default ImportResult importTasks(long id, Iterable<? extends Map<String, ?>> tasks) {
		return importTasks(id, tasks, ImportOptions.defaults(), RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} with import options. */
	default ImportResult importTasks(long id, Iterable<? extends Map<String, ?>> tasks, ImportOptions importOptions) {
		return importTasks(id, tasks, importOptions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} with import options and per-call options. */
	ImportResult importTasks(long id, Iterable<? extends Map<String, ?>> tasks, ImportOptions importOptions,
			RequestOptions options);

	/**
	 * {@code POST /api/projects/{id}/import} of tasks generated lazily by a stream: the stream is consumed
	 * (not closed) while the body is written, so the request is never retried.
	 * @param id the project id
	 * @param tasks the tasks
	 * @return what was imported
	 */
	default ImportResult importTasks(long id, Stream<? extends Map<String, ?>> tasks) {
		return importTasks(id, tasks, ImportOptions.defaults(), RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} of a stream of tasks, with import options. */
	default ImportResult importTasks(long id, Stream<? extends Map<String, ?>> tasks, ImportOptions importOptions) {
		return importTasks(id, tasks, importOptions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} of a stream of tasks, with import and per-call options. */
	ImportResult importTasks(long id, Stream<? extends Map<String, ?>> tasks, ImportOptions importOptions,
			RequestOptions options);

	/**
	 * {@code POST /api/projects/{id}/import} of task files (JSON, CSV, TSV, TXT, ...) as
	 * {@code multipart/form-data}, one part per file ({@code file}, {@code file1}, ...).
	 * @param id the project id
	 * @param files the files
	 * @return what was imported
	 */
	default ImportResult importFiles(long id, List<UploadFile> files) {
		return importFiles(id, files, ImportOptions.defaults(), RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} of task files, with import options. */
	default ImportResult importFiles(long id, List<UploadFile> files, ImportOptions importOptions) {
		return importFiles(id, files, importOptions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} of task files, with import and per-call options. */
	ImportResult importFiles(long id, List<UploadFile> files, ImportOptions importOptions,
			RequestOptions options);

	/**
	 * {@code POST /api/projects/{id}/import} of the tasks in a file the server downloads from a URL (sent
	 * as the form field {@code url}, which is what the server reads).
	 * @param id the project id
	 * @param url the file's URL
	 * @return what was imported
	 */
	default ImportResult importFromUrl(long id, String url) {
		return importFromUrl(id, url, ImportOptions.defaults(), RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} from a URL, with import options. */
	default ImportResult importFromUrl(long id, String url, ImportOptions importOptions) {
		return importFromUrl(id, url, importOptions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import} from a URL, with import and per-call options. */
	ImportResult importFromUrl(long id, String url, ImportOptions importOptions, RequestOptions options);

	/**
	 * {@code POST /api/projects/{id}/validate/}: check a labeling configuration against a project.
	 * @param id the project id
	 * @param labelConfig the configuration in XML format
	 * @return the validated configuration
	 * @throws dev.labelstudio4j.client.BadRequestException when the configuration is invalid
	 */
	default ProjectLabelConfig validateConfig(long id, String labelConfig) {
		return validateConfig(id, labelConfig, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/validate/} with per-call options. */
	ProjectLabelConfig validateConfig(long id, String labelConfig, RequestOptions options);

	/**
	 * The exports of projects ({@code projects.exports}): synchronous exports, snapshots, conversions and
	 * streamed downloads.
	 * @return the exports client
	 */
	ExportsClient exports();

	// Bulk predictions, counters and annotators

	/**
	 * {@code POST /api/projects/{id}/import/predictions}: add predictions to tasks of the project in one
	 * request. Each prediction needs its {@code task} (a task of this project) and {@code result}. The body
	 * is written as a JSON array element by element straight to the connection, never held in memory as a
	 * whole. A {@link Collection} can be sent again by a retry; any other {@code Iterable} is read once and
	 * never retried.
	 * @param id the project id
	 * @param predictions the predictions
	 * @return how many were sent and created
	 * @throws dev.labelstudio4j.client.BulkOperationException when the request fails; says whether anything
	 * was created
	 */
	default PredictionImportResult importPredictions(long id, Iterable<PredictionCreate> predictions) {
		return importPredictions(id, predictions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import/predictions} with per-call options. */
	PredictionImportResult importPredictions(long id, Iterable<PredictionCreate> predictions,
			RequestOptions options);

	/**
	 * {@code POST /api/projects/{id}/import/predictions} of predictions generated lazily by a stream: the
	 * stream is consumed (not closed) while the body is written, so the request is never retried.
	 * @param id the project id
	 * @param predictions the predictions
	 * @return how many were sent and created
	 */
	default PredictionImportResult importPredictions(long id, Stream<PredictionCreate> predictions) {
		return importPredictions(id, predictions, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/import/predictions} of a stream, with per-call options. */
	default PredictionImportResult importPredictions(long id, Stream<PredictionCreate> predictions,
			RequestOptions options) {
		if (predictions == null) {
			throw new IllegalArgumentException("predictions must not be null");
		}
		Iterable<PredictionCreate> once = predictions::iterator;
		return importPredictions(id, once, options);
	}

	/**
	 * {@code GET /api/projects/counts/}: the first page of the projects' counters (tasks, annotations,
	 * predictions, ...); {@link Page#autoPaging()} walks them all. Filters by the params' ids and title.
	 * @param params ids, title, ordering and paging
	 * @return the first page
	 */
	default Page<ProjectCounts> listCounts(ProjectListParams params) {
		return listCounts(params, RequestOptions.none());
	}

	/** {@code GET /api/projects/counts/} with per-call options. */
	Page<ProjectCounts> listCounts(ProjectListParams params, RequestOptions options);

	/**
	 * {@code GET /api/projects/{id}/annotators/}: the users who annotated tasks of the project, each once.
	 * @param id the project id
	 * @return the annotators
	 */
	default List<User> listUniqueAnnotators(long id) {
		return listUniqueAnnotators(id, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/annotators/} with per-call options. */
	List<User> listUniqueAnnotators(long id, RequestOptions options);

}
