package dev.labelstudio4j.emulator.internal;

import java.io.IOException;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code storages} routes: import and export storages of every type on Label Studio's paths, with
 * its validation rules, secrets never answered and the sync status moving {@code queued} ->
 * {@code in_progress} -> {@code completed} or {@code failed} (one step each time the storage is read; the
 * sync's work is done when it is queued, within that write request).
 * Local files are real: an import storage lists a directory under the document root (JSON task files
 * become tasks, other files tasks with their {@code /data/local-files/?d=} URL when {@code use_blob_urls}),
 * an export storage writes each annotated task to {@code <task id>.json}, and
 * {@code GET /data/local-files/?d=} serves the files. The other types are validated for their required
 * fields and sync to {@code completed} with no data. Handlers run under this class's lock (see
 * {@link #register(Registrar)}).
 */
final class StorageRoutes {

	/** Label Studio's placeholder data key for a media URL when the label config does not name one. */
	static final String DATA_UNDEFINED_NAME = "$undefined$";

	/** Where a storage keeps the outcome of its queued sync until it is reported (never answered). */
	private static final String PENDING = "__pending_sync";

	private static final String SERVING_DISABLED = "Serving local files can be dangerous, so it's disabled by default. "
			+ "You can enable it with LOCAL_FILES_SERVING_ENABLED environment variable, please check docs: "
			+ "https://labelstud.io/guide/storage.html#Local-storage";

	private static final Map<String, String> TITLES = Map.of("s3", "AWS S3", "s3s", "AWS S3 (IAM role)", "gcs",
			"Google Cloud Storage", "azure", "Microsoft Azure", "redis", "Redis", "localfiles", "Local files");

	/** How the emulator's API registers a route. */
	@FunctionalInterface
	interface Registrar {

		void route(String method, String pathRegex, BiFunction<Call, Matcher, Reply> handler);

	}

	private final EmulatorState data;

	private final StorageState storages = new StorageState();

	private final JsonMapper json;

	StorageRoutes(EmulatorState data, JsonMapper json) {
		this.data = data;
		this.json = json;
	}

	/** Serve local files from this directory (Label Studio's {@code LOCAL_FILES_DOCUMENT_ROOT}); {@code null} disables them. */
	void documentRoot(@Nullable Path root) {
		this.storages.documentRoot((root != null) ? root.toAbsolutePath().normalize() : null);
	}

	void clear() {
		this.storages.clear();
	}

	/**
	 * Register every storage route, with the SDK's paths (trailing slashes as the server has them). Each
	 * handler also holds this class's own lock, so the storages stay consistent whatever lock the API
	 * serves requests under.
	 * @param api registers one route
	 */
	void register(Registrar api) {
		Registrar registrar = (method, path, handler) -> api.route(method, path, (call, matcher) -> {
			synchronized (this.storages) {
				return handler.apply(call, matcher);
			}
		});
		String id = "(\\d+)";
		registrar.route("GET", "/api/storages/types", (c, m) -> types(StorageState.IMPORT_FIELDS.keySet()));
		registrar.route("GET", "/api/storages/export/types", (c, m) -> types(StorageState.EXPORT_FIELDS.keySet()));
		for (String type : StorageState.IMPORT_FIELDS.keySet()) {
			String base = "/api/storages/" + type;
			// collection paths end in a slash; the server accepts s3s without one too (SDK 1.0.4 sends that)
			String collection = base + (type.equals("s3s") ? "/?" : "/");
			registrar.route("GET", collection, (c, m) -> list("import", type, c));
			registrar.route("POST", collection, (c, m) -> create("import", type, c));
			registrar.route("POST", base + "/validate", (c, m) -> validate("import", type, c));
			registrar.route("GET", base + "/" + id, (c, m) -> get("import", type, id(m)));
			registrar.route("PATCH", base + "/" + id, (c, m) -> update("import", type, id(m), c));
			registrar.route("DELETE", base + "/" + id, (c, m) -> delete("import", type, id(m)));
			registrar.route("POST", base + "/" + id + "/sync", (c, m) -> sync("import", type, id(m)));
		}
		for (String type : StorageState.EXPORT_FIELDS.keySet()) {
			String base = "/api/storages/export/" + type;
			registrar.route("GET", base, (c, m) -> list("export", type, c));
			registrar.route("POST", base, (c, m) -> create("export", type, c));
			registrar.route("POST", base + "/validate", (c, m) -> validate("export", type, c));
			registrar.route("GET", base + "/" + id, (c, m) -> get("export", type, id(m)));
			registrar.route("PATCH", base + "/" + id, (c, m) -> update("export", type, id(m), c));
			registrar.route("DELETE", base + "/" + id, (c, m) -> delete("export", type, id(m)));
			registrar.route("POST", base + "/" + id + "/sync", (c, m) -> sync("export", type, id(m)));
		}
		registrar.route("GET", "/data/local-files/", (c, m) -> localFile(c));
	}

	private static long id(Matcher matcher) {
		try {
			return Long.parseLong(matcher.group(1));
		}
		catch (NumberFormatException ex) {
			throw ApiError.notFound();
		}
	}

	private Reply types(Set<String> types) {
		List<Map<String, Object>> body = new ArrayList<>();
		for (String type : types) {
			body.add(Map.of("name", type, "title", TITLES.get(type)));
		}
		return Reply.json(200, body);
	}

	private Reply list(String direction, String type, Call call) {
		Long project = call.longParam("project");
		if (project == null) {
			throw ApiError.badRequest("query parameter \"project\" is required");
		}
		List<Map<String, Object>> body = new ArrayList<>();
		for (Map<String, Object> storage : new ArrayList<>(this.storages.table(direction, type).values())) {
			if (project.equals(storage.get("project"))) {
				advance(direction, type, storage);
				body.add(render(storage));
			}
		}
		return Reply.json(200, body);
	}

	private Reply create(String direction, String type, Call call) {
		Map<String, Object> body = call.jsonObject();
		long project = this.data.requiredProject(body.get("project"), "project");
		Map<String, Object> fields = fields(direction, type, body);
		checkConnection(direction, type, fields);
		long id = this.storages.nextId(direction, type);
		Map<String, Object> storage = new LinkedHashMap<>();
		storage.put("id", id);
		storage.put("type", type);
		storage.put("project", project);
		storage.put("title", null);
		storage.put("description", null);
		storage.put("created_at", this.data.now());
		storage.put("status", "initialized");
		storage.put("last_sync", null);
		storage.put("last_sync_count", null);
		storage.put("last_sync_job", null);
		storage.put("traceback", null);
		storage.put("meta", new LinkedHashMap<>());
		storage.put("synchronizable", true);
		defaults(direction, type, storage);
		storage.putAll(fields);
		this.storages.table(direction, type).put(id, storage);
		return Reply.json(201, render(storage));
	}

	private Reply validate(String direction, String type, Call call) {
		Map<String, Object> body = call.jsonObject();
		Map<String, Object> fields = new LinkedHashMap<>();
		if (body.get("id") instanceof Number existing) {
			Map<String, Object> stored = this.storages.table(direction, type).get(existing.longValue());
			if (stored != null) {
				fields.putAll(stored);
			}
		}
		fields.putAll(fields(direction, type, body));
		checkConnection(direction, type, fields);
		return Reply.bytes(200, new byte[0], "application/json");
	}

	private Reply get(String direction, String type, long id) {
		Map<String, Object> storage = storage(direction, type, id);
		advance(direction, type, storage);
		return Reply.json(200, render(storage));
	}

	private Reply update(String direction, String type, long id, Call call) {
		Map<String, Object> storage = storage(direction, type, id);
		Map<String, Object> changed = new LinkedHashMap<>(storage);
		changed.putAll(fields(direction, type, call.jsonObject()));
		checkConnection(direction, type, changed);
		storage.putAll(changed);
		return Reply.json(200, render(storage));
	}

	private Reply delete(String direction, String type, long id) {
		storage(direction, type, id);
		this.storages.forget(direction, type, id);
		return Reply.noContent();
	}

	@SuppressWarnings("unchecked")
	private Reply sync(String direction, String type, long id) {
		Map<String, Object> storage = storage(direction, type, id);
		checkConnection(direction, type, storage);
		String status = String.valueOf(storage.get("status"));
		if (!status.equals("queued") && !status.equals("in_progress")) {
			storage.put("status", "queued");
			storage.put("last_sync", null);
			storage.put("last_sync_count", null);
			storage.put("traceback", null);
			Map<String, Object> meta = (Map<String, Object>) storage.get("meta");
			Object attempts = meta.get("attempts");
			meta.clear();
			meta.put("attempts", ((attempts instanceof Number n) ? n.intValue() : 0) + 1);
			meta.put("time_queued", this.data.now());
			storage.put(PENDING, run(direction, type, storage));
		}
		return Reply.json(200, render(storage));
	}

	/**
	 * The sync itself, run when it is queued (a write request, so tasks are created under the API's write
	 * lock); its outcome is reported once the storage has been read through {@code in_progress}.
	 */
	private Outcome run(String direction, String type, Map<String, Object> storage) {
		Map<String, Object> meta = new LinkedHashMap<>();
		try {
			long count = type.equals("localfiles")
					? (direction.equals("import") ? importLocalFiles(storage, meta) : exportLocalFiles(storage, meta)) : 0;
			return new Outcome("completed", count, null, meta);
		}
		catch (SyncFailure ex) {
			return new Outcome("failed", null, ex.getMessage(), meta);
		}
	}

	/** One step of a running sync: queued -> in_progress, in_progress -> the sync itself -> completed or failed. */
	@SuppressWarnings("unchecked")
	private void advance(String direction, String type, Map<String, Object> storage) {
		Map<String, Object> meta = (Map<String, Object>) storage.get("meta");
		String status = String.valueOf(storage.get("status"));
		if (status.equals("queued")) {
			storage.put("status", "in_progress");
			meta.put("time_in_progress", this.data.now());
			return;
		}
		if (!status.equals("in_progress") || !(storage.remove(PENDING) instanceof Outcome outcome)) {
			return;
		}
		storage.put("status", outcome.status());
		storage.put("last_sync_count", outcome.count());
		storage.put("traceback", outcome.traceback());
		meta.putAll(outcome.meta());
		meta.put(outcome.status().equals("failed") ? "time_failure" : "time_completed", this.data.now());
		storage.put("last_sync", this.data.now());
		meta.put("duration", 0.0);
	}

	private Map<String, Object> storage(String direction, String type, long id) {
		Map<String, Object> storage = this.storages.table(direction, type).get(id);
		if (storage == null) {
			throw ApiError.notFound();
		}
		return storage;
	}

	/** The fields of a body this type accepts, checked for their JSON types; others are ignored, as the server does. */
	private static Map<String, Object> fields(String direction, String type, Map<String, Object> body) {
		List<String> accepted = (direction.equals("import") ? StorageState.IMPORT_FIELDS : StorageState.EXPORT_FIELDS)
			.get(type);
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : body.entrySet()) {
			String name = entry.getKey();
			Object value = entry.getValue();
			if (!name.equals("title") && !name.equals("description") && !accepted.contains(name)) {
				continue;
			}
			if (name.equals("title") && value instanceof String title && title.length() > 256) {
				throw ApiError.validation("title", "Ensure this field has no more than 256 characters.");
			}
			if (Set.of("use_blob_urls", "presign", "recursive_scan", "can_delete_objects", "legacy_auth").contains(name)) {
				if (!(value instanceof Boolean)) {
					throw ApiError.validation(name, "Must be a valid boolean.");
				}
			}
			else if (name.equals("presign_ttl") || name.equals("db")) {
				if (!(value instanceof Integer number) || number < 0 || number > 32767) {
					throw ApiError.validation(name, "A valid integer between 0 and 32767 is required.");
				}
			}
			else if (value != null && !(value instanceof String)) {
				throw ApiError.validation(name, "Not a valid string.");
			}
			fields.put(name, value);
		}
		return fields;
	}

	private static void defaults(String direction, String type, Map<String, Object> storage) {
		List<String> accepted = (direction.equals("import") ? StorageState.IMPORT_FIELDS : StorageState.EXPORT_FIELDS)
			.get(type);
		for (String name : accepted) {
			if (StorageState.SECRETS.contains(name)) {
				continue;
			}
			storage.put(name, switch (name) {
				case "use_blob_urls", "recursive_scan", "can_delete_objects", "legacy_auth" -> false;
				case "presign" -> true;
				case "presign_ttl", "db" -> 1;
				default -> null;
			});
		}
	}

	/** What Label Studio's {@code validate_connection} checks, without any network: required fields and local paths. */
	private void checkConnection(String direction, String type, Map<String, Object> fields) {
		switch (type) {
			case "s3", "s3s" -> {
				if (type.equals("s3s")) {
					required(fields, "role_arn");
				}
				required(fields, "bucket");
				boolean key = present(fields, "aws_access_key_id");
				boolean secret = present(fields, "aws_secret_access_key");
				if (key != secret) {
					throw ApiError.validation("non_field_errors",
							"Access Key ID and Secret Access Key must be provided together.");
				}
			}
			case "gcs" -> required(fields, "bucket");
			case "azure" -> required(fields, "container");
			case "redis" -> required(fields, "host");
			case "localfiles" -> localDirectory(fields);
			default -> throw ApiError.notFound();
		}
	}

	private static boolean present(Map<String, Object> fields, String name) {
		return fields.get(name) instanceof String value && !value.isBlank();
	}

	private static void required(Map<String, Object> fields, String name) {
		if (!present(fields, name)) {
			throw ApiError.validation(name, "This field is required.");
		}
	}

	private Path localDirectory(Map<String, Object> fields) {
		Path root = this.storages.documentRoot();
		if (root == null) {
			throw ApiError.validation("non_field_errors", SERVING_DISABLED);
		}
		required(fields, "path");
		String given = String.valueOf(fields.get("path"));
		Path path = Path.of(given).toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw ApiError.validation("non_field_errors", "Path " + given + " does not exist");
		}
		if (!path.startsWith(root) || path.equals(root)) {
			throw ApiError.validation("non_field_errors", "Path " + given + " must start with LOCAL_FILES_DOCUMENT_ROOT="
					+ root + " and must be a child, e.g.: " + root.resolve("abc"));
		}
		if (!Files.isDirectory(path)) {
			throw ApiError.validation("non_field_errors", "Path " + given + " is not a directory");
		}
		return path;
	}

	/** Tasks from the files of the directory not yet imported: JSON (object, array or JSON lines) or, with blob URLs, the file's URL. */
	@SuppressWarnings("unchecked")
	private long importLocalFiles(Map<String, Object> storage, Map<String, Object> meta) {
		Path root = this.storages.documentRoot();
		Path dir = localDirectoryForSync(storage);
		boolean blobUrls = Boolean.TRUE.equals(storage.get("use_blob_urls"));
		Pattern filter = filter(storage.get("regex_filter"));
		long projectId = (Long) storage.get("project");
		Set<String> imported = this.storages.importedKeys("localfiles", (Long) storage.get("id"));
		List<Path> files;
		try (Stream<Path> listing = Boolean.TRUE.equals(storage.get("recursive_scan")) ? Files.walk(dir) : Files.list(dir)) {
			files = listing.filter(Files::isRegularFile)
				.filter((file) -> filter == null || filter.matcher(file.getFileName().toString()).lookingAt())
				.sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).thenComparing(Path::toString))
				.toList();
		}
		catch (IOException ex) {
			throw new SyncFailure("Cannot list " + dir + ": " + ex.getMessage());
		}
		List<Map<String, Object>> tasks = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		int existed = 0;
		for (Path file : files) {
			String key = root.relativize(file).toString().replace('\\', '/');
			if (imported.contains(key)) {
				existed++;
				continue;
			}
			if (blobUrls) {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put(dataKey(projectId), "/data/local-files/?d=" + encodePath(key));
				tasks.add(data);
			}
			else {
				for (Object task : readTasks(file, key)) {
					Map<String, Object> object = (Map<String, Object>) task;
					tasks.add((object.get("data") instanceof Map<?, ?> inner) ? (Map<String, Object>) inner : object);
				}
			}
			keys.add(key);
		}
		for (Map<String, Object> task : tasks) {
			addTask(projectId, task);
		}
		imported.addAll(keys);
		meta.put("tasks_existed", existed);
		return tasks.size();
	}

	private List<?> readTasks(Path file, String key) {
		String notJson = "Can't import JSON-formatted tasks from " + key + ". If you're trying to import binary objects,"
				+ " perhaps you've forgot to enable \"Treat every bucket object as a source file\" option?";
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new SyncFailure("Cannot read " + key + ": " + ex.getMessage());
		}
		try {
			Object value = this.json.readValue(content, Object.class);
			List<?> tasks = (value instanceof List<?> list) ? list : List.of(value);
			for (Object task : tasks) {
				if (!(task instanceof Map<?, ?>)) {
					throw new SyncFailure("Error at " + key + ": a task must be a JSON object, got " + Support.typeName(task));
				}
			}
			return tasks;
		}
		catch (JacksonException ex) {
			List<Object> lines = new ArrayList<>();
			for (String line : new String(content, StandardCharsets.UTF_8).split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				try {
					Object task = this.json.readValue(line, Object.class);
					if (!(task instanceof Map<?, ?>)) {
						throw new SyncFailure(notJson);
					}
					lines.add(task);
				}
				catch (JacksonException notALine) {
					throw new SyncFailure(notJson);
				}
			}
			if (lines.isEmpty()) {
				throw new SyncFailure(notJson);
			}
			return lines;
		}
	}

	/** Each task of the project with at least one annotation, written as {@code <task id>.json}; the count of annotations. */
	private long exportLocalFiles(Map<String, Object> storage, Map<String, Object> meta) {
		Path dir = localDirectoryForSync(storage);
		long projectId = (Long) storage.get("project");
		long annotations = 0;
		for (Map<String, Object> task : annotatedTasks(projectId)) {
			Map<String, Object> rendered = this.data.renderTask(task, true);
			Object list = rendered.get("annotations");
			annotations += (list instanceof List<?> items) ? items.size() : 0;
			try {
				Files.write(dir.resolve(task.get("id") + ".json"), this.json.writeValueAsBytes(rendered));
			}
			catch (IOException ex) {
				throw new SyncFailure("Cannot write " + task.get("id") + ".json to " + dir + ": " + ex.getMessage());
			}
		}
		meta.put("total_annotations", annotations);
		return annotations;
	}

	private Path localDirectoryForSync(Map<String, Object> storage) {
		try {
			return localDirectory(storage);
		}
		catch (ApiError ex) {
			throw new SyncFailure((ex.validationErrors() != null) ? String.join("\n",
					ex.validationErrors().values().stream().flatMap(List::stream).toList()) : ex.detail());
		}
	}

	private static @Nullable Pattern filter(@Nullable Object regex) {
		if (!(regex instanceof String text) || text.isEmpty()) {
			return null;
		}
		try {
			return Pattern.compile(text);
		}
		catch (PatternSyntaxException ex) {
			throw new SyncFailure("Invalid regex_filter " + text + ": " + ex.getDescription());
		}
	}

	private static String encodePath(String key) {
		StringBuilder encoded = new StringBuilder();
		for (String segment : key.split("/", -1)) {
			if (!encoded.isEmpty()) {
				encoded.append('/');
			}
			encoded.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return encoded.toString();
	}

	/** {@code GET /data/local-files/?d=<path under the document root>}: the file's bytes. */
	private Reply localFile(Call call) {
		Path root = this.storages.documentRoot();
		String relative = call.param("d");
		if (root == null || relative == null || relative.isBlank()) {
			throw ApiError.notFound();
		}
		Path file = root.resolve(relative).normalize();
		if (!file.startsWith(root) || !Files.isRegularFile(file)) {
			throw ApiError.notFound();
		}
		try {
			String type = URLConnection.guessContentTypeFromName(file.getFileName().toString());
			return Reply.bytes(200, Files.readAllBytes(file), (type != null) ? type : "application/octet-stream");
		}
		catch (IOException ex) {
			throw ApiError.notFound();
		}
	}

	private static Map<String, Object> render(Map<String, Object> storage) {
		Map<String, Object> out = new LinkedHashMap<>(storage);
		out.keySet().removeAll(StorageState.SECRETS);
		out.remove(PENDING);
		out.put("meta", new LinkedHashMap<>((Map<?, ?>) storage.get("meta")));
		return out;
	}

	// What storages need from the emulator's projects and tasks: the only places this class touches EmulatorState.

	/** The data key a media URL goes under: the label config's only data key, else Label Studio's placeholder. */
	private String dataKey(long projectId) {
		Set<String> keys = LabelConfig.parse(String.valueOf(this.data.project(projectId).get("label_config"))).dataKeys();
		return (keys.size() == 1) ? keys.iterator().next() : DATA_UNDEFINED_NAME;
	}

	private void addTask(long projectId, Map<String, Object> data) {
		this.data.newTask(projectId, new LinkedHashMap<>(data), new LinkedHashMap<>(), null);
	}

	private List<Map<String, Object>> annotatedTasks(long projectId) {
		return this.data.taskIdsOf(projectId).stream()
			.filter((id) -> !this.data.annotationsOf(id).isEmpty())
			.map(this.data::task)
			.toList();
	}

	/** What a queued sync did, reported when it leaves {@code in_progress}. */
	private record Outcome(String status, @Nullable Long count, @Nullable String traceback, Map<String, Object> meta) {
	}

	/** A sync that ends with status {@code failed}; the message becomes the storage's traceback. */
	private static final class SyncFailure extends RuntimeException {

		SyncFailure(String message) {
			super(message, null, false, false);
		}

	}

}
