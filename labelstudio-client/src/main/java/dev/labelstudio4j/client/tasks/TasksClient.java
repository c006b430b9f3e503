package dev.labelstudio4j.client.tasks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;
import dev.labelstudio4j.client.projects.ProjectImport;

/**
 * Operations on labeling tasks. Obtain it from {@link dev.labelstudio4j.client.LabelStudioClient#tasks()}.
 * Thread-safe.
 */
public final class TasksClient {

	private final ApiInvoker invoker;

	public TasksClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * {@code GET /api/tasks/}: the first page of a project's tasks; {@link Page#autoPaging()} walks them
	 * all.
	 * @param projectId the project id
	 * @return the first page
	 */
	public Page<Task> list(long projectId) {
		Args.positive(projectId, "projectId");
		return list(TaskListParams.builder().project(projectId).build(), RequestOptions.none());
	}

	/** {@code GET /api/tasks/} with filters and paging. */
	public Page<Task> list(TaskListParams params) {
		return list(params, RequestOptions.none());
	}

	/** {@code GET /api/tasks/} with filters, paging and per-call options. */
	public Page<Task> list(TaskListParams params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return Page.fetch((page) -> {
			TaskPage answer = this.invoker.execute(ApiRequest.get("tasks.list", "/api/tasks/")
				.query("project", params.project())
				.query("view", params.view())
				.query("fields", (params.fields() != null) ? params.fields().value() : null)
				.query("resolve_uri", params.resolveUri())
				.query("query", params.query())
				.query("review", params.review())
				.query("include", params.include())
				.query("page", page)
				.query("page_size", params.pageSize())
				.options(options)
				.returns(TaskPage.class));
			return new Page.Content<>((answer.tasks() != null) ? answer.tasks() : List.of(), answer.total(), null);
		}, params.page(), params.pageSize());
	}

	/**
	 * {@code POST /api/tasks/}: create one task.
	 * @param projectId the project id
	 * @param data the task's data, keyed by the variables of the project's labeling configuration
	 * @return the created task
	 */
	public Task create(long projectId, Map<String, ?> data) {
		return create(projectId, data, RequestOptions.none());
	}

	/** {@code POST /api/tasks/} with per-call options. */
	public Task create(long projectId, Map<String, ?> data, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(data, "data");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("tasks.create", "/api/tasks/")
			.jsonBody(new TaskCreateBody(data, projectId))
			.options(options)
			.returns(Task.class));
	}

	/**
	 * {@code GET /api/tasks/{id}/}: one task with its annotations and predictions.
	 * @param id the task id
	 * @return the task
	 */
	public Task get(long id) {
		return get(id, RequestOptions.none());
	}

	/** {@code GET /api/tasks/{id}/} with per-call options. */
	public Task get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("tasks.get", "/api/tasks/{id}/").path("id", id).options(options).returns(Task.class));
	}

	/**
	 * {@code PATCH /api/tasks/{id}/}: change a task; unset fields keep their value.
	 * @param id the task id
	 * @param update the fields to change
	 * @return the updated task
	 */
	public Task update(long id, TaskUpdate update) {
		return update(id, update, RequestOptions.none());
	}

	/** {@code PATCH /api/tasks/{id}/} with per-call options. */
	public Task update(long id, TaskUpdate update, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(update, "update");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("tasks.update", "/api/tasks/{id}/")
			.path("id", id)
			.jsonBody(update)
			.options(options)
			.returns(Task.class));
	}

	/**
	 * {@code DELETE /api/tasks/{id}/}: delete a task.
	 * @param id the task id
	 */
	public void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/** {@code DELETE /api/tasks/{id}/} with per-call options. */
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(
				ApiRequest.delete("tasks.delete", "/api/tasks/{id}/").path("id", id).options(options).returnsNothing());
	}

	/**
	 * {@code DELETE /api/projects/{id}/tasks/}: delete every task of a project.
	 * @param projectId the project id
	 */
	public void deleteAll(long projectId) {
		deleteAll(projectId, RequestOptions.none());
	}

	/** {@code DELETE /api/projects/{id}/tasks/} with per-call options. */
	public void deleteAll(long projectId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("tasks.delete_all_tasks", "/api/projects/{id}/tasks/")
			.path("id", projectId)
			.options(options)
			.returnsNothing());
	}

	/**
	 * {@code GET /api/projects/{id}/imports/{import_pk}/}: the state of an asynchronous import.
	 * @param projectId the project id
	 * @param importId the import id, as answered by the import
	 * @return the import's state
	 */
	public ProjectImport importStatus(long projectId, long importId) {
		return importStatus(projectId, importId, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/imports/{import_pk}/} with per-call options. */
	public ProjectImport importStatus(long projectId, long importId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.positive(importId, "importId");
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("tasks.create_many_status", "/api/projects/{id}/imports/{import_pk}/")
				.path("id", projectId)
				.path("import_pk", importId)
				.options(options)
				.returns(ProjectImport.class));
	}

	record TaskCreateBody(Map<String, ?> data, long project) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TaskPage(@Nullable List<Task> tasks, @Nullable Long total, @Nullable Long totalAnnotations,
			@Nullable Long totalPredictions) {
	}

}
