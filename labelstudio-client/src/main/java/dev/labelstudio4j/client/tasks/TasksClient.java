package dev.labelstudio4j.client.tasks;

import java.util.Map;

import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.projects.ProjectImport;

/**
 * Operations on labeling tasks. Obtain it from {@link dev.labelstudio4j.client.LabelStudioClient#tasks()}.
 * Thread-safe.
 */
public interface TasksClient {

	/**
	 * {@code GET /api/tasks/}: the first page of a project's tasks; {@link Page#autoPaging()} walks them
	 * all.
	 * @param projectId the project id
	 * @return the first page
	 */
	Page<Task> list(long projectId);

	/** {@code GET /api/tasks/} with filters and paging. */
	default Page<Task> list(TaskListParams params) {
		return list(params, RequestOptions.none());
	}

	/** {@code GET /api/tasks/} with filters, paging and per-call options. */
	Page<Task> list(TaskListParams params, RequestOptions options);

	/**
	 * {@code POST /api/tasks/}: create one task.
	 * @param projectId the project id
	 * @param data the task's data, keyed by the variables of the project's labeling configuration
	 * @return the created task
	 */
	default Task create(long projectId, Map<String, ?> data) {
		return create(projectId, data, RequestOptions.none());
	}

	/** {@code POST /api/tasks/} with per-call options. */
	Task create(long projectId, Map<String, ?> data, RequestOptions options);

	/**
	 * {@code GET /api/tasks/{id}/}: one task with its annotations and predictions.
	 * @param id the task id
	 * @return the task
	 */
	default Task get(long id) {
		return get(id, RequestOptions.none());
	}

	/** {@code GET /api/tasks/{id}/} with per-call options. */
	Task get(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/tasks/{id}/}: change a task; unset fields keep their value.
	 * @param id the task id
	 * @param update the fields to change
	 * @return the updated task
	 */
	default Task update(long id, TaskUpdate update) {
		return update(id, update, RequestOptions.none());
	}

	/** {@code PATCH /api/tasks/{id}/} with per-call options. */
	Task update(long id, TaskUpdate update, RequestOptions options);

	/**
	 * {@code DELETE /api/tasks/{id}/}: delete a task.
	 * @param id the task id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/** {@code DELETE /api/tasks/{id}/} with per-call options. */
	void delete(long id, RequestOptions options);

	/**
	 * {@code DELETE /api/projects/{id}/tasks/}: delete every task of a project.
	 * @param projectId the project id
	 */
	default void deleteAll(long projectId) {
		deleteAll(projectId, RequestOptions.none());
	}

	/** {@code DELETE /api/projects/{id}/tasks/} with per-call options. */
	void deleteAll(long projectId, RequestOptions options);

	/**
	 * {@code GET /api/projects/{id}/imports/{import_pk}/}: the state of an asynchronous import.
	 * @param projectId the project id
	 * @param importId the import id, as answered by the import
	 * @return the import's state
	 */
	default ProjectImport importStatus(long projectId, long importId) {
		return importStatus(projectId, importId, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/imports/{import_pk}/} with per-call options. */
	ProjectImport importStatus(long projectId, long importId, RequestOptions options);


	// Task events

	/**
	 * {@code POST /api/tasks/{id}/events/}: record an event on a task (what the labeling interface reports:
	 * an annotation loaded, a region drawn, ...).
	 * @param taskId the task id
	 * @param event the event
	 * @return the recorded event
	 */
	default TaskEvent createEvent(long taskId, TaskEventCreate event) {
		return createEvent(taskId, event, RequestOptions.none());
	}

	/** {@code POST /api/tasks/{id}/events/} with per-call options. */
	TaskEvent createEvent(long taskId, TaskEventCreate event, RequestOptions options);

}
