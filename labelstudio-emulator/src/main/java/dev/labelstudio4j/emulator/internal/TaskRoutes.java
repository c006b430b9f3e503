package dev.labelstudio4j.emulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code tasks}, {@code annotations} and {@code predictions} routes. Handlers run under the state's lock.
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
		refuseFilters(call);
		List<Map<String, Object>> tasks = (projectId != null) ? this.state.tasksOf(projectId)
				: new ArrayList<>(this.state.tasks.values());
		if (call.booleanParam("only_annotated", false)) {
			tasks = tasks.stream().filter((t) -> this.state.annotationCount(t, false) > 0).toList();
		}
		boolean all = "all".equals(call.param("fields"));
		int page = Support.page(call);
		int pageSize = Support.pageSize(call, TASK_PAGE_SIZE);
		List<Map<String, Object>> slice = Support.slice(tasks, page, pageSize);
		long annotations = tasks.stream().mapToLong((t) -> this.state.annotationCount(t, false)).sum();
		long predictions = tasks.stream().mapToLong((t) -> this.state.predictionsOf((Long) t.get("id")).size()).sum();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("tasks", slice.stream().map((t) -> this.state.renderTask(t, all)).toList());
		body.put("total", tasks.size());
		body.put("total_annotations", annotations);
		body.put("total_predictions", predictions);
		return Reply.json(200, body);
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
			task.put("project", this.state.requiredProject(body.get("project"), "project"));
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
		List<Long> taskIds = this.state.tasksOf(projectId).stream().map((t) -> (Long) t.get("id")).toList();
		taskIds.forEach(this.state::removeTask);
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
		for (String flag : List.of("was_cancelled", "ground_truth")) {
			if (body.get(flag) instanceof Boolean value) {
				annotation.put(flag, value);
			}
		}
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
		this.state.annotations.remove(id);
		this.state.changes.annotationsDeleted(projectId, List.of(id));
		return Reply.noContent();
	}

	Reply listPredictions(Call call) {
		Long task = call.longParam("task");
		Long project = call.longParam("project");
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
			prediction.put("task", number.longValue());
			prediction.put("project", this.state.tasks.get(number.longValue()).get("project"));
		}
		prediction.put("updated_at", this.state.now());
		return Reply.json(200, this.state.renderPrediction(prediction));
	}

	Reply deletePrediction(long id) {
		this.state.prediction(id);
		this.state.predictions.remove(id);
		return Reply.noContent();
	}

	/** Task lists filtered by a view's or a query's Data Manager filters are refused, not answered wrongly. */
	void refuseFilters(Call call) {
		Long viewId = call.longParam("view");
		Object viewFilters = (viewId != null)
				? Support.asMap(this.state.view(viewId).get("data")).get("filters") : null;
		Object queryFilters = null;
		String query = call.param("query");
		if (query != null && !query.isBlank()) {
			try {
				queryFilters = Support.asMap(this.json.readValue(query, Map.class)).get("filters");
			}
			catch (RuntimeException ex) {
				throw ApiError.validation("query", "Must be a JSON object.");
			}
		}
		if (Support.hasFilterItems(viewFilters) || Support.hasFilterItems(queryFilters)) {
			throw ApiError.badRequest("Data Manager filters are not supported by the Label Studio emulator");
		}
	}

}
