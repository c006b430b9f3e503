package dev.labelstudio4j.emulator.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Label Studio's API as a WireMock response transformer: each request is routed by method and exact
 * path (trailing slashes included) to a handler that reads and changes the in-memory state and
 * answers with Label Studio's JSON, status codes and error bodies. Thread-safe: requests are served
 * one at a time against the state.
 */
public final class LabelStudioApi implements ResponseDefinitionTransformerV2 {

	/** The transformer's name, referenced by the emulator's catch-all stub. */
	public static final String NAME = "labelstudio-emulator";

	private static final int PROJECT_PAGE_SIZE = 30;

	private static final int TASK_PAGE_SIZE = 100;

	private static final int MAX_TITLE = 50;

	private static final List<String> PROJECT_FIELDS = List.of("title", "description", "label_config",
			"expert_instruction", "show_instruction", "show_skip_button", "enable_empty_annotation",
			"show_annotation_history", "reveal_preannotations_interactively", "show_collab_predictions",
			"maximum_annotations", "color", "control_weights", "workspace", "model_version", "is_draft",
			"is_published", "min_annotations_to_start_training", "sampling", "show_ground_truth_first",
			"show_overlap_first", "overlap_cohort_percentage", "evaluate_predictions_automatically", "pinned_at",
			"skip_queue");

	private static final List<String> USER_FIELDS = List.of("first_name", "last_name", "username", "email",
			"phone", "allow_newsletters", "avatar");

	private static final List<String> ML_FIELDS = List.of("url", "project", "is_interactive", "title",
			"description", "auth_method", "basic_auth_user", "basic_auth_pass", "extra_params", "timeout");

	private static final Set<String> ACTIONS = new LinkedHashSet<>(
			List.of("delete_tasks", "delete_tasks_annotations", "delete_tasks_predictions"));

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EmulatorState state;

	private final JsonMapper json;

	private final Tokens tokens;

	private final String version;

	private final String personalAccessToken;

	private final Duration accessTokenLifetime;

	private volatile String apiKey;

	private final List<Route> routes = new ArrayList<>();

	/**
	 * Create the API with its initial state: the emulator's own user (id 1) and nothing else.
	 * @param clock the clock for timestamps and token expiry
	 * @param apiKey the legacy API key to accept
	 * @param personalAccessToken the personal access token to accept, or {@code null} to generate one
	 * @param accessTokenLifetime the lifetime of the access tokens issued for it
	 * @param version the Label Studio version to report
	 */
	public LabelStudioApi(Clock clock, String apiKey, @Nullable String personalAccessToken,
			Duration accessTokenLifetime, String version) {
		this.state = new EmulatorState(clock);
		this.json = JsonMapper.builder().build();
		this.tokens = new Tokens(this.json, clock);
		this.apiKey = apiKey;
		this.personalAccessToken = (personalAccessToken != null) ? personalAccessToken : this.tokens.refreshToken(1);
		this.accessTokenLifetime = accessTokenLifetime;
		this.version = version;
		this.state.users.put(this.state.nextId("users"), newUser(1, Map.of("username", "emulator", "email",
				"emulator@labelstudio.local", "first_name", "Emulator", "last_name", "User")));
		registerRoutes();
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	/** The legacy API key now in force (it changes on {@code reset-token}). */
	public String apiKey() {
		return this.apiKey;
	}

	/** The personal access token (a refresh JWT). */
	public String personalAccessToken() {
		return this.personalAccessToken;
	}

	/** Forget every project, task, annotation, prediction, view, ML backend, upload and added user. */
	public void reset() {
		this.state.lock.lock();
		try {
			this.state.clear();
		}
		finally {
			this.state.lock.unlock();
		}
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		Request request = serveEvent.getRequest();
		Reply reply;
		this.state.lock.lock();
		try {
			reply = serve(new Call(request, this.json));
		}
		catch (ApiError ex) {
			reply = error(ex);
		}
		catch (RuntimeException ex) {
			reply = error(new ApiError(500, "Internal server error in the Label Studio emulator: "
					+ ex.getClass().getSimpleName(), null));
		}
		finally {
			this.state.lock.unlock();
		}
		return reply.toDefinition(this.json);
	}

	private Reply serve(Call call) {
		boolean pathMatched = false;
		for (Route route : this.routes) {
			Matcher matcher = route.pattern.matcher(call.path);
			if (!matcher.matches()) {
				continue;
			}
			pathMatched = true;
			if (!route.method.equals(call.method)) {
				continue;
			}
			if (route.authenticated) {
				authenticate(call);
			}
			return route.handler.apply(call, matcher);
		}
		if (pathMatched) {
			return error(new ApiError(405, "Method \"" + call.method + "\" not allowed.", null));
		}
		return error(ApiError.notFound());
	}

	private Reply error(ApiError error) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", UUID.randomUUID().toString());
		body.put("status_code", error.status());
		body.put("version", this.version);
		body.put("detail", error.detail());
		body.put("exc_info", null);
		if (error.validationErrors() != null) {
			body.put("validation_errors", error.validationErrors());
		}
		Reply reply = Reply.json(error.status(), body);
		if (error.status() == 401) {
			reply.headers.put("WWW-Authenticate", "Token");
		}
		return reply;
	}

	// ---------------------------------------------------------------- routing

	private void route(String method, String path, BiFunction<Call, Matcher, Reply> handler) {
		this.routes.add(new Route(method, Pattern.compile(path), handler, true));
	}

	private void publicRoute(String method, String path, BiFunction<Call, Matcher, Reply> handler) {
		this.routes.add(new Route(method, Pattern.compile(path), handler, false));
	}

	private void registerRoutes() {
		String id = "(\\d+)";
		publicRoute("GET", "/health/?", (c, m) -> Reply.json(200, Map.of("status", "UP")));
		publicRoute("GET", "/api/version/?", (c, m) -> Reply.json(200, Map.of("release", this.version)));
		publicRoute("POST", "/api/token/refresh/", (c, m) -> refreshToken(c));
		route("GET", "/api/current-user/whoami", (c, m) -> Reply.json(200, renderUser(user(1), true)));
		route("GET", "/api/current-user/token", (c, m) -> Reply.json(200, tokenBody()));
		route("POST", "/api/current-user/reset-token/", (c, m) -> resetToken());
		route("GET", "/api/users/", (c, m) -> Reply.json(200,
				this.state.users.values().stream().map((u) -> renderUser(u, false)).toList()));
		route("POST", "/api/users/", (c, m) -> createUser(c));
		route("GET", "/api/users/" + id + "/", (c, m) -> Reply.json(200, renderUser(user(id(m)), false)));
		route("PATCH", "/api/users/" + id + "/", (c, m) -> updateUser(id(m), c));
		route("DELETE", "/api/users/" + id + "/", (c, m) -> deleteUser(id(m)));

		route("GET", "/api/projects/", (c, m) -> listProjects(c));
		route("POST", "/api/projects/", (c, m) -> createProject(c));
		route("GET", "/api/projects/" + id + "/", (c, m) -> Reply.json(200, renderProject(project(id(m)))));
		route("PATCH", "/api/projects/" + id + "/", (c, m) -> updateProject(id(m), c));
		route("DELETE", "/api/projects/" + id + "/", (c, m) -> deleteProject(id(m)));
		route("POST", "/api/projects/" + id + "/import", (c, m) -> importTasks(id(m), c));
		route("GET", "/api/projects/" + id + "/imports/" + id + "/", (c, m) -> getImport(id(m), id(m, 2)));
		route("POST", "/api/projects/" + id + "/validate/", (c, m) -> validateConfig(id(m), c));
		route("DELETE", "/api/projects/" + id + "/tasks/", (c, m) -> deleteAllTasks(id(m)));
		route("GET", "/api/projects/" + id + "/file-uploads", (c, m) -> listFileUploads(id(m), c));
		route("DELETE", "/api/projects/" + id + "/file-uploads", (c, m) -> deleteFileUploads(id(m), c));

		route("GET", "/api/tasks/", (c, m) -> listTasks(c));
		route("POST", "/api/tasks/", (c, m) -> createTask(c));
		route("GET", "/api/tasks/" + id + "/", (c, m) -> Reply.json(200, renderTask(task(id(m)), true)));
		route("PATCH", "/api/tasks/" + id + "/", (c, m) -> updateTask(id(m), c));
		route("DELETE", "/api/tasks/" + id + "/", (c, m) -> deleteTask(id(m)));

		route("GET", "/api/tasks/" + id + "/annotations/", (c, m) -> listAnnotations(id(m)));
		route("POST", "/api/tasks/" + id + "/annotations/", (c, m) -> createAnnotation(id(m), c));
		route("GET", "/api/annotations/" + id + "/", (c, m) -> Reply.json(200, renderAnnotation(annotation(id(m)))));
		route("PATCH", "/api/annotations/" + id + "/", (c, m) -> updateAnnotation(id(m), c));
		route("DELETE", "/api/annotations/" + id + "/", (c, m) -> deleteAnnotation(id(m)));

		route("GET", "/api/predictions/", (c, m) -> listPredictions(c));
		route("POST", "/api/predictions/", (c, m) -> createPrediction(c));
		route("GET", "/api/predictions/" + id + "/", (c, m) -> Reply.json(200, renderPrediction(prediction(id(m)))));
		route("PATCH", "/api/predictions/" + id + "/", (c, m) -> updatePrediction(id(m), c));
		route("DELETE", "/api/predictions/" + id + "/", (c, m) -> deletePrediction(id(m)));

		route("GET", "/api/dm/views/", (c, m) -> listViews(c));
		route("POST", "/api/dm/views/", (c, m) -> createView(c));
		route("DELETE", "/api/dm/views/reset/", (c, m) -> resetViews(c));
		route("GET", "/api/dm/views/" + id + "/", (c, m) -> Reply.json(200, view(id(m))));
		route("PATCH", "/api/dm/views/" + id + "/", (c, m) -> updateView(id(m), c));
		route("DELETE", "/api/dm/views/" + id + "/", (c, m) -> deleteView(id(m)));

		route("GET", "/api/dm/actions/", (c, m) -> Reply.json(200, actions()));
		route("POST", "/api/dm/actions/", (c, m) -> performAction(c));

		route("GET", "/api/ml/", (c, m) -> listMlBackends(c));
		route("POST", "/api/ml/", (c, m) -> createMlBackend(c));
		route("GET", "/api/ml/" + id, (c, m) -> Reply.json(200, renderMl(mlBackend(id(m)))));
		route("PATCH", "/api/ml/" + id, (c, m) -> updateMlBackend(id(m), c));
		route("DELETE", "/api/ml/" + id, (c, m) -> deleteMlBackend(id(m)));
		route("POST", "/api/ml/" + id + "/train", (c, m) -> trainMlBackend(id(m)));
		route("POST", "/api/ml/" + id + "/interactive-annotating", (c, m) -> predictInteractive(id(m), c));
		route("GET", "/api/ml/" + id + "/versions", (c, m) -> mlVersions(id(m)));

		route("GET", "/api/import/file-upload/" + id, (c, m) -> Reply.json(200, renderFileUpload(fileUpload(id(m)))));
		route("PATCH", "/api/import/file-upload/" + id, (c, m) -> updateFileUpload(id(m), c));
		route("DELETE", "/api/import/file-upload/" + id, (c, m) -> deleteFileUpload(id(m)));
		route("GET", "/data/upload/(.+)", (c, m) -> download(m.group(1)));
	}

	private static long id(Matcher matcher) {
		return id(matcher, 1);
	}

	private static long id(Matcher matcher, int group) {
		try {
			return Long.parseLong(matcher.group(group));
		}
		catch (NumberFormatException ex) {
			throw ApiError.notFound();
		}
	}

	// ---------------------------------------------------------------- authentication

	private void authenticate(Call call) {
		String authorization = call.header("Authorization");
		if (authorization == null || authorization.isBlank()) {
			throw new ApiError(401, "Authentication credentials were not provided.", null);
		}
		if (authorization.startsWith("Token ")) {
			if (!constantTimeEquals(authorization.substring(6).strip(), this.apiKey)) {
				throw new ApiError(401, "Invalid token.", null);
			}
			return;
		}
		if (authorization.startsWith("Bearer ")) {
			if (this.tokens.verify(authorization.substring(7).strip(), "access") == null) {
				throw new ApiError(401, "Given token not valid for any token type", null);
			}
			return;
		}
		throw new ApiError(401, "Authentication credentials were not provided.", null);
	}

	private static boolean constantTimeEquals(String given, String expected) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8));
	}

	private Reply refreshToken(Call call) {
		Object refresh = call.jsonObject().get("refresh");
		if (!(refresh instanceof String token) || token.isBlank()) {
			throw ApiError.validation("refresh", "This field is required.");
		}
		if (!constantTimeEquals(token, this.personalAccessToken)) {
			throw new ApiError(401, "Token is invalid or expired", null);
		}
		return Reply.json(200, Map.of("access", this.tokens.accessToken(1, this.accessTokenLifetime)));
	}

	private Map<String, Object> tokenBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token", this.apiKey);
		body.put("detail", this.apiKey);
		return body;
	}

	private Reply resetToken() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		this.apiKey = HexFormat.of().formatHex(bytes);
		return Reply.json(201, Map.of("token", this.apiKey));
	}

	// ---------------------------------------------------------------- users

	private Map<String, Object> newUser(long id, Map<String, Object> fields) {
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("id", id);
		user.put("first_name", "");
		user.put("last_name", "");
		user.put("username", "");
		user.put("email", "");
		user.put("phone", "");
		user.put("avatar", "");
		user.put("allow_newsletters", null);
		user.put("date_joined", this.state.now());
		user.put("last_activity", this.state.now());
		user.putAll(fields);
		return user;
	}

	private Map<String, Object> user(long id) {
		Map<String, Object> user = this.state.users.get(id);
		if (user == null) {
			throw ApiError.notFound();
		}
		return user;
	}

	private Map<String, Object> renderUser(Map<String, Object> user, boolean whoami) {
		Map<String, Object> out = new LinkedHashMap<>(user);
		String first = String.valueOf(user.get("first_name"));
		String last = String.valueOf(user.get("last_name"));
		String initials = (!first.isEmpty() && !last.isEmpty()) ? ("" + first.charAt(0) + last.charAt(0))
				: String.valueOf(user.get("email")).substring(0, Math.min(2, String.valueOf(user.get("email")).length()));
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

	private Reply createUser(Call call) {
		Map<String, Object> body = call.jsonObject();
		Map<String, Object> fields = userFields(body, null);
		if (!fields.containsKey("username") && fields.get("email") instanceof String email) {
			fields.put("username", email);
		}
		if (!(fields.get("username") instanceof String username) || username.isBlank()) {
			throw ApiError.validation("username", "This field is required.");
		}
		long id = this.state.nextId("users");
		Map<String, Object> user = newUser(id, fields);
		this.state.users.put(id, user);
		return Reply.json(201, renderUser(user, false));
	}

	private Reply updateUser(long id, Call call) {
		Map<String, Object> user = user(id);
		user.putAll(userFields(call.jsonObject(), id));
		return Reply.json(200, renderUser(user, false));
	}

	private Map<String, Object> userFields(Map<String, Object> body, @Nullable Long self) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String name : USER_FIELDS) {
			if (body.containsKey(name)) {
				Object value = body.get(name);
				if (!name.equals("allow_newsletters") && value != null && !(value instanceof String)) {
					throw ApiError.validation(name, "Not a valid string.");
				}
				fields.put(name, value);
			}
		}
		if (fields.get("email") instanceof String email && !email.isEmpty()) {
			if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw ApiError.validation("email", "Enter a valid email address.");
			}
			boolean taken = this.state.users.values().stream()
				.anyMatch((u) -> email.equalsIgnoreCase(String.valueOf(u.get("email"))) && !u.get("id").equals(self));
			if (taken) {
				throw ApiError.validation("email", "user with this email address already exists.");
			}
		}
		return fields;
	}

	private Reply deleteUser(long id) {
		user(id);
		if (id == 1) {
			throw new ApiError(403, "You do not have permission to perform this action.", null);
		}
		this.state.users.remove(id);
		return Reply.noContent();
	}

	// ---------------------------------------------------------------- projects

	private Map<String, Object> project(long id) {
		Map<String, Object> project = this.state.projects.get(id);
		if (project == null) {
			throw ApiError.notFound();
		}
		return project;
	}

	private Reply listProjects(Call call) {
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
		int pageSize = pageSize(call, PROJECT_PAGE_SIZE);
		int page = page(call);
		List<Map<String, Object>> slice = slice(projects, page, pageSize);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("count", projects.size());
		body.put("next", ((long) page * pageSize < projects.size()) ? pageLink(call, page + 1, pageSize) : null);
		body.put("previous", (page > 1) ? pageLink(call, page - 1, pageSize) : null);
		body.put("results", slice.stream().map(this::renderProject).toList());
		return Reply.json(200, body);
	}

	private static int page(Call call) {
		Long page = call.longParam("page");
		if (page == null) {
			return 1;
		}
		if (page < 1) {
			throw new ApiError(404, "Invalid page.", null);
		}
		return page.intValue();
	}

	private static int pageSize(Call call, int defaultSize) {
		Long size = call.longParam("page_size");
		return (size == null || size < 1) ? defaultSize : (int) Math.min(size, 10_000);
	}

	/** A page (from 1) of the items; 404 "Invalid page." past the end (page 1 is always valid). */
	private static <T> List<T> slice(List<T> items, int page, int pageSize) {
		long from = (long) (page - 1) * pageSize;
		if (page > 1 && from >= items.size()) {
			throw new ApiError(404, "Invalid page.", null);
		}
		return items.subList((int) Math.min(from, items.size()), (int) Math.min(from + pageSize, items.size()));
	}

	private static String pageLink(Call call, int page, int pageSize) {
		StringBuilder link = new StringBuilder(call.baseUrl).append(call.path).append("?");
		call.query.forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("page_size")) {
				values.forEach((value) -> link.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
					.append('&'));
			}
		});
		return link.append("page=").append(page).append("&page_size=").append(pageSize).toString();
	}

	private Reply createProject(Call call) {
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
		return Reply.json(201, renderProject(project));
	}

	private Map<String, Object> projectFields(Map<String, Object> body) {
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

	private Reply updateProject(long id, Call call) {
		Map<String, Object> project = project(id);
		project.putAll(projectFields(call.jsonObject()));
		return Reply.json(200, renderProject(project));
	}

	private Reply deleteProject(long id) {
		project(id);
		this.state.projects.remove(id);
		List<Long> taskIds = tasksOf(id).stream().map((t) -> (Long) t.get("id")).toList();
		taskIds.forEach(this::removeTask);
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
		return Reply.noContent();
	}

	private Map<String, Object> renderProject(Map<String, Object> project) {
		long id = (Long) project.get("id");
		List<Map<String, Object>> tasks = tasksOf(id);
		List<Map<String, Object>> annotations = this.state.annotations.values().stream()
			.filter((a) -> Long.valueOf(id).equals(a.get("project")))
			.toList();
		long cancelled = annotations.stream().filter((a) -> Boolean.TRUE.equals(a.get("was_cancelled"))).count();
		long groundTruth = annotations.stream().filter((a) -> Boolean.TRUE.equals(a.get("ground_truth"))).count();
		long total = annotations.size() - cancelled;
		long withAnnotations = tasks.stream().filter((t) -> annotationCount(t, false) > 0).count();
		long finished = tasks.stream().filter(this::isLabeled).count();
		long predictions = this.state.predictions.values().stream()
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

	private static String shorten(String text) {
		return (text.length() > 100) ? text.substring(0, 100) + "..." : text;
	}

	private Reply validateConfig(long id, Call call) {
		project(id);
		Object config = call.jsonObject().get("label_config");
		if (!(config instanceof String text)) {
			throw ApiError.validation("label_config", "This field is required.");
		}
		LabelConfig.parse(text);
		return Reply.json(200, Map.of("label_config", text));
	}

	// ---------------------------------------------------------------- import

	private Reply importTasks(long projectId, Call call) {
		Map<String, Object> project = project(projectId);
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
				long uploadId = storeUpload(projectId, filename, content);
				uploadIds.add(uploadId);
				String extension = extension(filename);
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
			columns.addAll(asMap(parsed.get(i).get("data")).keySet());
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
			Map<String, Object> task = newTask(projectId, asMap(item.get("data")), asMap(item.get("meta")),
					uploadOf.get(items.get(i)));
			long taskId = (Long) task.get("id");
			taskIds.add(taskId);
			for (Object annotation : annotations) {
				newAnnotation(task, asMap(annotation));
			}
			for (Object prediction : predictions) {
				Map<String, Object> fields = asMap(prediction);
				fields.put("task", taskId);
				newPrediction(fields);
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
		return Reply.json(201, body);
	}

	private void recordImport(long projectId, boolean commit, boolean returnIds, Map<String, Object> result,
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

	private Reply getImport(long projectId, long importId) {
		project(projectId);
		Map<String, Object> record = this.state.imports.get(importId);
		if (record == null || !Long.valueOf(projectId).equals(record.get("project"))) {
			throw ApiError.notFound();
		}
		return Reply.json(200, record);
	}

	private Map<String, Object> parseImportItem(Object item, int index, LabelConfig config) {
		if (!(item instanceof Map<?, ?> raw)) {
			throw ApiError.validation("non_field_errors",
					"Task #" + (index + 1) + ": a task must be a JSON object, not " + typeName(item));
		}
		Map<String, Object> map = asMap(raw);
		Map<String, Object> out = new LinkedHashMap<>();
		Map<String, Object> data;
		if (map.get("data") instanceof Map<?, ?> nested) {
			data = asMap(nested);
			out.put("meta", (map.get("meta") instanceof Map<?, ?> meta) ? asMap(meta) : new LinkedHashMap<>());
			out.put("annotations", listOrEmpty(map.get("annotations"), "annotations"));
			out.put("predictions", listOrEmpty(map.get("predictions"), "predictions"));
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

	private static List<?> listOrEmpty(@Nullable Object value, String field) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw ApiError.validation(field, "Expected a list of items but got type \"" + typeName(value) + "\".");
		}
		return list;
	}

	private static String typeName(@Nullable Object value) {
		if (value instanceof String) {
			return "str";
		}
		if (value instanceof Number) {
			return "int";
		}
		if (value instanceof List) {
			return "list";
		}
		if (value instanceof Map) {
			return "dict";
		}
		return (value == null) ? "null" : "bool";
	}

	private long storeUpload(long projectId, String filename, byte[] content) {
		long id = this.state.nextId("file_uploads");
		String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
		String prefix = UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> upload = new LinkedHashMap<>();
		upload.put("id", id);
		upload.put("project", projectId);
		upload.put("file", "upload/" + projectId + "/" + prefix + "-" + safe);
		this.state.fileUploads.put(id, upload);
		this.state.fileContents.put(id, content);
		return id;
	}

	private static String extension(String filename) {
		int dot = filename.lastIndexOf('.');
		return (dot >= 0) ? filename.substring(dot).toLowerCase(Locale.ROOT) : "";
	}

	private List<Object> tasksFromFile(String extension, byte[] content, LabelConfig config, long uploadId) {
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

	// ---------------------------------------------------------------- tasks

	private Map<String, Object> task(long id) {
		Map<String, Object> task = this.state.tasks.get(id);
		if (task == null) {
			throw ApiError.notFound();
		}
		return task;
	}

	private List<Map<String, Object>> tasksOf(long projectId) {
		return this.state.tasks.values().stream().filter((t) -> Long.valueOf(projectId).equals(t.get("project")))
			.toList();
	}

	private Map<String, Object> newTask(long projectId, Map<String, Object> data, Map<String, Object> meta,
			@Nullable Long fileUpload) {
		long id = this.state.nextId("tasks");
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("id", id);
		task.put("data", data);
		task.put("meta", meta);
		task.put("created_at", this.state.now());
		task.put("updated_at", this.state.now());
		task.put("project", projectId);
		task.put("inner_id", tasksOf(projectId).size() + 1L);
		task.put("file_upload", fileUpload);
		this.state.tasks.put(id, task);
		return task;
	}

	private List<Map<String, Object>> annotationsOf(long taskId) {
		return this.state.annotations.values().stream().filter((a) -> Long.valueOf(taskId).equals(a.get("task")))
			.toList();
	}

	private List<Map<String, Object>> predictionsOf(long taskId) {
		return this.state.predictions.values().stream().filter((p) -> Long.valueOf(taskId).equals(p.get("task")))
			.toList();
	}

	private long annotationCount(Map<String, Object> task, boolean cancelled) {
		return annotationsOf((Long) task.get("id")).stream()
			.filter((a) -> cancelled == Boolean.TRUE.equals(a.get("was_cancelled")))
			.count();
	}

	private boolean isLabeled(Map<String, Object> task) {
		Map<String, Object> project = this.state.projects.get((Long) task.get("project"));
		long maximum = (project != null && project.get("maximum_annotations") instanceof Number n) ? n.longValue() : 1;
		return annotationCount(task, false) >= maximum;
	}

	private Map<String, Object> renderTask(Map<String, Object> task, boolean withRelated) {
		long id = (Long) task.get("id");
		List<Map<String, Object>> annotations = annotationsOf(id);
		List<Map<String, Object>> predictions = predictionsOf(id);
		Map<String, Object> out = new LinkedHashMap<>(task);
		Object upload = task.get("file_upload");
		out.put("file_upload", (upload != null && this.state.fileUploads.get((Long) upload) != null)
				? this.state.fileUploads.get((Long) upload).get("file") : null);
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
		out.put("completed_at", annotations.isEmpty() ? null : annotations.get(annotations.size() - 1).get("created_at"));
		if (withRelated) {
			out.put("annotations", annotations.stream().map(this::renderAnnotation).toList());
			out.put("predictions", predictions.stream().map(this::renderPrediction).toList());
			out.put("drafts", List.of());
		}
		return out;
	}

	private Reply listTasks(Call call) {
		Long projectId = call.longParam("project");
		refuseFilters(call);
		List<Map<String, Object>> tasks = (projectId != null) ? tasksOf(projectId)
				: new ArrayList<>(this.state.tasks.values());
		if (call.booleanParam("only_annotated", false)) {
			tasks = tasks.stream().filter((t) -> annotationCount(t, false) > 0).toList();
		}
		boolean all = "all".equals(call.param("fields"));
		int page = page(call);
		int pageSize = pageSize(call, TASK_PAGE_SIZE);
		List<Map<String, Object>> slice = slice(tasks, page, pageSize);
		long annotations = tasks.stream().mapToLong((t) -> annotationCount(t, false)).sum();
		long predictions = tasks.stream().mapToLong((t) -> predictionsOf((Long) t.get("id")).size()).sum();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("tasks", slice.stream().map((t) -> renderTask(t, all)).toList());
		body.put("total", tasks.size());
		body.put("total_annotations", annotations);
		body.put("total_predictions", predictions);
		return Reply.json(200, body);
	}

	private Reply createTask(Call call) {
		Map<String, Object> body = call.jsonObject();
		Long projectId = requiredProject(body.get("project"), "project");
		Object data = body.get("data");
		if (!(data instanceof Map<?, ?> map)) {
			throw ApiError.validation("data", (data == null) ? "This field is required." : "Expected a dictionary.");
		}
		Map<String, Object> meta = (body.get("meta") instanceof Map<?, ?> m) ? asMap(m) : new LinkedHashMap<>();
		Map<String, Object> task = newTask(projectId, asMap(map), meta, null);
		return Reply.json(201, renderTask(task, false));
	}

	private Long requiredProject(@Nullable Object value, String field) {
		if (value == null) {
			throw ApiError.validation(field, "This field is required.");
		}
		if (!(value instanceof Number number) || !this.state.projects.containsKey(number.longValue())) {
			throw ApiError.validation(field, "Invalid pk \"" + value + "\" - object does not exist.");
		}
		return number.longValue();
	}

	private Reply updateTask(long id, Call call) {
		Map<String, Object> task = task(id);
		Map<String, Object> body = call.jsonObject();
		if (body.containsKey("data")) {
			if (!(body.get("data") instanceof Map<?, ?> data)) {
				throw ApiError.validation("data", "Expected a dictionary.");
			}
			task.put("data", asMap(data));
		}
		if (body.get("meta") instanceof Map<?, ?> meta) {
			task.put("meta", asMap(meta));
		}
		if (body.containsKey("project")) {
			task.put("project", requiredProject(body.get("project"), "project"));
		}
		task.put("updated_at", this.state.now());
		return Reply.json(200, renderTask(task, false));
	}

	private Reply deleteTask(long id) {
		task(id);
		removeTask(id);
		return Reply.noContent();
	}

	private void removeTask(long id) {
		this.state.tasks.remove(id);
		this.state.annotations.values().removeIf((a) -> Long.valueOf(id).equals(a.get("task")));
		this.state.predictions.values().removeIf((p) -> Long.valueOf(id).equals(p.get("task")));
	}

	private Reply deleteAllTasks(long projectId) {
		project(projectId);
		tasksOf(projectId).stream().map((t) -> (Long) t.get("id")).toList().forEach(this::removeTask);
		return Reply.noContent();
	}

	// ---------------------------------------------------------------- annotations

	private Map<String, Object> annotation(long id) {
		Map<String, Object> annotation = this.state.annotations.get(id);
		if (annotation == null) {
			throw ApiError.notFound();
		}
		return annotation;
	}

	private Reply listAnnotations(long taskId) {
		task(taskId);
		return Reply.json(200, annotationsOf(taskId).stream().map(this::renderAnnotation).toList());
	}

	private Reply createAnnotation(long taskId, Call call) {
		Map<String, Object> task = task(taskId);
		Map<String, Object> annotation = newAnnotation(task, call.jsonObject());
		return Reply.json(201, renderAnnotation(annotation));
	}

	private Map<String, Object> newAnnotation(Map<String, Object> task, Map<String, Object> body) {
		Object result = body.getOrDefault("result", List.of());
		if (!(result instanceof List<?>)) {
			throw ApiError.validation("result", "Expected a list of items but got type \"" + typeName(result) + "\".");
		}
		long id = this.state.nextId("annotations");
		Map<String, Object> annotation = new LinkedHashMap<>();
		annotation.put("id", id);
		annotation.put("result", result);
		annotation.put("completed_by", (body.get("completed_by") instanceof Number user) ? user.longValue() : 1L);
		annotation.put("unique_id", UUID.randomUUID().toString());
		annotation.put("was_cancelled", Boolean.TRUE.equals(body.get("was_cancelled")));
		annotation.put("ground_truth", Boolean.TRUE.equals(body.get("ground_truth")));
		annotation.put("created_at", this.state.now());
		annotation.put("updated_at", this.state.now());
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
		this.state.annotations.put(id, annotation);
		task.put("updated_at", this.state.now());
		return annotation;
	}

	private Map<String, Object> renderAnnotation(Map<String, Object> annotation) {
		Map<String, Object> out = new LinkedHashMap<>(annotation);
		Map<String, Object> user = this.state.users.get((Long) annotation.get("completed_by"));
		out.put("created_username", ((user != null) ? user.get("email") : "") + ", " + annotation.get("completed_by"));
		out.put("created_ago", "0\u00a0minutes");
		out.put("state", "");
		return out;
	}

	private Reply updateAnnotation(long id, Call call) {
		Map<String, Object> annotation = annotation(id);
		Map<String, Object> body = call.jsonObject();
		if (body.containsKey("result")) {
			if (!(body.get("result") instanceof List<?> result)) {
				throw ApiError.validation("result", "Expected a list of items but got type \""
						+ typeName(body.get("result")) + "\".");
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
		return Reply.json(200, renderAnnotation(annotation));
	}

	private Reply deleteAnnotation(long id) {
		annotation(id);
		this.state.annotations.remove(id);
		return Reply.noContent();
	}

	// ---------------------------------------------------------------- predictions

	private Map<String, Object> prediction(long id) {
		Map<String, Object> prediction = this.state.predictions.get(id);
		if (prediction == null) {
			throw ApiError.notFound();
		}
		return prediction;
	}

	private Reply listPredictions(Call call) {
		Long task = call.longParam("task");
		Long project = call.longParam("project");
		return Reply.json(200, this.state.predictions.values().stream()
			.filter((p) -> task == null || task.equals(p.get("task")))
			.filter((p) -> project == null || project.equals(p.get("project")))
			.map(this::renderPrediction)
			.toList());
	}

	private Reply createPrediction(Call call) {
		Map<String, Object> body = call.jsonObject();
		Object task = body.get("task");
		if (task == null) {
			throw ApiError.validation("task", "This field is required.");
		}
		if (!(task instanceof Number number) || !this.state.tasks.containsKey(number.longValue())) {
			throw ApiError.validation("task", "Invalid pk \"" + task + "\" - object does not exist.");
		}
		body.put("task", number.longValue());
		return Reply.json(201, renderPrediction(newPrediction(body)));
	}

	private Map<String, Object> newPrediction(Map<String, Object> body) {
		Object result = body.get("result");
		if (result == null) {
			throw ApiError.validation("result", "This field is required.");
		}
		if (!(result instanceof List<?>)) {
			throw ApiError.validation("result", "Expected a list of items but got type \"" + typeName(result) + "\".");
		}
		long taskId = (Long) body.get("task");
		long id = this.state.nextId("predictions");
		Map<String, Object> prediction = new LinkedHashMap<>();
		prediction.put("id", id);
		prediction.put("result", result);
		prediction.put("model_version", (body.get("model_version") instanceof String v) ? v : "");
		prediction.put("score", (body.get("score") instanceof Number score) ? score.doubleValue() : null);
		prediction.put("cluster", null);
		prediction.put("neighbors", null);
		prediction.put("mislabeling", 0.0);
		prediction.put("created_at", this.state.now());
		prediction.put("updated_at", this.state.now());
		prediction.put("model", null);
		prediction.put("model_run", null);
		prediction.put("task", taskId);
		prediction.put("project", this.state.tasks.get(taskId).get("project"));
		this.state.predictions.put(id, prediction);
		return prediction;
	}

	private Map<String, Object> renderPrediction(Map<String, Object> prediction) {
		Map<String, Object> out = new LinkedHashMap<>(prediction);
		out.put("created_ago", "0\u00a0minutes");
		return out;
	}

	private Reply updatePrediction(long id, Call call) {
		Map<String, Object> prediction = prediction(id);
		Map<String, Object> body = call.jsonObject();
		if (body.containsKey("result")) {
			if (!(body.get("result") instanceof List<?> result)) {
				throw ApiError.validation("result", "Expected a list of items but got type \""
						+ typeName(body.get("result")) + "\".");
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
		return Reply.json(200, renderPrediction(prediction));
	}

	private Reply deletePrediction(long id) {
		prediction(id);
		this.state.predictions.remove(id);
		return Reply.noContent();
	}

	// ---------------------------------------------------------------- views

	private Map<String, Object> view(long id) {
		Map<String, Object> view = this.state.views.get(id);
		if (view == null) {
			throw ApiError.notFound();
		}
		return view;
	}

	private Reply listViews(Call call) {
		Long project = call.longParam("project");
		return Reply.json(200, this.state.views.values().stream()
			.filter((v) -> project == null || project.equals(v.get("project")))
			.toList());
	}

	private Reply createView(Call call) {
		Map<String, Object> body = call.jsonObject();
		long project = requiredProject(body.get("project"), "project");
		long id = this.state.nextId("views");
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", id);
		view.put("data", (body.get("data") instanceof Map<?, ?> data) ? asMap(data) : new LinkedHashMap<>());
		view.put("ordering", null);
		view.put("selected_items", null);
		view.put("user", 1);
		view.put("project", project);
		view.put("order", null);
		this.state.views.put(id, view);
		return Reply.json(201, view);
	}

	private Reply updateView(long id, Call call) {
		Map<String, Object> view = view(id);
		Map<String, Object> body = call.jsonObject();
		if (body.get("data") instanceof Map<?, ?> data) {
			view.put("data", asMap(data));
		}
		if (body.containsKey("project")) {
			view.put("project", requiredProject(body.get("project"), "project"));
		}
		return Reply.json(200, view);
	}

	private Reply deleteView(long id) {
		view(id);
		this.state.views.remove(id);
		return Reply.noContent();
	}

	private Reply resetViews(Call call) {
		long project = requiredProject(call.jsonObject().get("project"), "project");
		this.state.views.values().removeIf((v) -> Long.valueOf(project).equals(v.get("project")));
		return Reply.noContent();
	}

	// ---------------------------------------------------------------- actions

	private List<Map<String, Object>> actions() {
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

	private Reply performAction(Call call) {
		String action = call.param("id");
		if (action == null || action.isBlank()) {
			throw ApiError.validation("id", "This field is required.");
		}
		Long projectId = call.longParam("project");
		if (projectId == null) {
			throw ApiError.validation("project", "This field is required.");
		}
		project(projectId);
		if (!ACTIONS.contains(action)) {
			throw ApiError.badRequest("Can't find '" + action + "' in registered actions");
		}
		Map<String, Object> body = call.jsonObject();
		Long viewId = call.longParam("view");
		Map<String, Object> viewData = (viewId != null) ? asMap(view(viewId).get("data")) : Map.of();
		if (hasFilterItems(body.get("filters")) || hasFilterItems(viewData.get("filters"))) {
			throw ApiError.badRequest("Data Manager filters are not supported by the Label Studio emulator:"
					+ " select tasks with selectedItems");
		}
		Object selected = body.containsKey("selectedItems") ? body.get("selectedItems")
				: viewData.getOrDefault("selectedItems", Map.of("all", true, "excluded", List.of()));
		if (!(selected instanceof Map<?, ?>)) {
			throw ApiError.validation("selectedItems", "Expected a dictionary.");
		}
		Set<Long> chosen = selectedTasks(projectId, asMap(selected));
		int processed;
		Map<String, Object> answer = new LinkedHashMap<>();
		if (action.equals("delete_tasks")) {
			chosen.forEach(this::removeTask);
			processed = chosen.size();
			answer.put("processed_items", processed);
			answer.put("reload", true);
			return Reply.json(200, answer);
		}
		Map<Long, Map<String, Object>> store = action.equals("delete_tasks_annotations") ? this.state.annotations
				: this.state.predictions;
		int before = store.size();
		store.values().removeIf((item) -> chosen.contains(item.get("task")));
		processed = before - store.size();
		answer.put("processed_items", processed);
		answer.put("detail", "Deleted " + processed
				+ (action.equals("delete_tasks_annotations") ? " annotations" : " predictions"));
		return Reply.json(200, answer);
	}

	/** Task lists filtered by a view's or a query's Data Manager filters are refused, not answered wrongly. */
	private void refuseFilters(Call call) {
		Long viewId = call.longParam("view");
		Object viewFilters = (viewId != null) ? asMap(view(viewId).get("data")).get("filters") : null;
		Object queryFilters = null;
		String query = call.param("query");
		if (query != null && !query.isBlank()) {
			try {
				queryFilters = asMap(this.json.readValue(query, Map.class)).get("filters");
			}
			catch (RuntimeException ex) {
				throw ApiError.validation("query", "Must be a JSON object.");
			}
		}
		if (hasFilterItems(viewFilters) || hasFilterItems(queryFilters)) {
			throw ApiError.badRequest("Data Manager filters are not supported by the Label Studio emulator");
		}
	}

	private static boolean hasFilterItems(@Nullable Object filters) {
		return filters instanceof Map<?, ?> map && map.get("items") instanceof List<?> items && !items.isEmpty();
	}

	private Set<Long> selectedTasks(long projectId, Map<String, Object> selected) {
		Set<Long> projectTasks = tasksOf(projectId).stream().map((t) -> (Long) t.get("id"))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (Boolean.TRUE.equals(selected.get("all"))) {
			Set<Long> excluded = ids(selected.get("excluded"));
			projectTasks.removeAll(excluded);
			return projectTasks;
		}
		Set<Long> included = ids(selected.get("included"));
		included.retainAll(projectTasks);
		return included;
	}

	private static Set<Long> ids(@Nullable Object value) {
		Set<Long> ids = new LinkedHashSet<>();
		if (value instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Number number) {
					ids.add(number.longValue());
				}
			}
		}
		return ids;
	}

	// ---------------------------------------------------------------- ml

	private Map<String, Object> mlBackend(long id) {
		Map<String, Object> backend = this.state.mlBackends.get(id);
		if (backend == null) {
			throw ApiError.notFound();
		}
		return backend;
	}

	private Reply listMlBackends(Call call) {
		Long project = call.longParam("project");
		return Reply.json(200, this.state.mlBackends.values().stream()
			.filter((b) -> project == null || project.equals(b.get("project")))
			.map(this::renderMl)
			.toList());
	}

	private Map<String, Object> mlFields(Map<String, Object> body) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String name : ML_FIELDS) {
			if (body.containsKey(name)) {
				fields.put(name, body.get(name));
			}
		}
		if (fields.containsKey("url") && (!(fields.get("url") instanceof String url) || url.isBlank())) {
			throw ApiError.validation("url", "This field may not be blank.");
		}
		if (fields.containsKey("project")) {
			fields.put("project", requiredProject(fields.get("project"), "project"));
		}
		if (fields.containsKey("auth_method") && !List.of("NONE", "BASIC_AUTH").contains(fields.get("auth_method"))) {
			throw ApiError.validation("auth_method", "\"" + fields.get("auth_method") + "\" is not a valid choice.");
		}
		return fields;
	}

	private Reply createMlBackend(Call call) {
		Map<String, Object> fields = mlFields(call.jsonObject());
		if (!fields.containsKey("url")) {
			throw ApiError.validation("url", "This field is required.");
		}
		if (!fields.containsKey("project")) {
			throw ApiError.validation("project", "This field is required.");
		}
		long id = this.state.nextId("ml");
		Map<String, Object> backend = new LinkedHashMap<>();
		backend.put("id", id);
		backend.put("state", "CO");
		backend.put("is_interactive", false);
		backend.put("error_message", null);
		backend.put("title", "default");
		backend.put("auth_method", "NONE");
		backend.put("basic_auth_user", null);
		backend.put("basic_auth_pass", null);
		backend.put("description", "");
		backend.put("extra_params", null);
		backend.put("model_version", "");
		backend.put("timeout", 100.0);
		backend.put("created_at", this.state.now());
		backend.put("updated_at", this.state.now());
		backend.put("auto_update", true);
		backend.putAll(fields);
		this.state.mlBackends.put(id, backend);
		return Reply.json(201, renderMl(backend));
	}

	private Map<String, Object> renderMl(Map<String, Object> backend) {
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

	private Reply updateMlBackend(long id, Call call) {
		Map<String, Object> backend = mlBackend(id);
		backend.putAll(mlFields(call.jsonObject()));
		backend.put("updated_at", this.state.now());
		return Reply.json(200, renderMl(backend));
	}

	private Reply deleteMlBackend(long id) {
		mlBackend(id);
		this.state.mlBackends.remove(id);
		return Reply.noContent();
	}

	private Reply trainMlBackend(long id) {
		mlBackend(id).put("state", "TR");
		return Reply.json(200, new LinkedHashMap<>());
	}

	private Reply predictInteractive(long id, Call call) {
		mlBackend(id);
		Object task = call.jsonObject().get("task");
		if (task == null) {
			throw ApiError.validation("task", "This field is required.");
		}
		if (!(task instanceof Number number) || !this.state.tasks.containsKey(number.longValue())) {
			throw ApiError.validation("task", "Invalid pk \"" + task + "\" - object does not exist.");
		}
		return Reply.json(200, Map.of("data", Map.of("result", List.of())));
	}

	private Reply mlVersions(long id) {
		Map<String, Object> backend = mlBackend(id);
		String version = String.valueOf(backend.get("model_version"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("versions", version.isEmpty() ? List.of() : List.of(version));
		body.put("message", "");
		return Reply.json(200, body);
	}

	// ---------------------------------------------------------------- file uploads

	private Map<String, Object> fileUpload(long id) {
		Map<String, Object> upload = this.state.fileUploads.get(id);
		if (upload == null) {
			throw ApiError.notFound();
		}
		return upload;
	}

	private Map<String, Object> renderFileUpload(Map<String, Object> upload) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", upload.get("id"));
		out.put("file", upload.get("file"));
		byte[] content = this.state.fileContents.get((Long) upload.get("id"));
		out.put("size", (content != null) ? content.length : null);
		return out;
	}

	private Reply listFileUploads(long projectId, Call call) {
		project(projectId);
		Set<String> ids = new LinkedHashSet<>(call.query.getOrDefault("ids", List.of()));
		return Reply.json(200, this.state.fileUploads.values().stream()
			.filter((f) -> Long.valueOf(projectId).equals(f.get("project")))
			.filter((f) -> ids.isEmpty() || ids.contains(String.valueOf(f.get("id"))))
			.map(this::renderFileUpload)
			.toList());
	}

	private Reply deleteFileUploads(long projectId, Call call) {
		project(projectId);
		List<Long> ids = this.state.fileUploads.values().stream()
			.filter((f) -> Long.valueOf(projectId).equals(f.get("project")))
			.map((f) -> (Long) f.get("id"))
			.toList();
		ids.forEach(this::removeUpload);
		return Reply.noContent();
	}

	private void removeUpload(long id) {
		this.state.fileUploads.remove(id);
		this.state.fileContents.remove(id);
	}

	private Reply updateFileUpload(long id, Call call) {
		Map<String, Object> upload = fileUpload(id);
		if (call.isMultipart()) {
			Request.Part part = call.request.getPart("file");
			if (part == null || part.getFileName() == null || part.getFileName().isBlank()) {
				throw ApiError.validation("file", "No file was submitted.");
			}
			String current = String.valueOf(upload.get("file"));
			String directory = current.substring(0, current.lastIndexOf('/') + 1);
			String prefix = UUID.randomUUID().toString().substring(0, 8);
			upload.put("file", directory + prefix + "-" + part.getFileName().replaceAll("[^A-Za-z0-9._-]", "_"));
			this.state.fileContents.put(id, part.getBody().asBytes());
		}
		else if (call.jsonObject().get("file") instanceof String file && !file.isBlank()) {
			upload.put("file", file);
		}
		return Reply.json(200, renderFileUpload(upload));
	}

	private Reply deleteFileUpload(long id) {
		fileUpload(id);
		removeUpload(id);
		return Reply.noContent();
	}

	private Reply download(String rawName) {
		String name = Call.decode(rawName);
		for (Map<String, Object> upload : this.state.fileUploads.values()) {
			String file = String.valueOf(upload.get("file"));
			String relative = file.startsWith("upload/") ? file.substring("upload/".length()) : file;
			String bare = relative.substring(relative.lastIndexOf('/') + 1);
			if (name.equals(relative) || name.equals(bare) || name.equals(file)) {
				Reply reply = Reply.bytes(200, this.state.fileContents.get((Long) upload.get("id")),
						"application/octet-stream");
				reply.headers.put("Content-Disposition", "attachment; filename=\"" + bare + "\"");
				return reply;
			}
		}
		throw ApiError.notFound();
	}

	// ---------------------------------------------------------------- helpers

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(@Nullable Object value) {
		if (value == null) {
			return new LinkedHashMap<>();
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		((Map<Object, Object>) value).forEach((k, v) -> copy.put(String.valueOf(k), v));
		return copy;
	}

	@Override
	public String toString() {
		return "LabelStudioApi[credentials=***]";
	}

	private record Route(String method, Pattern pattern, BiFunction<Call, Matcher, Reply> handler,
			boolean authenticated) {
	}

}
