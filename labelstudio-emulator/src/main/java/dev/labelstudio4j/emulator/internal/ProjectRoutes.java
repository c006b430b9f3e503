package dev.labelstudio4j.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.http.Request;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code projects} routes: list with paging, create, update, delete, label config validation and
 * imports (JSON bodies and multipart files). Handlers run under the state's lock.
 */
final class ProjectRoutes {

	private static final int PROJECT_PAGE_SIZE = 30;

	private static final int MAX_TITLE = 50;

	private static final List<String> PROJECT_FIELDS = List.of("title", "description", "label_config",
			"expert_instruction", "show_instruction", "show_skip_button", "enable_empty_annotation",
			"show_annotation_history", "reveal_preannotations_interactively", "show_collab_predictions",
			"maximum_annotations", "color", "control_weights", "workspace", "model_version", "is_draft",
			"is_published", "min_annotations_to_start_training", "sampling", "show_ground_truth_first",
			"show_overlap_first", "overlap_cohort_percentage", "evaluate_predictions_automatically", "pinned_at",
			"skip_queue");

	private final EmulatorState state;

	private final JsonMapper json;

	ProjectRoutes(EmulatorState state, JsonMapper json) {
		this.state = state;
		this.json = json;
	}

	Reply listProjects(Call call) {
		List<Map<String, Object>> projects = new ArrayList<>(this.state.projects.values());
		String ids = call.param("ids");
		if (ids != null && !ids.isBlank()) {
			Set<String> wanted = Set.of(ids.split(","));
			projects.removeIf((p) -> !wanted.contains(String.valueOf(p.get("id"))));
		}
		String title = call.param("title");
		if (title != null && !title.isBlank()) {
			String needle = title.toLowerCase(Locale.ROOT);
			projects.removeIf((p) -> !String.valueOf(p.get("title")).toLowerCase(Locale.ROOT).contains(needle));
		}
		String ordering = call.param("ordering");
		if (ordering != null && !ordering.isBlank()) {
			boolean descending = ordering.startsWith("-");
			String field = descending ? ordering.substring(1) : ordering;
			Comparator<Map<String, Object>> comparator = Comparator
				.comparing((Map<String, Object> p) -> String.valueOf(p.get(field)));
			if (field.equals("id")) {
				comparator = Comparator.comparing((Map<String, Object> p) -> (Long) p.get("id"));
			}
			projects.sort(descending ? comparator.reversed() : comparator);
		}
		int pageSize = Support.pageSize(call, PROJECT_PAGE_SIZE);
		int page = Support.page(call);
		List<Map<String, Object>> slice = Support.slice(projects, page, pageSize);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("count", projects.size());
		boolean more = (long) page * pageSize < projects.size();
		body.put("next", more ? Support.pageLink(call, page + 1, pageSize) : null);
		body.put("previous", (page > 1) ? Support.pageLink(call, page - 1, pageSize) : null);
		body.put("results", slice.stream().map(this.state::renderProject).toList());
		return Reply.json(200, body);
	}

	Reply createProject(Call call) {
		Map<String, Object> body = call.jsonObject();
		Map<String, Object> fields = projectFields(body);
		long id = this.state.nextId("projects");
		Map<String, Object> project = new LinkedHashMap<>();
		project.put("id", id);
		project.put("title", "");
		project.put("description", "");
		project.put("label_config", LabelConfig.DEFAULT);
		project.put("expert_instruction", "");
		project.put("show_instruction", false);
		project.put("show_skip_button", true);
		project.put("enable_empty_annotation", true);
		project.put("show_annotation_history", false);
		project.put("organization", 1);
		project.put("color", "#FFFFFF");
		project.put("maximum_annotations", 1);
		project.put("is_published", false);
		project.put("model_version", "");
		project.put("is_draft", false);
		project.put("created_at", this.state.now());
		project.put("min_annotations_to_start_training", 0);
		project.put("show_collab_predictions", true);
		project.put("sampling", "Sequential sampling");
		project.put("show_ground_truth_first", false);
		project.put("show_overlap_first", false);
		project.put("overlap_cohort_percentage", 100);
		project.put("control_weights", new LinkedHashMap<>());
		project.put("evaluate_predictions_automatically", false);
		project.put("skip_queue", "REQUEUE_FOR_OTHERS");
		project.put("reveal_preannotations_interactively", false);
		project.put("pinned_at", null);
		project.putAll(fields);
		this.state.projects.put(id, project);
		this.state.changes.projectCreated(id);
		return Reply.json(201, this.state.renderProject(project));
	}

	Map<String, Object> projectFields(Map<String, Object> body) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String name : PROJECT_FIELDS) {
			if (body.containsKey(name)) {
				fields.put(name, body.get(name));
			}
		}
		if (fields.containsKey("title")) {
			if (!(fields.get("title") instanceof String title)) {
				throw ApiError.validation("title", "Not a valid string.");
			}
			if (title.length() > MAX_TITLE) {
				throw ApiError.validation("title", "Ensure this field has no more than " + MAX_TITLE + " characters.");
			}
		}
		if (fields.containsKey("label_config")) {
			if (!(fields.get("label_config") instanceof String config)) {
				throw ApiError.validation("label_config", "Not a valid string.");
			}
			LabelConfig.parse(config);
		}
		if (fields.containsKey("maximum_annotations")) {
			if (!(fields.get("maximum_annotations") instanceof Number max) || max.longValue() < 1) {
				throw ApiError.validation("maximum_annotations", "Ensure this value is greater than or equal to 1.");
			}
		}
		if (fields.get("color") instanceof String color && color.length() > 16) {
			throw ApiError.validation("color", "Ensure this field has no more than 16 characters.");
		}
		return fields;
	}

	Reply updateProject(long id, Call call) {
		Map<String, Object> project = this.state.project(id);
		project.putAll(projectFields(call.jsonObject()));
		this.state.changes.projectUpdated(id);
		return Reply.json(200, this.state.renderProject(project));
	}

	Reply deleteProject(long id) {
		this.state.project(id);
		this.state.projects.remove(id);
		List<Long> taskIds = this.state.tasksOf(id).stream().map((t) -> (Long) t.get("id")).toList();
		taskIds.forEach(this.state::removeTask);
		this.state.views.values().removeIf((v) -> Long.valueOf(id).equals(v.get("project")));
		this.state.mlBackends.values().removeIf((v) -> Long.valueOf(id).equals(v.get("project")));
		this.state.imports.values().removeIf((v) -> Long.valueOf(id).equals(v.get("project")));
		List<Long> uploads = this.state.fileUploads.values().stream()
			.filter((f) -> Long.valueOf(id).equals(f.get("project")))
			.map((f) -> (Long) f.get("id"))
			.toList();
		uploads.forEach((upload) -> {
			this.state.fileUploads.remove(upload);
			this.state.fileContents.remove(upload);
		});
		this.state.changes.projectDeleted(id);
		return Reply.noContent();
	}

	Reply validateConfig(long id, Call call) {
		this.state.project(id);
		Object config = call.jsonObject().get("label_config");
		if (!(config instanceof String text)) {
			throw ApiError.validation("label_config", "This field is required.");
		}
		LabelConfig.parse(text);
		return Reply.json(200, Map.of("label_config", text));
	}

	Reply importTasks(long projectId, Call call) {
		Map<String, Object> project = this.state.project(projectId);
		LabelConfig config = LabelConfig.parse(String.valueOf(project.get("label_config")));
		boolean commit = call.booleanParam("commit_to_project", true);
		boolean returnIds = call.booleanParam("return_task_ids", false);
		List<Object> items = new ArrayList<>();
		List<Long> uploadIds = new ArrayList<>();
		Map<Object, Long> uploadOf = new IdentityHashMap<>();
		Set<String> formats = new LinkedHashSet<>();
		boolean couldBeTasksList = false;
		if (call.isMultipart()) {
			Collection<Request.Part> parts = call.request.getParts();
			for (Request.Part part : (parts != null) ? parts : List.<Request.Part>of()) {
				String filename = part.getFileName();
				if (filename == null || filename.isBlank()) {
					continue;
				}
				byte[] content = part.getBody().asBytes();
				long uploadId = this.state.storeUpload(projectId, filename, content);
				uploadIds.add(uploadId);
				String extension = Support.extension(filename);
				formats.add(extension);
				couldBeTasksList |= extension.equals(".csv") || extension.equals(".tsv") || extension.equals(".txt");
				for (Object item : tasksFromFile(extension, content, config, uploadId)) {
					items.add(item);
					uploadOf.put(item, uploadId);
				}
			}
		}
		else {
			Object body = call.jsonBody();
			if (body instanceof List<?> list) {
				items.addAll(list);
			}
			else if (body instanceof Map<?, ?> single) {
				items.add(single);
			}
			else {
				throw ApiError.validation("non_field_errors", "No tasks found in the request");
			}
		}
		if (items.isEmpty()) {
			throw ApiError.validation("non_field_errors", "No tasks found in the request");
		}
		List<Map<String, Object>> parsed = new ArrayList<>();
		Set<String> columns = new LinkedHashSet<>();
		for (int i = 0; i < items.size(); i++) {
			parsed.add(parseImportItem(items.get(i), i, config));
			columns.addAll(Support.asMap(parsed.get(i).get("data")).keySet());
		}
		long start = System.nanoTime();
		List<Long> taskIds = new ArrayList<>();
		int annotationCount = 0;
		int predictionCount = 0;
		for (int i = 0; i < parsed.size(); i++) {
			Map<String, Object> item = parsed.get(i);
			List<?> annotations = (List<?>) item.get("annotations");
			List<?> predictions = (List<?>) item.get("predictions");
			annotationCount += annotations.size();
			predictionCount += predictions.size();
			if (!commit) {
				continue;
			}
			Map<String, Object> task = this.state.newTask(projectId, Support.asMap(item.get("data")),
					Support.asMap(item.get("meta")), uploadOf.get(items.get(i)));
			long taskId = (Long) task.get("id");
			taskIds.add(taskId);
			for (Object annotation : annotations) {
				this.state.newAnnotation(task, Support.asMap(annotation));
			}
			for (Object prediction : predictions) {
				Map<String, Object> fields = Support.asMap(prediction);
				fields.put("task", taskId);
				this.state.newPrediction(fields);
			}
		}
		double duration = (System.nanoTime() - start) / 1e9;
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("task_count", commit ? taskIds.size() : parsed.size());
		body.put("annotation_count", annotationCount);
		body.put("predictions_count", predictionCount);
		body.put("duration", duration);
		body.put("file_upload_ids", uploadIds);
		body.put("could_be_tasks_list", couldBeTasksList);
		body.put("found_formats", new ArrayList<>(formats));
		body.put("data_columns", new ArrayList<>(columns));
		if (returnIds) {
			body.put("task_ids", taskIds);
		}
		recordImport(projectId, commit, returnIds, body, taskIds);
		if (!taskIds.isEmpty()) {
			this.state.changes.tasksCreated(projectId, taskIds);
		}
		return Reply.json(201, body);
	}

	void recordImport(long projectId, boolean commit, boolean returnIds, Map<String, Object> result,
			List<Long> taskIds) {
		long id = this.state.nextId("imports");
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", id);
		record.put("project", projectId);
		record.put("status", "completed");
		record.put("url", null);
		record.put("traceback", null);
		record.put("error", null);
		record.put("created_at", this.state.now());
		record.put("updated_at", this.state.now());
		record.put("finished_at", this.state.now());
		record.put("task_count", result.get("task_count"));
		record.put("annotation_count", result.get("annotation_count"));
		record.put("prediction_count", result.get("predictions_count"));
		record.put("duration", 0);
		record.put("file_upload_ids", result.get("file_upload_ids"));
		record.put("could_be_tasks_list", result.get("could_be_tasks_list"));
		record.put("found_formats", result.get("found_formats"));
		record.put("data_columns", result.get("data_columns"));
		record.put("tasks", null);
		record.put("task_ids", taskIds);
		record.put("commit_to_project", commit);
		record.put("return_task_ids", returnIds);
		record.put("preannotated_from_fields", null);
		this.state.imports.put(id, record);
	}

	Reply getImport(long projectId, long importId) {
		this.state.project(projectId);
		Map<String, Object> record = this.state.imports.get(importId);
		if (record == null || !Long.valueOf(projectId).equals(record.get("project"))) {
			throw ApiError.notFound();
		}
		return Reply.json(200, record);
	}

	Map<String, Object> parseImportItem(Object item, int index, LabelConfig config) {
		if (!(item instanceof Map<?, ?> raw)) {
			throw ApiError.validation("non_field_errors",
					"Task #" + (index + 1) + ": a task must be a JSON object, not " + Support.typeName(item));
		}
		Map<String, Object> map = Support.asMap(raw);
		Map<String, Object> out = new LinkedHashMap<>();
		Map<String, Object> data;
		if (map.get("data") instanceof Map<?, ?> nested) {
			data = Support.asMap(nested);
			out.put("meta", (map.get("meta") instanceof Map<?, ?> meta) ? Support.asMap(meta) : new LinkedHashMap<>());
			out.put("annotations", Support.listOrEmpty(map.get("annotations"), "annotations"));
			out.put("predictions", Support.listOrEmpty(map.get("predictions"), "predictions"));
		}
		else {
			data = map;
			out.put("meta", new LinkedHashMap<>());
			out.put("annotations", List.of());
			out.put("predictions", List.of());
		}
		for (String key : config.dataKeys()) {
			if (!data.containsKey(key)) {
				throw ApiError.validation("non_field_errors", "\"" + key + "\" key is expected in task data [task #"
						+ (index + 1) + "], the label config uses $" + key);
			}
		}
		out.put("data", data);
		return out;
	}

	List<Object> tasksFromFile(String extension, byte[] content, LabelConfig config, long uploadId) {
		String text = new String(content, StandardCharsets.UTF_8);
		String firstKey = config.dataKeys().isEmpty() ? "text" : config.dataKeys().iterator().next();
		List<Object> tasks = new ArrayList<>();
		switch (extension) {
			case ".json" -> {
				Object parsed;
				try {
					parsed = this.json.readValue(content, Object.class);
				}
				catch (RuntimeException ex) {
					throw ApiError.validation("non_field_errors", "Can't parse JSON file: " + ex.getMessage());
				}
				if (parsed instanceof List<?> list) {
					tasks.addAll(list);
				}
				else {
					tasks.add(parsed);
				}
			}
			case ".csv", ".tsv" -> {
				List<List<String>> rows = Csv.parse(text, extension.equals(".csv") ? ',' : '\t');
				if (!rows.isEmpty()) {
					List<String> header = rows.get(0);
					for (List<String> row : rows.subList(1, rows.size())) {
						Map<String, Object> data = new LinkedHashMap<>();
						for (int i = 0; i < header.size(); i++) {
							data.put(header.get(i), (i < row.size()) ? row.get(i) : "");
						}
						tasks.add(data);
					}
				}
			}
			case ".txt" -> text.lines().filter((line) -> !line.isBlank()).forEach((line) -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put(firstKey, line);
				tasks.add(data);
			});
			default -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put(firstKey, "/data/" + this.state.fileUploads.get(uploadId).get("file"));
				tasks.add(data);
			}
		}
		return tasks;
	}

}
