package dev.labelstudio4j.emulator.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's data and what Label Studio derives from it: one store per resource, ids handed out in
 * order from 1, lookups that answer 404, the creation of tasks, annotations and predictions, the
 * counters and the JSON each resource is answered with. All guarded by one lock (each request runs
 * under it, so a request sees and leaves a consistent state).
 */
final class EmulatorState {

	final ReentrantLock lock = new ReentrantLock();

	final Clock clock;

	final Map<Long, Map<String, Object>> projects = new TreeMap<>();

	final Map<Long, Map<String, Object>> tasks = new TreeMap<>();

	final Map<Long, Map<String, Object>> annotations = new TreeMap<>();

	final Map<Long, Map<String, Object>> predictions = new TreeMap<>();

	final Map<Long, Map<String, Object>> users = new TreeMap<>();

	final Map<Long, Map<String, Object>> views = new TreeMap<>();

	final Map<Long, Map<String, Object>> mlBackends = new TreeMap<>();

	final Map<Long, Map<String, Object>> fileUploads = new TreeMap<>();

	final Map<Long, byte[]> fileContents = new TreeMap<>();

	final Map<Long, Map<String, Object>> imports = new TreeMap<>();

	private final Map<String, Long> sequences = new LinkedHashMap<>();

	/** Told of changes to projects, tasks and annotations (the webhook deliveries). */
	ChangeListener changes = ChangeListener.NONE;

	EmulatorState(Clock clock) {
		this.clock = clock;
	}

	/** The next id of a resource: 1, 2, 3, ... */
	long nextId(String resource) {
		return this.sequences.merge(resource, 1L, Long::sum);
	}

	/** Now, as Label Studio writes timestamps. */
	String now() {
		return DateTimeFormatter.ISO_INSTANT.format(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	void clear() {
		this.projects.clear();
		this.tasks.clear();
		this.annotations.clear();
		this.predictions.clear();
		this.views.clear();
		this.mlBackends.clear();
		this.fileUploads.clear();
		this.fileContents.clear();
		this.imports.clear();
		this.users.keySet().removeIf((id) -> id != 1L);
		Long users = this.sequences.get("users");
		this.sequences.clear();
		if (users != null) {
			this.sequences.put("users", 1L);
		}
	}

	Map<String, Object> newUser(long id, Map<String, Object> fields) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("id", id);
		user.put("first_name", "");
		user.put("last_name", "");
		user.put("username", "");
		user.put("email", "");
		user.put("phone", "");
		user.put("avatar", "");
		user.put("allow_newsletters", null);
		user.put("date_joined", this.now());
		user.put("last_activity", this.now());
		user.putAll(fields);
		return user;
	}

	Map<String, Object> user(long id) {
		Map<String, Object> user = this.users.get(id);
		if (user == null) {
			throw ApiError.notFound();
		}
		return user;
	}

	Map<String, Object> renderUser(Map<String, Object> user, boolean whoami) {
		Map<String, Object> out = new LinkedHashMap<>(user);
		String first = String.valueOf(user.get("first_name"));
		String last = String.valueOf(user.get("last_name"));
		String initials = (!first.isEmpty() && !last.isEmpty()) ? ("" + first.charAt(0) + last.charAt(0))
				: String.valueOf(user.get("email")).substring(0,
						Math.min(2, String.valueOf(user.get("email")).length()));
		out.put("initials", initials.toLowerCase(Locale.ROOT));
		out.put("active_organization", 1);
		out.put("active_organization_meta", "");
		out.put("custom_hotkeys", Map.of());
		Map<String, Object> membership = new LinkedHashMap<>();
		membership.put("role", (Long.valueOf(1).equals(user.get("id"))) ? "OW" : "AN");
		membership.put("active", "true");
		membership.put("organization_id", 1);
		out.put("org_membership", List.of(membership));
		out.put("organization_membership", membership);
		Map<String, Object> lse = new LinkedHashMap<>();
		lse.put("email_notification_settings", "");
		lse.put("invite_expired", "false");
		lse.put("invite_expired_at", "");
		if (whoami) {
			lse.put("active_organization_external_id", null);
		}
		out.put("lse_fields", lse);
		out.put("pause", "");
		if (whoami) {
			out.put("permissions", List.of());
		}
		return out;
	}

	Map<String, Object> project(long id) {
		Map<String, Object> project = this.projects.get(id);
		if (project == null) {
			throw ApiError.notFound();
		}
		return project;
	}

	Map<String, Object> renderProject(Map<String, Object> project) {
		long id = (Long) project.get("id");
		List<Map<String, Object>> tasks = tasksOf(id);
		List<Map<String, Object>> annotations = this.annotations.values().stream()
			.filter((a) -> Long.valueOf(id).equals(a.get("project")))
			.toList();
		long cancelled = annotations.stream().filter((a) -> Boolean.TRUE.equals(a.get("was_cancelled"))).count();
		long groundTruth = annotations.stream().filter((a) -> Boolean.TRUE.equals(a.get("ground_truth"))).count();
		long total = annotations.size() - cancelled;
		long withAnnotations = tasks.stream().filter((t) -> annotationCount(t, false) > 0).count();
		long finished = tasks.stream().filter(this::isLabeled).count();
		long predictions = this.predictions.values().stream()
			.filter((p) -> Long.valueOf(id).equals(p.get("project")))
			.count();
		Map<String, Object> out = new LinkedHashMap<>(project);
		LabelConfig config = LabelConfig.parse(String.valueOf(project.get("label_config")));
		Map<String, Object> owner = new LinkedHashMap<>();
		Map<String, Object> user = user(1);
		owner.put("id", 1);
		owner.put("first_name", user.get("first_name"));
		owner.put("last_name", user.get("last_name"));
		owner.put("email", user.get("email"));
		owner.put("avatar", user.get("avatar"));
		out.put("created_by", owner);
		out.put("parsed_label_config", config.controls());
		out.put("config_has_control_tags", !config.controls().isEmpty());
		out.put("config_suitable_for_bulk_annotation", false);
		Map<String, Object> dataTypes = new LinkedHashMap<>();
		config.dataKeys().forEach((key) -> dataTypes.put(key, "Text"));
		out.put("data_types", dataTypes);
		out.put("task_number", tasks.size());
		out.put("num_tasks_with_annotations", withAnnotations);
		out.put("total_annotations_number", total);
		out.put("skipped_annotations_number", cancelled);
		out.put("ground_truth_number", groundTruth);
		out.put("useful_annotation_number", total - groundTruth);
		out.put("total_predictions_number", predictions);
		out.put("finished_task_number", finished);
		out.put("queue_total", tasks.size());
		out.put("queue_done", finished);
		out.put("queue_left", tasks.size() - finished);
		out.put("start_training_on_annotation_update", false);
		out.put("description_short", shorten(String.valueOf(project.get("description"))));
		out.put("allow_stream", true);
		out.put("ready", !tasks.isEmpty());
		out.put("rejected", 0);
		out.put("review_total_tasks", 0);
		out.put("reviewed_number", 0);
		out.put("reviewer_queue_total", 0);
		out.put("members", "");
		out.put("members_count", 1);
		out.put("prompts", "");
		out.put("blueprints", List.of());
		out.put("workspace_title", "");
		Map<String, Object> assignment = new LinkedHashMap<>();
		assignment.put("id", id);
		assignment.put("project", id);
		assignment.put("label_stream_task_distribution", "auto_distribution");
		out.put("assignment_settings", assignment);
		Map<String, Object> review = new LinkedHashMap<>();
		review.put("id", id);
		review.put("project", id);
		review.put("requeue_rejected_tasks_to_annotator", false);
		out.put("review_settings", review);
		return out;
	}

	static String shorten(String text) {
		return (text.length() > 100) ? text.substring(0, 100) + "..." : text;
	}

	long storeUpload(long projectId, String filename, byte[] content) {
		long id = this.nextId("file_uploads");
		String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
		String prefix = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> upload = new LinkedHashMap<>();
		upload.put("id", id);
		upload.put("project", projectId);
		upload.put("file", "upload/" + projectId + "/" + prefix + "-" + safe);
		this.fileUploads.put(id, upload);
		this.fileContents.put(id, content);
		return id;
	}

	Map<String, Object> task(long id) {
		Map<String, Object> task = this.tasks.get(id);
		if (task == null) {
			throw ApiError.notFound();
		}
		return task;
	}

	List<Map<String, Object>> tasksOf(long projectId) {
		return this.tasks.values().stream().filter((t) -> Long.valueOf(projectId).equals(t.get("project")))
			.toList();
	}

	Map<String, Object> newTask(long projectId, Map<String, Object> data, Map<String, Object> meta,
			@Nullable Long fileUpload) {
		long id = this.nextId("tasks");
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("id", id);
		task.put("data", data);
		task.put("meta", meta);
		task.put("created_at", this.now());
		task.put("updated_at", this.now());
		task.put("project", projectId);
		task.put("inner_id", tasksOf(projectId).size() + 1L);
		task.put("file_upload", fileUpload);
		this.tasks.put(id, task);
		return task;
	}

	List<Map<String, Object>> annotationsOf(long taskId) {
		return this.annotations.values().stream().filter((a) -> Long.valueOf(taskId).equals(a.get("task")))
			.toList();
	}

	List<Map<String, Object>> predictionsOf(long taskId) {
		return this.predictions.values().stream().filter((p) -> Long.valueOf(taskId).equals(p.get("task")))
			.toList();
	}

	long annotationCount(Map<String, Object> task, boolean cancelled) {
		return annotationsOf((Long) task.get("id")).stream()
			.filter((a) -> cancelled == Boolean.TRUE.equals(a.get("was_cancelled")))
			.count();
	}

	boolean isLabeled(Map<String, Object> task) {
		Map<String, Object> project = this.projects.get((Long) task.get("project"));
		long maximum = (project != null && project.get("maximum_annotations") instanceof Number n) ? n.longValue() : 1;
		return annotationCount(task, false) >= maximum;
	}

	Map<String, Object> renderTask(Map<String, Object> task, boolean withRelated) {
		long id = (Long) task.get("id");
		List<Map<String, Object>> annotations = annotationsOf(id);
		List<Map<String, Object>> predictions = predictionsOf(id);
		Map<String, Object> out = new LinkedHashMap<>(task);
		Object upload = task.get("file_upload");
		out.put("file_upload", (upload != null && this.fileUploads.get((Long) upload) != null)
				? this.fileUploads.get((Long) upload).get("file") : null);
		out.put("is_labeled", isLabeled(task));
		out.put("overlap", 1);
		out.put("total_annotations", annotationCount(task, false));
		out.put("cancelled_annotations", annotationCount(task, true));
		out.put("total_predictions", predictions.size());
		out.put("comment_count", 0);
		out.put("unresolved_comment_count", 0);
		out.put("last_comment_updated_at", null);
		out.put("comment_authors", List.of());
		out.put("updated_by", List.of());
		out.put("annotators", annotations.stream().map((a) -> a.get("completed_by")).distinct().toList());
		out.put("annotations_ids",
				annotations.stream().map((a) -> String.valueOf(a.get("id"))).collect(Collectors.joining(", ")));
		out.put("predictions_model_versions", predictions.stream().map((p) -> String.valueOf(p.get("model_version")))
			.distinct().collect(Collectors.joining(", ")));
		out.put("storage_filename", null);
		out.put("draft_exists", false);
		out.put("completed_at",
				annotations.isEmpty() ? null : annotations.get(annotations.size() - 1).get("created_at"));
		if (withRelated) {
			out.put("annotations", annotations.stream().map(this::renderAnnotation).toList());
			out.put("predictions", predictions.stream().map(this::renderPrediction).toList());
			out.put("drafts", List.of());
		}
		return out;
	}

	Long requiredProject(@Nullable Object value, String field) {
		if (value == null) {
			throw ApiError.validation(field, "This field is required.");
		}
		if (!(value instanceof Number number) || !this.projects.containsKey(number.longValue())) {
			throw ApiError.validation(field, "Invalid pk \"" + value + "\" - object does not exist.");
		}
		return number.longValue();
	}

	void removeTask(long id) {
		this.tasks.remove(id);
		this.annotations.values().removeIf((a) -> Long.valueOf(id).equals(a.get("task")));
		this.predictions.values().removeIf((p) -> Long.valueOf(id).equals(p.get("task")));
	}

	Map<String, Object> annotation(long id) {
		Map<String, Object> annotation = this.annotations.get(id);
		if (annotation == null) {
			throw ApiError.notFound();
		}
		return annotation;
	}

	Map<String, Object> newAnnotation(Map<String, Object> task, Map<String, Object> body) {
		Object result = body.getOrDefault("result", List.of());
		if (!(result instanceof List<?>)) {
			throw ApiError.validation("result",
					"Expected a list of items but got type \"" + Support.typeName(result) + "\".");
		}
		long id = this.nextId("annotations");
		Map<String, Object> annotation = new LinkedHashMap<>();
		annotation.put("id", id);
		annotation.put("result", result);
		annotation.put("completed_by", (body.get("completed_by") instanceof Number user) ? user.longValue() : 1L);
		annotation.put("unique_id", UUID.randomUUID().toString());
		annotation.put("was_cancelled", Boolean.TRUE.equals(body.get("was_cancelled")));
		annotation.put("ground_truth", Boolean.TRUE.equals(body.get("ground_truth")));
		annotation.put("created_at", this.now());
		annotation.put("updated_at", this.now());
		annotation.put("draft_created_at", null);
		annotation.put("lead_time", (body.get("lead_time") instanceof Number lead) ? lead.doubleValue() : null);
		annotation.put("import_id", null);
		annotation.put("last_action", "submitted");
		annotation.put("task", task.get("id"));
		annotation.put("project", task.get("project"));
		annotation.put("updated_by", annotation.get("completed_by"));
		annotation.put("parent_prediction", null);
		annotation.put("parent_annotation", null);
		annotation.put("last_created_by", null);
		this.annotations.put(id, annotation);
		task.put("updated_at", this.now());
		return annotation;
	}

	Map<String, Object> renderAnnotation(Map<String, Object> annotation) {
		Map<String, Object> out = new LinkedHashMap<>(annotation);
		Map<String, Object> user = this.users.get((Long) annotation.get("completed_by"));
		out.put("created_username", ((user != null) ? user.get("email") : "") + ", " + annotation.get("completed_by"));
		out.put("created_ago", "0\u00a0minutes");
		out.put("state", "");
		return out;
	}

	Map<String, Object> prediction(long id) {
		Map<String, Object> prediction = this.predictions.get(id);
		if (prediction == null) {
			throw ApiError.notFound();
		}
		return prediction;
	}

	Map<String, Object> newPrediction(Map<String, Object> body) {
		Object result = body.get("result");
		if (result == null) {
			throw ApiError.validation("result", "This field is required.");
		}
		if (!(result instanceof List<?>)) {
			throw ApiError.validation("result",
					"Expected a list of items but got type \"" + Support.typeName(result) + "\".");
		}
		long taskId = (Long) body.get("task");
		long id = this.nextId("predictions");
		Map<String, Object> prediction = new LinkedHashMap<>();
		prediction.put("id", id);
		prediction.put("result", result);
		prediction.put("model_version", (body.get("model_version") instanceof String v) ? v : "");
		prediction.put("score", (body.get("score") instanceof Number score) ? score.doubleValue() : null);
		prediction.put("cluster", null);
		prediction.put("neighbors", null);
		prediction.put("mislabeling", 0.0);
		prediction.put("created_at", this.now());
		prediction.put("updated_at", this.now());
		prediction.put("model", null);
		prediction.put("model_run", null);
		prediction.put("task", taskId);
		prediction.put("project", this.tasks.get(taskId).get("project"));
		this.predictions.put(id, prediction);
		return prediction;
	}

	Map<String, Object> renderPrediction(Map<String, Object> prediction) {
		Map<String, Object> out = new LinkedHashMap<>(prediction);
		out.put("created_ago", "0\u00a0minutes");
		return out;
	}

	Map<String, Object> view(long id) {
		Map<String, Object> view = this.views.get(id);
		if (view == null) {
			throw ApiError.notFound();
		}
		return view;
	}

	Map<String, Object> mlBackend(long id) {
		Map<String, Object> backend = this.mlBackends.get(id);
		if (backend == null) {
			throw ApiError.notFound();
		}
		return backend;
	}

	Map<String, Object> renderMl(Map<String, Object> backend) {
		Map<String, Object> out = new LinkedHashMap<>(backend);
		out.remove("basic_auth_pass");
		out.put("basic_auth_pass_is_set", String.valueOf(backend.get("basic_auth_pass") != null));
		out.put("readable_state", switch (String.valueOf(backend.get("state"))) {
			case "TR" -> "Training";
			case "ER" -> "Error";
			case "PR" -> "Predicting";
			case "DI" -> "Disconnected";
			default -> "Connected";
		});
		if (out.get("timeout") instanceof Number timeout) {
			out.put("timeout", timeout.doubleValue());
		}
		return out;
	}

	Map<String, Object> fileUpload(long id) {
		Map<String, Object> upload = this.fileUploads.get(id);
		if (upload == null) {
			throw ApiError.notFound();
		}
		return upload;
	}

	Map<String, Object> renderFileUpload(Map<String, Object> upload) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", upload.get("id"));
		out.put("file", upload.get("file"));
		byte[] content = this.fileContents.get((Long) upload.get("id"));
		out.put("size", (content != null) ? content.length : null);
		return out;
	}

	void removeUpload(long id) {
		this.fileUploads.remove(id);
		this.fileContents.remove(id);
	}

}
