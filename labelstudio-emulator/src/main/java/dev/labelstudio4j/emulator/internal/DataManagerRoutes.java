package dev.labelstudio4j.emulator.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Data Manager routes: {@code views} and {@code actions}; an action applies to the tasks its
 * {@link TaskQuery} (the view's, or the body's filters, ordering and {@code selectedItems}) selects.
 * Handlers run under the state's lock.
 */
final class DataManagerRoutes {

	private static final Set<String> ACTIONS = new LinkedHashSet<>(
			List.of("delete_tasks", "delete_tasks_annotations", "delete_tasks_predictions"));

	private final EmulatorState state;

	DataManagerRoutes(EmulatorState state) {
		this.state = state;
	}

	Reply listViews(Call call) {
		Long project = call.longParam("project");
		return Reply.json(200, this.state.views.values().stream()
			.filter((v) -> project == null || project.equals(v.get("project")))
			.toList());
	}

	Reply createView(Call call) {
		Map<String, Object> body = call.jsonObject();
		long project = this.state.requiredProject(body.get("project"), "project");
		long id = this.state.nextId("views");
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", id);
		view.put("data", (body.get("data") instanceof Map<?, ?> data) ? Support.asMap(data) : new LinkedHashMap<>());
		view.put("ordering", null);
		view.put("selected_items", null);
		view.put("user", 1);
		view.put("project", project);
		view.put("order", null);
		this.state.views.put(id, view);
		return Reply.json(201, view);
	}

	Reply updateView(long id, Call call) {
		Map<String, Object> view = this.state.view(id);
		Map<String, Object> body = call.jsonObject();
		if (body.get("data") instanceof Map<?, ?> data) {
			view.put("data", Support.asMap(data));
		}
		if (body.containsKey("project")) {
			view.put("project", this.state.requiredProject(body.get("project"), "project"));
		}
		return Reply.json(200, view);
	}

	Reply deleteView(long id) {
		this.state.view(id);
		this.state.views.remove(id);
		return Reply.noContent();
	}

	Reply resetViews(Call call) {
		long project = this.state.requiredProject(call.jsonObject().get("project"), "project");
		this.state.views.values().removeIf((v) -> Long.valueOf(project).equals(v.get("project")));
		return Reply.noContent();
	}

	List<Map<String, Object>> actions() {
		List<Map<String, Object>> actions = new ArrayList<>();
		int order = 100;
		for (String id : ACTIONS) {
			String what = id.equals("delete_tasks") ? "Tasks"
					: id.equals("delete_tasks_annotations") ? "Annotations" : "Predictions";
			Map<String, Object> dialog = new LinkedHashMap<>();
			dialog.put("title", "Deletion");
			dialog.put("text", "You are going to delete the selected " + what.toLowerCase(Locale.ROOT)
					+ ". Please confirm your action.");
			dialog.put("type", "confirm");
			dialog.put("form", null);
			Map<String, Object> action = new LinkedHashMap<>();
			action.put("id", id);
			action.put("title", "Delete " + what);
			action.put("order", order++);
			action.put("permission", "tasks.delete");
			action.put("experimental", false);
			action.put("dialog", dialog);
			actions.add(action);
		}
		return actions;
	}

	Reply performAction(Call call) {
		String action = call.param("id");
		if (action == null || action.isBlank()) {
			throw ApiError.validation("id", "This field is required.");
		}
		Long projectId = call.longParam("project");
		if (projectId == null) {
			throw ApiError.validation("project", "This field is required.");
		}
		this.state.project(projectId);
		if (!ACTIONS.contains(action)) {
			throw ApiError.badRequest("Can't find '" + action + "' in registered actions");
		}
		Map<String, Object> body = call.jsonObject();
		Long viewId = call.longParam("view");
		if (viewId == null && body.get("view") instanceof Number number) {
			viewId = number.longValue();
		}
		TaskQuery query;
		if (viewId != null) {
			Map<String, Object> view = this.state.view(viewId);
			if (!projectId.equals(view.get("project"))) {
				throw ApiError.badRequest("Project and View mismatch");
			}
			query = TaskRoutes.viewQuery(view).withSelection(body.get("selectedItems"));
		}
		else {
			query = TaskQuery.of(body.get("filters"), body.get("ordering"), body.get("selectedItems"));
		}
		List<Long> chosen = query.select(this.state, this.state.taskIdsOf(projectId));
		Map<String, Object> answer = new LinkedHashMap<>();
		if (action.equals("delete_tasks")) {
			this.state.removeTasks(projectId, new HashSet<>(chosen));
			if (!chosen.isEmpty()) {
				this.state.changes.tasksDeleted(projectId, List.copyOf(chosen));
			}
			answer.put("processed_items", chosen.size());
			answer.put("reload", true);
			return Reply.json(200, answer);
		}
		boolean predictions = action.equals("delete_tasks_predictions");
		List<Long> removedAnnotations = new ArrayList<>();
		if (!predictions) {
			chosen.forEach((taskId) -> this.state.annotationsOf(taskId)
				.forEach((annotation) -> removedAnnotations.add((Long) annotation.get("id"))));
		}
		int processed = this.state.removeRelated(chosen, predictions);
		if (!removedAnnotations.isEmpty()) {
			this.state.changes.annotationsDeleted(projectId, removedAnnotations);
		}
		answer.put("processed_items", processed);
		answer.put("detail", "Deleted " + processed + (predictions ? " predictions" : " annotations"));
		return Reply.json(200, answer);
	}

}
