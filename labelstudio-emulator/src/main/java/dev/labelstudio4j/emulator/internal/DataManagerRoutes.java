package dev.labelstudio4j.emulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Data Manager routes: {@code views} and {@code actions}. Handlers run under the state's lock.
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
		Map<String, Object> viewData = (viewId != null) ? Support.asMap(this.state.view(viewId).get("data")) : Map.of();
		if (Support.hasFilterItems(body.get("filters")) || Support.hasFilterItems(viewData.get("filters"))) {
			throw ApiError.badRequest("Data Manager filters are not supported by the Label Studio emulator:"
					+ " select tasks with selectedItems");
		}
		Object selected = body.containsKey("selectedItems") ? body.get("selectedItems")
				: viewData.getOrDefault("selectedItems", Map.of("all", true, "excluded", List.of()));
		if (!(selected instanceof Map<?, ?>)) {
			throw ApiError.validation("selectedItems", "Expected a dictionary.");
		}
		Set<Long> chosen = selectedTasks(projectId, Support.asMap(selected));
		int processed;
		Map<String, Object> answer = new LinkedHashMap<>();
		if (action.equals("delete_tasks")) {
			chosen.forEach(this.state::removeTask);
			if (!chosen.isEmpty()) {
				this.state.changes.tasksDeleted(projectId, List.copyOf(chosen));
			}
			processed = chosen.size();
			answer.put("processed_items", processed);
			answer.put("reload", true);
			return Reply.json(200, answer);
		}
		Map<Long, Map<String, Object>> store = action.equals("delete_tasks_annotations") ? this.state.annotations
				: this.state.predictions;
		int before = store.size();
		List<Long> removed = store.values().stream().filter((item) -> chosen.contains(item.get("task")))
			.map((item) -> (Long) item.get("id")).toList();
		store.values().removeIf((item) -> chosen.contains(item.get("task")));
		if (store == this.state.annotations && !removed.isEmpty()) {
			this.state.changes.annotationsDeleted(projectId, removed);
		}
		processed = before - store.size();
		answer.put("processed_items", processed);
		answer.put("detail", "Deleted " + processed
				+ (action.equals("delete_tasks_annotations") ? " annotations" : " predictions"));
		return Reply.json(200, answer);
	}

	Set<Long> selectedTasks(long projectId, Map<String, Object> selected) {
		Set<Long> projectTasks = this.state.tasksOf(projectId).stream().map((t) -> (Long) t.get("id"))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (Boolean.TRUE.equals(selected.get("all"))) {
			Set<Long> excluded = Support.ids(selected.get("excluded"));
			projectTasks.removeAll(excluded);
			return projectTasks;
		}
		Set<Long> included = Support.ids(selected.get("included"));
		included.retainAll(projectTasks);
		return included;
	}

}
