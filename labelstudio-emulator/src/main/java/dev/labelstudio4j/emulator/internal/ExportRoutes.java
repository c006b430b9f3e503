package dev.labelstudio4j.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * Label Studio's exports: the synchronous export ({@code GET /api/projects/{id}/export}), the formats, and
 * snapshots with their conversions and downloads. Snapshots behave as on a server that exports in the
 * background: created {@code created}, then {@code in_progress} until the configured processing time has
 * passed, then {@code completed} (or {@code failed} when told to). Conversions have their own status the same
 * way. The emulator produces JSON, JSON_MIN, CSV and TSV from its state; every other format is listed and
 * accepted as a server lists and accepts it, but the emulator has no converter for it: its conversions fail
 * with a traceback saying so, and a synchronous export in it answers 500, as a server whose converter fails.
 */
final class ExportRoutes {

	/** The formats a server lists (the converter's), with their titles. */
	private static final Map<String, String> FORMATS = formats();

	private static final Set<String> PRODUCED = Set.of("JSON", "JSON_MIN", "CSV", "TSV");

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm")
		.withZone(ZoneOffset.UTC);

	private final EmulatorState state;

	private final ExportState exports;

	private final JsonMapper json;

	ExportRoutes(EmulatorState state, ExportState exports, JsonMapper json) {
		this.state = state;
		this.exports = exports;
		this.json = json;
	}

	private static Map<String, String> formats() {
		Map<String, String> formats = new LinkedHashMap<>();
		formats.put("JSON", "JSON");
		formats.put("JSON_MIN", "JSON-MIN");
		formats.put("CSV", "CSV");
		formats.put("TSV", "TSV");
		formats.put("CONLL2003", "CONLL2003");
		formats.put("COCO", "COCO");
		formats.put("COCO_WITH_IMAGES", "COCO with Images");
		formats.put("VOC", "Pascal VOC XML");
		formats.put("YOLO", "YOLO");
		formats.put("YOLO_WITH_IMAGES", "YOLO with Images");
		formats.put("YOLO_OBB", "YOLOv8 OBB");
		formats.put("YOLO_OBB_WITH_IMAGES", "YOLOv8 OBB with Images");
		formats.put("BRUSH_TO_NUMPY", "Brush labels to NumPy");
		formats.put("BRUSH_TO_PNG", "Brush labels to PNG");
		formats.put("ASR_MANIFEST", "ASR Manifest");
		return formats;
	}

	// GET /api/projects/{id}/export/formats

	Reply listFormats(long projectId) {
		this.state.project(projectId);
		List<Map<String, Object>> formats = new ArrayList<>();
		FORMATS.forEach((name, title) -> {
			Map<String, Object> format = new LinkedHashMap<>();
			format.put("name", name);
			format.put("title", title);
			format.put("description", "Export in " + title);
			format.put("link", "https://labelstud.io/guide/export.html#" + name);
			format.put("tags", List.of());
			formats.add(format);
		});
		return Reply.json(200, formats);
	}

	// GET /api/projects/{id}/export

	Reply syncExport(long projectId, Call call) {
		Map<String, Object> project = this.state.project(projectId);
		String type = (call.param("exportType") != null) ? call.param("exportType")
				: (call.param("export_type") != null) ? call.param("export_type") : "JSON";
		checkFormat(type);
		boolean all = call.booleanParam("download_all_tasks", false);
		Set<Long> ids = new LinkedHashSet<>();
		for (String id : call.query.getOrDefault("ids[]", List.of())) {
			try {
				ids.add(Long.parseLong(id));
			}
			catch (NumberFormatException ex) {
				throw ApiError.validation("ids", "A valid integer is required.");
			}
		}
		List<Map<String, Object>> tasks = exportedTasks(projectId, !all, false).stream()
			.filter((task) -> ids.isEmpty() || ids.contains((Long) task.get("id")))
			.toList();
		if (!PRODUCED.contains(type)) {
			throw new ApiError(500, "Export to " + type + " failed: the Label Studio emulator has no converter for "
					+ type, null);
		}
		byte[] body = render(type, tasks);
		String md5 = md5(body);
		String ext = extension(type);
		String filename = "project-" + project.get("id") + "-at-" + FILE_TIME.format(this.state.clock.instant()) + "-"
				+ md5.substring(0, 8) + "." + ext;
		Reply reply = Reply.bytes(200, body, "application/." + ext);
		reply.headers.put("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		reply.headers.put("filename", filename);
		return reply;
	}

	// snapshots

	Reply listSnapshots(long projectId) {
		this.state.project(projectId);
		List<Map<String, Object>> list = new ArrayList<>();
		this.exports.snapshots.values()
			.stream()
			.filter((snapshot) -> snapshot.project == projectId)
			.forEach((snapshot) -> list.add(0, render(snapshot, false)));
		return Reply.json(200, list.subList(0, Math.min(100, list.size())));
	}

	Reply createSnapshot(long projectId, Call call) {
		this.state.project(projectId);
		Map<String, Object> body = call.jsonObject();
		Object title = body.get("title");
		if (title != null && !(title instanceof String)) {
			throw ApiError.validation("title", "Not a valid string.");
		}
		Map<String, Object> taskFilter = Support.asMap(body.get("task_filter_options"));
		Map<String, Object> serialization = Support.asMap(body.get("serialization_options"));
		boolean onlyWithAnnotations = Boolean.TRUE.equals(taskFilter.get("only_with_annotations"));
		boolean completedByOnlyId = Support.asMap(serialization.get("annotations__completed_by")).get("only_id")
				instanceof Boolean onlyId && onlyId;
		List<Map<String, Object>> tasks = exportedTasks(projectId, onlyWithAnnotations, completedByOnlyId);
		byte[] jsonBytes = this.json.writeValueAsBytes(tasks);
		long id = this.state.nextId("exports");
		Instant now = this.state.clock.instant();
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", (title != null) ? title : "");
		fields.put("task_filter_options", taskFilter);
		fields.put("annotation_filter_options", Support.asMap(body.get("annotation_filter_options")));
		fields.put("serialization_options", serialization);
		ExportState.Snapshot snapshot = new ExportState.Snapshot(id, projectId, fields, tasks, jsonBytes, now,
				this.exports.processingTime(), this.exports.takeSnapshotFailure());
		this.exports.snapshots.put(id, snapshot);
		Map<String, Object> answer = render(snapshot, true);
		answer.put("status", "created");
		answer.put("finished_at", null);
		return Reply.json(201, answer);
	}

	Reply getSnapshot(long projectId, long exportId) {
		return Reply.json(200, render(snapshot(projectId, exportId), false));
	}

	Reply deleteSnapshot(long projectId, long exportId) {
		snapshot(projectId, exportId);
		this.exports.snapshots.remove(exportId);
		return Reply.noContent();
	}

	Reply convert(long projectId, long exportId, Call call) {
		ExportState.Snapshot snapshot = snapshot(projectId, exportId);
		Map<String, Object> body = call.jsonObject();
		Object type = body.get("export_type");
		if (!(type instanceof String exportType) || exportType.isBlank()) {
			throw ApiError.validation("export_type", "This field is required.");
		}
		checkFormat(exportType);
		if (!"completed".equals(status(snapshot))) {
			throw ApiError.badRequest("Export is not completed");
		}
		for (ExportState.Conversion conversion : snapshot.conversions.values()) {
			if (conversion.exportType().equals(exportType) && !"failed".equals(status(conversion))) {
				throw new ApiError(400, "Validation error",
						Map.of("non_field_errors", List.of("Conversion to " + exportType + " already started")));
			}
		}
		String failure = this.exports.takeConversionFailure();
		if (failure == null && !PRODUCED.contains(exportType)) {
			failure = "Traceback (most recent call last):\n  label_studio_sdk.converter: " + exportType
					+ " is not available: the Label Studio emulator has no converter for it";
		}
		long id = this.state.nextId("converted_formats");
		snapshot.conversions.put(id, new ExportState.Conversion(id, exportType, this.state.clock.instant(),
				this.exports.processingTime(), failure));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("export_type", exportType);
		answer.put("converted_format", id);
		return Reply.json(200, answer);
	}

	Reply download(long projectId, long exportId, Call call) {
		ExportState.Snapshot snapshot = snapshot(projectId, exportId);
		String type = (call.param("exportType") != null) ? call.param("exportType") : "JSON";
		if (!"completed".equals(status(snapshot))) {
			return Reply.bytes(404, "Export is not completed".getBytes(StandardCharsets.UTF_8), "text/plain");
		}
		byte[] body;
		if (type.equals("JSON")) {
			body = snapshot.json;
		}
		else {
			boolean converted = snapshot.conversions.values()
				.stream()
				.anyMatch((c) -> c.exportType().equals(type) && "completed".equals(status(c)));
			if (!converted) {
				return Reply.bytes(404, (type + " format is not converted yet").getBytes(StandardCharsets.UTF_8),
						"text/plain");
			}
			body = render(type, snapshot.tasks);
		}
		String ext = extension(type);
		String name = "project-" + projectId + "-at-" + FILE_TIME.format(snapshot.created) + "-"
				+ md5(snapshot.json).substring(0, 8) + "." + ext;
		Reply reply = Reply.bytes(200, body, "application/" + ext);
		reply.headers.put("Content-Disposition", "attachment; filename=\"export/" + projectId + "/" + name + "\"");
		reply.headers.put("filename", "export/" + projectId + "/" + name);
		return reply;
	}

	private ExportState.Snapshot snapshot(long projectId, long exportId) {
		this.state.project(projectId);
		ExportState.Snapshot snapshot = this.exports.snapshots.get(exportId);
		if (snapshot == null || snapshot.project != projectId) {
			throw ApiError.notFound();
		}
		return snapshot;
	}

	private static void checkFormat(String type) {
		if (!FORMATS.containsKey(type)) {
			throw ApiError.badRequest(type + " is not supported export format");
		}
	}

	private String status(ExportState.Snapshot snapshot) {
		if (elapsed(snapshot.created).compareTo(snapshot.processingTime) < 0) {
			return "in_progress";
		}
		return snapshot.fails ? "failed" : "completed";
	}

	private String status(ExportState.Conversion conversion) {
		if (elapsed(conversion.created()).compareTo(conversion.processingTime()) < 0) {
			return "in_progress";
		}
		return (conversion.failure() != null) ? "failed" : "completed";
	}

	private Duration elapsed(Instant since) {
		return Duration.between(since, this.state.clock.instant());
	}

	private Map<String, Object> render(ExportState.Snapshot snapshot, boolean withOptions) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", snapshot.id);
		out.put("title", snapshot.fields.get("title"));
		Map<String, Object> user = this.state.user(1);
		Map<String, Object> createdBy = new LinkedHashMap<>();
		createdBy.put("id", 1);
		createdBy.put("first_name", user.get("first_name"));
		createdBy.put("last_name", user.get("last_name"));
		createdBy.put("email", user.get("email"));
		createdBy.put("avatar", user.get("avatar"));
		out.put("created_by", createdBy);
		out.put("created_at", timestamp(snapshot.created));
		String status = status(snapshot);
		out.put("finished_at", status.equals("in_progress") ? null : timestamp(snapshot.created.plus(snapshot.processingTime)));
		out.put("status", status);
		out.put("md5", md5(snapshot.json));
		out.put("counters", Map.of("task_number", snapshot.tasks.size()));
		List<Map<String, Object>> conversions = new ArrayList<>();
		for (ExportState.Conversion conversion : snapshot.conversions.values()) {
			Map<String, Object> format = new LinkedHashMap<>();
			format.put("id", conversion.id());
			String conversionStatus = status(conversion);
			format.put("status", conversionStatus);
			format.put("export_type", conversion.exportType());
			format.put("traceback", conversionStatus.equals("failed") ? conversion.failure() : null);
			conversions.add(format);
		}
		out.put("converted_formats", conversions);
		if (withOptions) {
			out.put("task_filter_options", snapshot.fields.get("task_filter_options"));
			out.put("annotation_filter_options", snapshot.fields.get("annotation_filter_options"));
			out.put("serialization_options", snapshot.fields.get("serialization_options"));
		}
		return out;
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * The project's tasks as Label Studio's JSON export writes them: with annotations and predictions, the
	 * annotator as a user object (or its id).
	 */
	private List<Map<String, Object>> exportedTasks(long projectId, boolean onlyWithAnnotations,
			boolean completedByOnlyId) {
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (Long taskId : this.state.taskIdsOf(projectId)) {
			Map<String, Object> task = this.state.task(taskId);
			Map<String, Object> rendered = this.state.renderTask(task, true);
			List<?> annotations = (List<?>) rendered.get("annotations");
			if (onlyWithAnnotations && annotations.isEmpty()) {
				continue;
			}
			List<Map<String, Object>> exported = new ArrayList<>();
			for (Object item : annotations) {
				Map<String, Object> annotation = Support.asMap(item);
				annotation.remove("created_username");
				annotation.remove("created_ago");
				annotation.remove("state");
				if (!completedByOnlyId && annotation.get("completed_by") instanceof Long userId) {
					Map<String, Object> user = this.state.users.get(userId);
					Map<String, Object> completedBy = new LinkedHashMap<>();
					completedBy.put("id", userId);
					completedBy.put("first_name", (user != null) ? user.get("first_name") : "");
					completedBy.put("last_name", (user != null) ? user.get("last_name") : "");
					completedBy.put("email", (user != null) ? user.get("email") : "");
					annotation.put("completed_by", completedBy);
				}
				exported.add(annotation);
			}
			rendered.put("annotations", exported);
			tasks.add(rendered);
		}
		return tasks;
	}

	private byte[] render(String type, List<Map<String, Object>> tasks) {
		return switch (type) {
			case "JSON" -> this.json.writeValueAsBytes(tasks);
			case "JSON_MIN" -> this.json.writeValueAsBytes(minimal(tasks));
			case "CSV" -> separated(minimal(tasks), ',');
			case "TSV" -> separated(minimal(tasks), '\t');
			default -> throw new IllegalStateException("no converter for " + type);
		};
	}

	/**
	 * JSON_MIN: one flat object per annotation (tasks without annotations appear once, with their data): the
	 * task id, its data fields, each control's value (one choice as a string, several as a list, other results
	 * as their value object), the annotator, the annotation id and times.
	 */
	private static List<Map<String, Object>> minimal(List<Map<String, Object>> tasks) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> task : tasks) {
			List<?> annotations = (List<?>) task.get("annotations");
			if (annotations.isEmpty()) {
				rows.add(taskRow(task));
				continue;
			}
			for (Object item : annotations) {
				Map<String, Object> annotation = Support.asMap(item);
				Map<String, Object> row = taskRow(task);
				for (Object region : Support.listOrEmpty(annotation.get("result"), "result")) {
					Map<String, Object> result = Support.asMap(region);
					Map<String, Object> value = Support.asMap(result.get("value"));
					Object shown = value;
					for (String key : List.of("choices", "labels", "rectanglelabels", "textarea")) {
						if (value.get(key) instanceof List<?> list) {
							shown = (list.size() == 1) ? list.get(0) : list;
						}
					}
					row.put(String.valueOf(result.get("from_name")), shown);
				}
				Object completedBy = annotation.get("completed_by");
				row.put("annotator", (completedBy instanceof Map<?, ?> user) ? user.get("id") : completedBy);
				row.put("annotation_id", annotation.get("id"));
				row.put("created_at", annotation.get("created_at"));
				row.put("updated_at", annotation.get("updated_at"));
				row.put("lead_time", annotation.get("lead_time"));
				rows.add(row);
			}
		}
		return rows;
	}

	private static Map<String, Object> taskRow(Map<String, Object> task) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", task.get("id"));
		row.putAll(Support.asMap(task.get("data")));
		return row;
	}

	private byte[] separated(List<Map<String, Object>> rows, char separator) {
		Set<String> columns = new LinkedHashSet<>();
		rows.forEach((row) -> columns.addAll(row.keySet()));
		StringBuilder out = new StringBuilder();
		appendRow(out, new ArrayList<>(columns), separator);
		for (Map<String, Object> row : rows) {
			List<String> cells = new ArrayList<>();
			for (String column : columns) {
				Object value = row.get(column);
				cells.add((value == null) ? "" : (value instanceof String text) ? text
						: (value instanceof Map || value instanceof List) ? this.json.writeValueAsString(value)
								: String.valueOf(value));
			}
			appendRow(out, cells, separator);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void appendRow(StringBuilder out, List<String> cells, char separator) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(separator);
			}
			String cell = cells.get(i);
			if (cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0) {
				out.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(cell);
			}
		}
		out.append('\n');
	}

	private static String extension(String type) {
		return switch (type) {
			case "JSON", "JSON_MIN", "ASR_MANIFEST" -> "json";
			case "CSV" -> "csv";
			case "TSV" -> "tsv";
			case "CONLL2003" -> "conll";
			default -> "zip";
		};
	}

	private static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
