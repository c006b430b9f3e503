package dev.labelstudio4j.emulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bulk writes: predictions imported into a project, annotations created on many tasks and deleted by
 * id. Each request is checked whole before anything is written, so a refused request changes nothing.
 * Handlers run under the state's lock.
 */
final class BulkRoutes {

	private final EmulatorState state;

	BulkRoutes(EmulatorState state) {
		this.state = state;
	}

	void register(RouteTable routes) {
		routes.add("POST", "/api/projects/(\\d+)/import/predictions", true,
				(c, m) -> importPredictions(Long.parseLong(m.group(1)), c));
		routes.add("POST", "/api/annotations/bulk/", true, (c, m) -> createAnnotations(c));
		routes.add("POST", "/api/annotations/bulk-delete/", true, (c, m) -> deleteAnnotations(c));
	}

	private Reply importPredictions(long projectId, Call call) {
		this.state.project(projectId);
		if (!(call.jsonBody() instanceof List<?> items)) {
			throw ApiError.badRequest("Expected a list of predictions");
		}
		List<Map<String, Object>> predictions = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> item = Support.asMap(items.get(i));
			Object task = item.get("task");
			if (!(task instanceof Number number) || !this.state.tasks.containsKey(number.longValue())
					|| !Long.valueOf(projectId).equals(this.state.tasks.get(number.longValue()).get("project"))) {
				throw ApiError.badRequest("Prediction " + i + " contains invalid \"task\" field: " + task
						+ " (not a task of project " + projectId + ")");
			}
			if (!(item.get("result") instanceof List<?>)) {
				throw ApiError.badRequest("Prediction " + i + ": \"result\" must be a list");
			}
			item.put("task", number.longValue());
			predictions.add(item);
		}
		predictions.forEach(this.state::newPrediction);
		return Reply.json(201, Map.of("created", predictions.size()));
	}

	private Reply createAnnotations(Call call) {
		Map<String, Object> body = call.jsonObject();
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (Object id : Support.listOrEmpty(body.get("tasks"), "tasks")) {
			if (!(id instanceof Number number) || !this.state.tasks.containsKey(number.longValue())) {
				throw ApiError.validation("tasks", "Invalid pk \"" + id + "\" - object does not exist.");
			}
			tasks.add(this.state.task(number.longValue()));
		}
		if (tasks.isEmpty()) {
			throw ApiError.validation("tasks", "This field is required.");
		}
		List<Map<String, Object>> created = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (Map<String, Object> task : tasks) {
			Map<String, Object> annotation = this.state.newAnnotation(task, new LinkedHashMap<>(body));
			created.add(Map.of("id", annotation.get("id")));
			ids.add((Long) annotation.get("id"));
		}
		this.state.changes.annotationsCreated((Long) tasks.get(0).get("project"), ids);
		return Reply.json(201, created);
	}

	private Reply deleteAnnotations(Call call) {
		Map<String, Object> body = call.jsonObject();
		Long project = this.state.requiredProject(body.get("project"), "project");
		List<Long> deleted = new ArrayList<>();
		for (Object id : Support.listOrEmpty(body.get("ids"), "ids")) {
			if (id instanceof Number number) {
				Map<String, Object> annotation = this.state.annotations.get(number.longValue());
				if (annotation != null && project.equals(annotation.get("project"))) {
					this.state.removeAnnotation(number.longValue());
					deleted.add(number.longValue());
				}
			}
		}
		if (!deleted.isEmpty()) {
			this.state.changes.annotationsDeleted(project, deleted);
		}
		return Reply.json(200, Map.of("deleted", deleted.size()));
	}

}
