package dev.labelstudio4j.client.internal.resources;

import java.util.Map;


import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.tasks.TaskEventCreate;
import dev.labelstudio4j.client.tasks.TaskEvent;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.projects.ProjectImport;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.client.tasks.TaskUpdate;
import dev.labelstudio4j.client.tasks.TasksClient;

/**
 * The {@link TasksClient} that sends its calls through the shared invoker.
 */
public final class DefaultTasksClient implements TasksClient {

	private final ApiInvoker invoker;

	public DefaultTasksClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public Page<Task> list(long projectId) {
		Args.positive(projectId, "projectId");
		return list(TaskListParams.builder().project(projectId).build(), RequestOptions.none());
	}

	@Override
	public Page<Task> list(TaskListParams params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return Page.fetch((page) -> {
			PageBody answer = this.invoker.execute(ApiRequest.get("tasks.list", "/api/tasks/")
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
				.returns(PageBody.class));
			return answer.content("tasks.list", Task.class, "tasks", "total", false);
		}, params.page(), params.pageSize());
	}

	@Override
	public Task create(long projectId, Map<String, ?> data, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(data, "data");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("tasks.create", "/api/tasks/")
			.jsonBody(new TaskCreateBody(data, projectId))
			.options(options)
			.returns(Task.class));
	}

	@Override
	public Task get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("tasks.get", "/api/tasks/{id}/").path("id", id).options(options).returns(Task.class));
	}

	@Override
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

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(
				ApiRequest.delete("tasks.delete", "/api/tasks/{id}/").path("id", id).options(options).returnsNothing());
	}

	@Override
	public void deleteAll(long projectId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("tasks.delete_all_tasks", "/api/projects/{id}/tasks/")
			.path("id", projectId)
			.options(options)
			.returnsNothing());
	}

	@Override
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



	// Task events

	@Override
	public TaskEvent createEvent(long taskId, TaskEventCreate event, RequestOptions options) {
		Args.positive(taskId, "taskId");
		Args.notNull(event, "event");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("tasks.create_event", "/api/tasks/{id}/events/")
			.path("id", taskId)
			.jsonBody(event)
			.options(options)
			.returns(TaskEvent.class));
	}

}
