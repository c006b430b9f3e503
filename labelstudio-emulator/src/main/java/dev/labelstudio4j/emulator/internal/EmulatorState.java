package dev.labelstudio4j.emulator.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's data and what Label Studio derives from it: one store per resource, ids handed out in
 * order from 1, lookups that answer 404, the creation of tasks, annotations and predictions, the
 * counters and the JSON each resource is answered with.
 * <p>
 * Indexes keep requests independent of the size of the data: each project has its task ids in
 * ascending order (a page is a slice of that list) and its counters, each task its annotations and
 * predictions. The invariants: a task id is in exactly the list of the project in the task's
 * {@code project}; a task's {@link TaskLinks} hold exactly the annotations and predictions whose
 * {@code task} is that task; a project's {@link ProjectIndex} counters are the sums of the
 * contributions of its tasks. Every change to tasks, annotations and predictions goes through the
 * methods here, which keep them.
 * <p>
 * Guarded by {@link #lock}: requests that only read (GET) hold the read lock and run in parallel,
 * every other request holds the write lock, so a request sees and leaves a consistent state.
 */
final class EmulatorState {

	final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

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

	private final Map<Long, ProjectIndex> projectIndexes = new HashMap<>();

	private final Map<Long, TaskLinks> taskLinks = new HashMap<>();

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
		this.projectIndexes.clear();
		this.taskLinks.clear();
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

	/** Store a new project and its (empty) index. */
	void addProject(Map<String, Object> project) {
		long id = (Long) project.get("id");
		this.projects.put(id, project);
		ProjectIndex index = new ProjectIndex();
		this.projectIndexes.put(id, index);
		projectChanged(project);
	}

	/**
	 * Refresh what the index caches from a project's fields (its parsed label config and
	 * {@code maximum_annotations}, recounting the labeled tasks when that changed).
	 */
	void projectChanged(Map<String, Object> project) {
		ProjectIndex index = index((Long) project.get("id"));
		String labelConfig = String.valueOf(project.get("label_config"));
		if (index.config == null || !labelConfig.equals(index.configText)) {
			index.config = LabelConfig.parse(labelConfig);
			index.configText = labelConfig;
		}
		long maximum = (project.get("maximum_annotations") instanceof Number n) ? n.longValue() : 1;
		if (maximum != index.maximumAnnotations) {
			index.maximumAnnotations = maximum;
			index.finished = 0;
			for (Long taskId : index.taskIds) {
				if (links(taskId).submitted() >= maximum) {
					index.finished++;
				}
			}
		}
	}

	/** The parsed label config of a project. */
	LabelConfig labelConfig(long projectId) {
		return index(projectId).config;
	}

	/** Delete a project with everything that hangs on it. */
	void removeProject(long id) {
		ProjectIndex index = index(id);
		for (Long taskId : index.taskIds) {
			forgetTask(taskId);
		}
		this.projects.remove(id);
		this.projectIndexes.remove(id);
	}

	ProjectIndex index(long projectId) {
		ProjectIndex index = this.projectIndexes.get(projectId);
		if (index == null) {
			throw ApiError.notFound();
		}
		return index;
	}

	Map<String, Object> renderProject(Map<String, Object> project) {
		long id = (Long) project.get("id");
		ProjectIndex index = index(id);
		int taskCount = index.taskIds.size();
		Map<String, Object> out = new LinkedHashMap<>(project);
		LabelConfig config = index.config;
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
		out.put("task_number", taskCount);
		out.put("num_tasks_with_annotations", index.withAnnotations);
		out.put("total_annotations_number", index.submitted);
		out.put("skipped_annotations_number", index.cancelled);
		out.put("ground_truth_number", index.groundTruth);
		out.put("useful_annotation_number", index.submitted - index.groundTruth);
		out.put("total_predictions_number", index.predictions);
		out.put("finished_task_number", index.finished);
		out.put("queue_total", taskCount);
		out.put("queue_done", index.finished);
		out.put("queue_left", taskCount - index.finished);
		out.put("start_training_on_annotation_update", false);
		out.put("description_short", shorten(String.valueOf(project.get("description"))));
		out.put("allow_stream", true);
		out.put("ready", taskCount > 0);
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

	/** The ids of a project's tasks in ascending order (a live, read-only view). */
	List<Long> taskIdsOf(long projectId) {
		return Collections.unmodifiableList(index(projectId).taskIds);
	}

	TaskLinks links(long taskId) {
		TaskLinks links = this.taskLinks.get(taskId);
		if (links == null) {
			throw ApiError.notFound();
		}
		return links;
	}

	Map<String, Object> newTask(long projectId, Map<String, Object> data, Map<String, Object> meta,
			@Nullable Long fileUpload) {
		ProjectIndex index = index(projectId);
		long id = this.nextId("tasks");
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("id", id);
		task.put("data", data);
		task.put("meta", meta);
		task.put("created_at", this.now());
		task.put("updated_at", this.now());
		task.put("project", projectId);
		task.put("inner_id", ++index.lastInnerId);
		task.put("file_upload", fileUpload);
		this.tasks.put(id, task);
		this.taskLinks.put(id, new TaskLinks());
		insertSorted(index.taskIds, id);
		account(task, 1);
		return task;
	}

	/** Move a task (with its annotations and predictions) to another project. */
	void moveTask(Map<String, Object> task, long projectId) {
		long id = (Long) task.get("id");
		long from = (Long) task.get("project");
		if (from == projectId) {
			return;
		}
		ProjectIndex target = index(projectId);
		account(task, -1);
		removeSorted(index(from).taskIds, id);
		task.put("project", projectId);
		insertSorted(target.taskIds, id);
		TaskLinks links = links(id);
		links.annotations.forEach((a) -> a.put("project", projectId));
		links.predictions.forEach((p) -> p.put("project", projectId));
		account(task, 1);
	}

	void removeTask(long id) {
		Map<String, Object> task = task(id);
		account(task, -1);
		removeSorted(index((Long) task.get("project")).taskIds, id);
		forgetTask(id);
	}

	/** Delete many tasks of one project: one pass over the project's task list. */
	void removeTasks(long projectId, Set<Long> ids) {
		ProjectIndex index = index(projectId);
		for (Long id : ids) {
			Map<String, Object> task = this.tasks.get(id);
			if (task != null && Long.valueOf(projectId).equals(task.get("project"))) {
				account(task, -1);
				forgetTask(id);
			}
		}
		index.taskIds.removeIf(ids::contains);
	}

	private void forgetTask(long id) {
		this.tasks.remove(id);
		TaskLinks links = this.taskLinks.remove(id);
		if (links != null) {
			links.annotations.forEach((a) -> this.annotations.remove((Long) a.get("id")));
			links.predictions.forEach((p) -> this.predictions.remove((Long) p.get("id")));
		}
	}

	/**
	 * Add ({@code sign} 1) or take away ({@code -1}) a task's contribution to its project's counters.
	 * Every change to a task's annotations or predictions is made between {@code -1} and {@code 1}.
	 */
	private void account(Map<String, Object> task, int sign) {
		ProjectIndex index = index((Long) task.get("project"));
		TaskLinks links = links((Long) task.get("id"));
		long submitted = links.submitted();
		index.submitted += sign * submitted;
		index.cancelled += sign * (links.annotations.size() - submitted);
		index.groundTruth += sign * links.groundTruth();
		index.predictions += sign * links.predictions.size();
		if (submitted > 0) {
			index.withAnnotations += sign;
		}
		if (submitted >= index.maximumAnnotations) {
			index.finished += sign;
		}
	}

	/** Change a task's annotations or predictions (in {@code change}), keeping its project's counters. */
	void changeTask(Map<String, Object> task, Runnable change) {
		account(task, -1);
		try {
			change.run();
		}
		finally {
			account(task, 1);
		}
	}

	private static void insertSorted(List<Long> ids, long id) {
		int size = ids.size();
		if (size == 0 || ids.get(size - 1) < id) {
			ids.add(id);
			return;
		}
		int at = Collections.binarySearch(ids, id);
		if (at < 0) {
			ids.add(-at - 1, id);
		}
	}

	private static void removeSorted(List<Long> ids, long id) {
		int at = Collections.binarySearch(ids, id);
		if (at >= 0) {
			ids.remove(at);
		}
	}

	/** The totals of a project: tasks, submitted annotations and predictions. */
	long[] totals(long projectId) {
		ProjectIndex index = index(projectId);
		return new long[] { index.taskIds.size(), index.submitted, index.predictions };
	}

	List<Map<String, Object>> annotationsOf(long taskId) {
		return Collections.unmodifiableList(links(taskId).annotations);
	}

	List<Map<String, Object>> predictionsOf(long taskId) {
		return Collections.unmodifiableList(links(taskId).predictions);
	}

	boolean isLabeled(Map<String, Object> task) {
		return links((Long) task.get("id")).submitted() >= index((Long) task.get("project")).maximumAnnotations;
	}

	Map<String, Object> renderTask(Map<String, Object> task, boolean withRelated) {
		long id = (Long) task.get("id");
		TaskLinks links = links(id);
		List<Map<String, Object>> annotations = links.annotations;
		List<Map<String, Object>> predictions = links.predictions;
		long submitted = links.submitted();
		Map<String, Object> out = new LinkedHashMap<>(task);
		out.put("file_upload", fileUploadName(task));
		out.put("is_labeled", submitted >= index((Long) task.get("project")).maximumAnnotations);
		out.put("overlap", 1);
		out.put("total_annotations", submitted);
		out.put("cancelled_annotations", annotations.size() - submitted);
		out.put("total_predictions", predictions.size());
		out.put("comment_count", 0);
		out.put("unresolved_comment_count", 0);
		out.put("last_comment_updated_at", null);
		out.put("comment_authors", List.of());
		out.put("updated_by", List.of());
		out.put("annotators", links.annotators());
		out.put("annotations_ids",
				annotations.stream().map((a) -> String.valueOf(a.get("id"))).collect(Collectors.joining(", ")));
		out.put("predictions_model_versions", predictions.stream().map((p) -> String.valueOf(p.get("model_version")))
			.distinct().collect(Collectors.joining(", ")));
		out.put("storage_filename", null);
		out.put("draft_exists", false);
		out.put("completed_at", links.completedAt());
		if (withRelated) {
			out.put("annotations", annotations.stream().map(this::renderAnnotation).toList());
			out.put("predictions", predictions.stream().map(this::renderPrediction).toList());
			out.put("drafts", List.of());
		}
		return out;
	}

	@Nullable Object fileUploadName(Map<String, Object> task) {
		Object upload = task.get("file_upload");
		Map<String, Object> file = (upload != null) ? this.fileUploads.get((Long) upload) : null;
		return (file != null) ? file.get("file") : null;
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
		changeTask(task, () -> links((Long) task.get("id")).annotations.add(annotation));
		this.annotations.put(id, annotation);
		task.put("updated_at", this.now());
		return annotation;
	}

	/** Change an annotation's fields (in {@code change}), keeping the counters. */
	void changeAnnotation(Map<String, Object> annotation, Runnable change) {
		changeTask(task((Long) annotation.get("task")), change);
	}

	void removeAnnotation(long id) {
		Map<String, Object> annotation = annotation(id);
		Map<String, Object> task = task((Long) annotation.get("task"));
		changeTask(task, () -> links(id(task)).annotations.remove(annotation));
		this.annotations.remove(id);
	}

	/** Delete the annotations ({@code predictions} false) or predictions of some tasks; how many went. */
	int removeRelated(Collection<Long> taskIds, boolean predictions) {
		int removed = 0;
		for (Long taskId : taskIds) {
			Map<String, Object> task = this.tasks.get(taskId);
			if (task == null) {
				continue;
			}
			TaskLinks links = links(taskId);
			List<Map<String, Object>> items = predictions ? links.predictions : links.annotations;
			if (items.isEmpty()) {
				continue;
			}
			removed += items.size();
			Map<Long, Map<String, Object>> store = predictions ? this.predictions : this.annotations;
			changeTask(task, () -> {
				items.forEach((item) -> store.remove((Long) item.get("id")));
				items.clear();
			});
		}
		return removed;
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
		Map<String, Object> task = task(taskId);
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
		prediction.put("project", task.get("project"));
		changeTask(task, () -> links(taskId).predictions.add(prediction));
		this.predictions.put(id, prediction);
		return prediction;
	}

	/** Move a prediction to another task. */
	void movePrediction(Map<String, Object> prediction, long taskId) {
		Map<String, Object> from = task((Long) prediction.get("task"));
		Map<String, Object> to = task(taskId);
		changeTask(from, () -> links(id(from)).predictions.remove(prediction));
		prediction.put("task", taskId);
		prediction.put("project", to.get("project"));
		changeTask(to, () -> insertById(links(taskId).predictions, prediction));
	}

	void removePrediction(long id) {
		Map<String, Object> prediction = prediction(id);
		Map<String, Object> task = task((Long) prediction.get("task"));
		changeTask(task, () -> links(id(task)).predictions.remove(prediction));
		this.predictions.remove(id);
	}

	private static void insertById(List<Map<String, Object>> items, Map<String, Object> item) {
		long id = id(item);
		int at = items.size();
		while (at > 0 && id(items.get(at - 1)) > id) {
			at--;
		}
		items.add(at, item);
	}

	static long id(Map<String, Object> item) {
		return (Long) item.get("id");
	}

	Map<String, Object> renderPrediction(Map<String, Object> prediction) {
		Map<String, Object> out = new LinkedHashMap<>(prediction);
		out.put("created_ago", "0\u00a0minutes");
		return out;
	}

	/** A project's cached values and counters (see the class comment for the invariants). */
	static final class ProjectIndex {

		final List<Long> taskIds = new ArrayList<>();

		long lastInnerId;

		long submitted;

		long cancelled;

		long groundTruth;

		long predictions;

		long withAnnotations;

		long finished;

		long maximumAnnotations = -1;

		@Nullable LabelConfig config;

		@Nullable String configText;

	}

	/** A task's annotations and predictions, each in id order. */
	static final class TaskLinks {

		final List<Map<String, Object>> annotations = new ArrayList<>();

		final List<Map<String, Object>> predictions = new ArrayList<>();

		/** Annotations not cancelled ({@code total_annotations}). */
		long submitted() {
			long count = 0;
			for (Map<String, Object> annotation : this.annotations) {
				if (!Boolean.TRUE.equals(annotation.get("was_cancelled"))) {
					count++;
				}
			}
			return count;
		}

		long groundTruth() {
			long count = 0;
			for (Map<String, Object> annotation : this.annotations) {
				if (Boolean.TRUE.equals(annotation.get("ground_truth"))) {
					count++;
				}
			}
			return count;
		}

		List<Object> annotators() {
			return this.annotations.stream().map((a) -> a.get("completed_by")).distinct().toList();
		}

		@Nullable Object completedAt() {
			return this.annotations.isEmpty() ? null : this.annotations.get(this.annotations.size() - 1).get("created_at");
		}

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
