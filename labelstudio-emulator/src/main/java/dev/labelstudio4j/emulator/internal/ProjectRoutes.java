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

	private final AsyncImports asyncImports;

	ProjectRoutes(EmulatorState state, JsonMapper json, AsyncImports asyncImports) {
		this.state = state;
		this.json = json;
		this.asyncImports = asyncImports;
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
		this.state.addProject(project);
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
		this.state.projectChanged(project);
		this.state.changes.projectUpdated(id);
		return Reply.json(200, this.state.renderProject(project));
	}

	Reply deleteProject(long id) {
		this.state.project(id);
		this.state.removeProject(id);
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
		this.state.project(projectId);
		LabelConfig config = this.state.labelConfig(projectId);
		ImportRequest request = new ImportRequest(projectId, call.booleanParam("commit_to_project", true),
				call.booleanParam("return_task_ids", false), preannotatedFields(call));
		readItems(request, call, config);
		if (request.items.isEmpty()) {
			throw ApiError.validation("non_field_errors", "No tasks found in the request");
		}
		if (this.asyncImports.enabled()) {
			long importId = (Long) newImportRecord(request).get("id");
			this.asyncImports.submit(() -> finishImport(importId, request));
			return Reply.json(201, Map.of("import", importId));
		}
		Map<String, Object> body = commitImport(request, config);
		completeImportRecord(newImportRecord(request), body, request);
		return Reply.json(201, body);
	}

	/** Run an asynchronous import (under the write lock): the record ends {@code completed} or {@code failed}. */
	void finishImport(long importId, ImportRequest request) {
		Map<String, Object> record = this.state.imports.get(importId);
		if (record == null || !this.state.projects.containsKey(request.projectId)) {
			return;
		}
		try {
			completeImportRecord(record, commitImport(request, this.state.labelConfig(request.projectId)), request);
		}
		catch (RuntimeException ex) {
			String message = (ex instanceof ApiError error) ? error.message()
					: "Internal server error in the Label Studio emulator: " + ex.getClass().getSimpleName();
			record.put("status", "failed");
			record.put("error", message);
			record.put("traceback", ((ex instanceof ApiError) ? "ValidationError: " : "") + message);
			record.put("updated_at", this.state.now());
			record.put("finished_at", this.state.now());
		}
	}

	private static List<String> preannotatedFields(Call call) {
		List<String> fields = new ArrayList<>();
		for (String value : call.query.getOrDefault("preannotated_from_fields", List.of())) {
			for (String field : value.split(",")) {
				if (!field.isBlank()) {
					fields.add(field.strip());
				}
			}
		}
		return fields;
	}

	private void readItems(ImportRequest request, Call call, LabelConfig config) {
		if (call.isMultipart()) {
			Collection<Request.Part> parts = call.request.getParts();
			for (Request.Part part : (parts != null) ? parts : List.<Request.Part>of()) {
				String filename = part.getFileName();
				if (filename == null || filename.isBlank()) {
					continue;
				}
				addFile(request, filename, part.getBody().asBytes(), config);
			}
		}
		else if (call.isFormUrlEncoded()) {
			String url = call.formParam("url");
			if (url == null || url.isBlank()) {
				throw ApiError.validation("non_field_errors", "\"url\" is not found in request data");
			}
			if (looksLikeJson(url)) {
				addFile(request, "inplace.json", url.getBytes(StandardCharsets.UTF_8), config);
			}
			else {
				if (call.download instanceof ApiError error) {
					throw error;
				}
				UrlDownloads.Download download = (UrlDownloads.Download) call.download;
				if (download == null) {
					throw ApiError.validation("non_field_errors", UrlDownloads.INVALID_URL);
				}
				addFile(request, download.filename(), download.content(), config);
			}
		}
		else {
			Object body = call.jsonBody();
			if (body instanceof List<?> list) {
				request.items.addAll(list);
			}
			else if (body instanceof Map<?, ?> single) {
				request.items.add(single);
			}
			else {
				throw ApiError.validation("non_field_errors", "No tasks found in the request");
			}
		}
	}

	private void addFile(ImportRequest request, String filename, byte[] content, LabelConfig config) {
		long uploadId = this.state.storeUpload(request.projectId, filename, content);
		request.uploadIds.add(uploadId);
		String extension = Support.extension(filename);
		request.formats.add(extension);
		request.couldBeTasksList |= extension.equals(".csv") || extension.equals(".tsv") || extension.equals(".txt");
		for (Object item : tasksFromFile(extension, content, config, uploadId)) {
			request.items.add(item);
			request.uploadOf.put(item, uploadId);
		}
	}

	private static boolean looksLikeJson(String text) {
		String stripped = text.strip();
		return stripped.startsWith("[") || stripped.startsWith("{");
	}

	/**
	 * Check every item, then create the tasks with their annotations and predictions (all or none) and
	 * answer what the server answers for a synchronous import.
	 */
	Map<String, Object> commitImport(ImportRequest request, LabelConfig config) {
		long start = System.nanoTime();
		List<Object> items = request.items;
		List<Map<String, Object>> parsed = new ArrayList<>(items.size());
		Set<String> columns = new LinkedHashSet<>();
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> item = parseImportItem(preannotate(items.get(i), i, request.preannotatedFromFields),
					i, config);
			parsed.add(item);
			columns.addAll(Support.asMap(item.get("data")).keySet());
		}
		List<Long> taskIds = new ArrayList<>();
		int annotationCount = 0;
		int predictionCount = 0;
		for (int i = 0; i < parsed.size(); i++) {
			Map<String, Object> item = parsed.get(i);
			List<?> annotations = (List<?>) item.get("annotations");
			List<?> predictions = (List<?>) item.get("predictions");
			annotationCount += annotations.size();
			predictionCount += predictions.size();
			if (!request.commit) {
				continue;
			}
			Map<String, Object> task = this.state.newTask(request.projectId, Support.asMap(item.get("data")),
					Support.asMap(item.get("meta")), request.uploadOf.get(items.get(i)));
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
		body.put("task_count", request.commit ? taskIds.size() : parsed.size());
		body.put("annotation_count", annotationCount);
		body.put("predictions_count", predictionCount);
		body.put("duration", duration);
		body.put("file_upload_ids", request.uploadIds);
		body.put("could_be_tasks_list", request.couldBeTasksList);
		body.put("found_formats", new ArrayList<>(request.formats));
		body.put("data_columns", new ArrayList<>(columns));
		if (request.returnTaskIds) {
			body.put("task_ids", taskIds);
		}
		request.taskIds = taskIds;
		if (!taskIds.isEmpty()) {
			this.state.changes.tasksCreated(request.projectId, taskIds);
		}
		return body;
	}

	/**
	 * {@code preannotated_from_fields}: the named fields leave the task's data and each becomes a
	 * prediction whose result is the field's value.
	 */
	static Object preannotate(Object item, int index, List<String> fields) {
		if (fields.isEmpty() || !(item instanceof Map<?, ?> raw)) {
			return item;
		}
		Map<String, Object> task = Support.asMap(raw);
		if (task.get("data") instanceof Map<?, ?> data) {
			task = Support.asMap(data);
		}
		List<Object> predictions = new ArrayList<>();
		for (String field : fields) {
			if (!task.containsKey(field)) {
				throw ApiError.validation("non_field_errors", "Task #" + (index + 1) + ": \"" + field
						+ "\" (from preannotated_from_fields) is not in the task data");
			}
			Map<String, Object> prediction = new LinkedHashMap<>();
			prediction.put("result", task.remove(field));
			predictions.add(prediction);
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("data", task);
		out.put("predictions", predictions);
		return out;
	}

	Map<String, Object> newImportRecord(ImportRequest request) {
		long id = this.state.nextId("imports");
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", id);
		record.put("project", request.projectId);
		record.put("status", "created");
		record.put("url", null);
		record.put("traceback", null);
		record.put("error", null);
		record.put("created_at", this.state.now());
		record.put("updated_at", this.state.now());
		record.put("finished_at", null);
		record.put("task_count", 0);
		record.put("annotation_count", 0);
		record.put("prediction_count", 0);
		record.put("duration", 0);
		record.put("file_upload_ids", request.uploadIds);
		record.put("could_be_tasks_list", request.couldBeTasksList);
		record.put("found_formats", new ArrayList<>(request.formats));
		record.put("data_columns", List.of());
		record.put("tasks", null);
		record.put("task_ids", List.of());
		record.put("commit_to_project", request.commit);
		record.put("return_task_ids", request.returnTaskIds);
		record.put("preannotated_from_fields", request.preannotatedFromFields.isEmpty() ? null
				: request.preannotatedFromFields);
		this.state.imports.put(id, record);
		return record;
	}

	void completeImportRecord(Map<String, Object> record, Map<String, Object> result, ImportRequest request) {
		record.put("status", "completed");
		record.put("updated_at", this.state.now());
		record.put("finished_at", this.state.now());
		record.put("task_count", result.get("task_count"));
		record.put("annotation_count", result.get("annotation_count"));
		record.put("prediction_count", result.get("predictions_count"));
		record.put("data_columns", result.get("data_columns"));
		record.put("task_ids", request.taskIds);
	}

	Reply getImport(long projectId, long importId) {
		this.state.project(projectId);
		Map<String, Object> record = this.state.imports.get(importId);
		if (record == null || !Long.valueOf(projectId).equals(record.get("project"))) {
			throw ApiError.notFound();
		}
		return Reply.json(200, record);
	}

	/** How imports run: synchronously, or in the background (see {@link LabelStudioApi}). */
	interface AsyncImports {

		/** Whether imports answer {@code {"import": id}} and run in the background. */
		boolean enabled();

		/** Run a job later, under the state's write lock. */
		void submit(Runnable job);

	}

	/** One import: its flags and the task items read from the request. */
	static final class ImportRequest {

		final long projectId;

		final boolean commit;

		final boolean returnTaskIds;

		final List<String> preannotatedFromFields;

		final List<Object> items = new ArrayList<>();

		final Map<Object, Long> uploadOf = new IdentityHashMap<>();

		final List<Long> uploadIds = new ArrayList<>();

		final Set<String> formats = new LinkedHashSet<>();

		boolean couldBeTasksList;

		List<Long> taskIds = List.of();

		ImportRequest(long projectId, boolean commit, boolean returnTaskIds, List<String> preannotatedFromFields) {
			this.projectId = projectId;
			this.commit = commit;
			this.returnTaskIds = returnTaskIds;
			this.preannotatedFromFields = List.copyOf(preannotatedFromFields);
		}

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
		checkResults(out.get("annotations"), "annotations", false, index);
		checkResults(out.get("predictions"), "predictions", true, index);
		for (String key : config.dataKeys()) {
			if (!data.containsKey(key)) {
				throw ApiError.validation("non_field_errors", "\"" + key + "\" key is expected in task data [task #"
						+ (index + 1) + "], the label config uses $" + key);
			}
		}
		out.put("data", data);
		return out;
	}

	/** Annotations and predictions must be objects with a list {@code result} (required for predictions). */
	private static void checkResults(Object items, String field, boolean required, int index) {
		for (Object item : (List<?>) items) {
			if (!(item instanceof Map<?, ?> map)) {
				throw ApiError.validation(field, "Task #" + (index + 1) + ": expected a dictionary.");
			}
			Object result = map.get("result");
			if ((result == null && required) || (result != null && !(result instanceof List<?>))) {
				throw ApiError.validation(field, "Task #" + (index + 1) + ": \"result\" must be a list of items.");
			}
		}
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
