package dev.labelstudio4j.emulator.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code tasks}, {@code annotations} and {@code predictions} routes. Handlers run under the state's lock
 * (read lock for GET). A page of tasks costs the page, not the project: unfiltered lists slice the
 * project's task list and take the totals from its counters; filtered lists check each task from its
 * indexes and render only the page.
 */
final class TaskRoutes {

	private static final int TASK_PAGE_SIZE = 100;

	private final EmulatorState state;

	private final JsonMapper json;

	TaskRoutes(EmulatorState state, JsonMapper json) {
		this.state = state;
		this.json = json;
	}

	Reply listTasks(Call call) {
		Long projectId = call.longParam("project");
		if (projectId != null) {
			this.state.project(projectId);
		}
		TaskQuery query = query(call, projectId);
		boolean onlyAnnotated = call.booleanParam("only_annotated", false);
		boolean all = "all".equals(call.param("fields"));
		int page = Support.page(call);
		int pageSize = Support.pageSize(call, TASK_PAGE_SIZE);
		List<Long> ids;
		long annotations = 0;
		long predictions = 0;
		if (projectId != null && query.selectsAll() && !onlyAnnotated) {
			ids = this.state.taskIdsOf(projectId);
			long[] totals = this.state.totals(projectId);
			annotations = totals[1];
			predictions = totals[2];
		}
		else {
			Collection<Long> candidates = (projectId != null) ? this.state.taskIdsOf(projectId) : this.state.tasks.keySet();
			ids = query.select(this.state, candidates);
			if (onlyAnnotated) {
				ids = ids.stream().filter((id) -> this.state.links(id).submitted() > 0).toList();
			}
			for (Long id : ids) {
				EmulatorState.TaskLinks links = this.state.links(id);
				annotations += links.submitted();
				predictions += links.predictions.size();
			}
		}
		List<Long> slice = Support.slice(ids, page, pageSize);
		List<Map<String, Object>> tasks = new ArrayList<>(slice.size());
		for (Long id : slice) {
			tasks.add(this.state.renderTask(this.state.task(id), all));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("tasks", tasks);
		body.put("total", ids.size());
		body.put("total_annotations", annotations);
		body.put("total_predictions", predictions);
		return Reply.json(200, body);
	}

	/**
	 * The Data Manager query of a task list: a view's ({@code view}: its filters, ordering and selected
	 * items) or else the {@code query} parameter's JSON ({@code filters}, {@code ordering},
	 * {@code selectedItems}).
	 */
	TaskQuery query(Call call, @Nullable Long projectId) {
		Long viewId = call.longParam("view");
		if (viewId != null) {
			Map<String, Object> view = this.state.view(viewId);
			if (projectId != null && !projectId.equals(view.get("project"))) {
				throw ApiError.badRequest("Project and View mismatch");
			}
			return viewQuery(view);
		}
		String query = call.param("query");
		if (query == null || query.isBlank()) {
			return TaskQuery.none();
		}
		Map<String, Object> parsed;
		try {
			parsed = Support.asMap(this.json.readValue(query, Map.class));
		}
		catch (RuntimeException ex) {
			throw ApiError.validation("query", "Must be a JSON object.");
		}
		return TaskQuery.of(parsed.get("filters"), parsed.get("ordering"), parsed.get("selectedItems"));
	}

	/** A view's saved filters, ordering and selected items. */
	static TaskQuery viewQuery(Map<String, Object> view) {
		Map<String, Object> data = Support.asMap(view.get("data"));
		Object selected = (view.get("selected_items") != null) ? view.get("selected_items") : data.get("selectedItems");
		return TaskQuery.of(data.get("filters"), data.get("ordering"), selected);
	}

	Reply createTask(Call call) {
		Map<String, Object> body = call.jsonObject();
		Long projectId = this.state.requiredProject(body.get("project"), "project");
		Object data = body.get("data");
		if (!(data instanceof Map<?, ?> map)) {
			throw ApiError.validation("data", (data == null) ? "This field is required." : "Expected a dictionary.");
		}
		Map<String, Object> meta = (body.get("meta") instanceof Map<?, ?> m) ? Support.asMap(m) : new LinkedHashMap<>();
		Map<String, Object> task = this.state.newTask(projectId, Support.asMap(map), meta, null);
		this.state.changes.tasksCreated(projectId, List.of((Long) task.get("id")));
		return Reply.json(201, this.state.renderTask(task, false));
	}

	Reply updateTask(long id, Call call) {
		Map<String, Object> task = this.state.task(id);
		Map<String, Object> body = call.jsonObject();
		if (body.containsKey("data")) {
			if (!(body.get("data") instanceof Map<?, ?> data)) {
				throw ApiError.validation("data", "Expected a dictionary.");
			}
			task.put("data", Support.asMap(data));
		}
		if (body.get("meta") instanceof Map<?, ?> meta) {
			task.put("meta", Support.asMap(meta));
		}
		if (body.containsKey("project")) {
			this.state.moveTask(task, this.state.requiredProject(body.get("project"), "project"));
		}
		task.put("updated_at", this.state.now());
		return Reply.json(200, this.state.renderTask(task, false));
	}

	Reply deleteTask(long id) {
		long projectId = (Long) this.state.task(id).get("project");
		this.state.removeTask(id);
		this.state.changes.tasksDeleted(projectId, List.of(id));
		return Reply.noContent();
	}

	Reply deleteAllTasks(long projectId) {
		this.state.project(projectId);
		List<Long> taskIds = new ArrayList<>(this.state.taskIdsOf(projectId));
		this.state.removeTasks(projectId, new HashSet<>(taskIds));
		if (!taskIds.isEmpty()) {
			this.state.changes.tasksDeleted(projectId, taskIds);
		}
		return Reply.noContent();
	}

	Reply listAnnotations(long taskId) {
		this.state.task(taskId);
		return Reply.json(200, this.state.annotationsOf(taskId).stream().map(this.state::renderAnnotation).toList());
	}

	Reply createAnnotation(long taskId, Call call) {
		Map<String, Object> task = this.state.task(taskId);
		Map<String, Object> annotation = this.state.newAnnotation(task, call.jsonObject());
		this.state.changes.annotationCreated((Long) annotation.get("id"));
		return Reply.json(201, this.state.renderAnnotation(annotation));
	}

	Reply updateAnnotation(long id, Call call) {
		Map<String, Object> annotation = this.state.annotation(id);
		Map<String, Object> body = call.jsonObject();
		if (body.containsKey("result")) {
			if (!(body.get("result") instanceof List<?> result)) {
				throw ApiError.validation("result", "Expected a list of items but got type \""
						+ Support.typeName(body.get("result")) + "\".");
			}
			annotation.put("result", result);
		}
		this.state.changeAnnotation(annotation, () -> {
			for (String flag : List.of("was_cancelled", "ground_truth")) {
				if (body.get(flag) instanceof Boolean value) {
					annotation.put(flag, value);
				}
			}
		});
		if (body.get("lead_time") instanceof Number lead) {
			annotation.put("lead_time", lead.doubleValue());
		}
		if (body.get("updated_by") instanceof Number user) {
			annotation.put("updated_by", user.longValue());
		}
		annotation.put("updated_at", this.state.now());
		this.state.changes.annotationUpdated(id);
		return Reply.json(200, this.state.renderAnnotation(annotation));
	}

	Reply deleteAnnotation(long id) {
		long projectId = (Long) this.state.annotation(id).get("project");
		this.state.removeAnnotation(id);
		this.state.changes.annotationsDeleted(projectId, List.of(id));
		return Reply.noContent();
	}

	Reply listPredictions(Call call) {
		Long task = call.longParam("task");
		Long project = call.longParam("project");
		if (task != null) {
			if (!this.state.tasks.containsKey(task)) {
				return Reply.json(200, List.of());
			}
			return Reply.json(200, this.state.predictionsOf(task).stream()
				.filter((p) -> project == null || project.equals(p.get("project")))
				.map(this.state::renderPrediction)
				.toList());
		}
		return Reply.json(200, this.state.predictions.values().stream()
			.filter((p) -> task == null || task.equals(p.get("task")))
			.filter((p) -> project == null || project.equals(p.get("project")))
			.map(this.state::renderPrediction)
			.toList());
	}

	Reply createPrediction(Call call) {
		Map<String, Object> body = call.jsonObject();
		Object task = body.get("task");
		if (task == null) {
			throw ApiError.validation("task", "This field is required.");
		}
		if (!(task instanceof Number number) || !this.state.tasks.containsKey(number.longValue())) {
			throw ApiError.validation("task", "Invalid pk \"" + task + "\" - object does not exist.");
		}
		body.put("task", number.longValue());
		return Reply.json(201, this.state.renderPrediction(this.state.newPrediction(body)));
	}

	Reply updatePrediction(long id, Call call) {
		Map<String, Object> prediction = this.state.prediction(id);
		Map<String, Object> body = call.jsonObject();
		if (body.containsKey("result")) {
			if (!(body.get("result") instanceof List<?> result)) {
				throw ApiError.validation("result", "Expected a list of items but got type \""
						+ Support.typeName(body.get("result")) + "\".");
			}
			prediction.put("result", result);
		}
		if (body.get("score") instanceof Number score) {
			prediction.put("score", score.doubleValue());
		}
		if (body.get("model_version") instanceof String version) {
			prediction.put("model_version", version);
		}
		if (body.containsKey("task")) {
			Object task = body.get("task");
			if (!(task instanceof Number number) || !this.state.tasks.containsKey(number.longValue())) {
				throw ApiError.validation("task", "Invalid pk \"" + task + "\" - object does not exist.");
			}
			this.state.movePrediction(prediction, number.longValue());
		}
		prediction.put("updated_at", this.state.now());
		return Reply.json(200, this.state.renderPrediction(prediction));
	}

	Reply deletePrediction(long id) {
		this.state.removePrediction(id);
		return Reply.noContent();
	}

}
