package dev.labelstudio4j.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Label Studio's API as a WireMock response transformer: each request is routed by method and exact
 * path (trailing slashes included) to a handler that reads and changes the in-memory state and
 * answers with Label Studio's JSON, status codes and error bodies. Thread-safe: requests that only read
 * (GET) run in parallel under the state's read lock, the others one at a time under its write lock;
 * request bodies are parsed (and the file of a URL import downloaded) before the lock is taken, answers
 * are serialized while it is held. Asynchronous imports run on one background thread, closed by
 * {@link #close()}.
 */
public final class LabelStudioApi implements ResponseDefinitionTransformerV2, AutoCloseable {

	/** The transformer's name, referenced by the emulator's catch-all stub. */
	public static final String NAME = "labelstudio-emulator";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern IMPORT_PATH = Pattern.compile("/api/projects/\\d+/import");

	private final EmulatorState state;

	private final JsonMapper json;

	private final Tokens tokens;

	private final String version;

	private final String personalAccessToken;

	private volatile String apiKey;

	private final List<Route> routes = new ArrayList<>();

	private final UserRoutes users;

	private final ProjectRoutes projects;

	private final TaskRoutes tasks;

	private final DataManagerRoutes dataManager;

	private final MlRoutes ml;

	private final FileRoutes files;

	private final UrlDownloads downloads = new UrlDownloads();

	private final boolean asyncImports;

	private final Duration asyncImportDelay;

	private final @Nullable ScheduledExecutorService importExecutor;

	/** Counts resets, so that a background import started before a reset does nothing after it. */
	private long generation;

	private final WebhookRoutes webhooks;

	private final WebhookDeliveries deliveries;
	private final ExportState exportState = new ExportState();

	private final ExportRoutes exports;

	// Workspaces, tokens, versions and bulk writes: their own route classes and state
	private final WorkspaceRoutes workspaces;

	private final TokenRoutes tokenRoutes;

	private final VersionRoutes versions;

	private final BulkRoutes bulk;

	private final StorageRoutes storages;

	/**
	 * Create the API with its initial state: the emulator's own user (id 1) and nothing else.
	 * @param clock the clock for timestamps and token expiry
	 * @param apiKey the legacy API key to accept
	 * @param personalAccessToken the personal access token to accept, or {@code null} to generate one
	 * @param accessTokenLifetime the lifetime of the access tokens issued for it
	 * @param version the Label Studio version to report
	 * @param asyncImports whether imports answer {@code {"import": id}} and run in the background
	 * @param asyncImportDelay how long a background import waits before it runs
	 */
	public LabelStudioApi(Clock clock, String apiKey, @Nullable String personalAccessToken,
			Duration accessTokenLifetime, String version, boolean asyncImports, Duration asyncImportDelay) {
		this.state = new EmulatorState(clock);
		this.json = JsonMapper.builder().build();
		this.asyncImports = asyncImports;
		this.asyncImportDelay = asyncImportDelay;
		this.importExecutor = asyncImports ? Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "labelstudio-emulator-imports");
			thread.setDaemon(true);
			return thread;
		}) : null;
		this.users = new UserRoutes(this.state);
		this.projects = new ProjectRoutes(this.state, this.json, new BackgroundImports());
		this.tasks = new TaskRoutes(this.state, this.json);
		this.dataManager = new DataManagerRoutes(this.state);
		this.ml = new MlRoutes(this.state);
		this.files = new FileRoutes(this.state);
		this.webhooks = new WebhookRoutes(this.state);
		this.deliveries = new WebhookDeliveries(this.state, this.webhooks, this.json);
		this.state.changes = this.deliveries;
		this.exports = new ExportRoutes(this.state, this.exportState, this.json);
		this.storages = new StorageRoutes(this.state, this.json);
		this.tokens = new Tokens(this.json, clock);
		this.apiKey = apiKey;
		this.personalAccessToken = (personalAccessToken != null) ? personalAccessToken : this.tokens.refreshToken(1);
		this.version = version;
		this.workspaces = new WorkspaceRoutes(this.state);
		this.tokenRoutes = new TokenRoutes(this.tokens, this.personalAccessToken, accessTokenLifetime);
		this.versions = new VersionRoutes(version);
		this.bulk = new BulkRoutes(this.state);
		this.state.users.put(this.state.nextId("users"), this.state.newUser(1, Map.of("username", "emulator", "email",
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

	/** The export snapshots, and how long they take and which fail. */
	public ExportState exports() {
		return this.exportState;
	}

	/**
	 * The personal access token (a refresh JWT) now in force: the one configured or generated, or the one
	 * that replaced it by a rotation or a create ({@code /api/token/...}); the first one when all are revoked.
	 */
	public String personalAccessToken() {
		String current = this.tokenRoutes.current();
		return (current != null) ? current : this.personalAccessToken;
	}

	/** Forget every project, task, annotation, prediction, view, ML backend, upload and added user. */
	public void reset() {
		this.state.lock.writeLock().lock();
		try {
			this.generation++;
			this.state.clear();
			this.webhooks.clear();
			this.deliveries.clear();
			this.exportState.clear();
			this.workspaces.clear();
			this.storages.clear();
		}
		finally {
			this.state.lock.writeLock().unlock();
		}
	}

	/** Stop the background import thread (imports not yet run are dropped). */
	@Override
	public void close() {
		if (this.importExecutor != null) {
			this.importExecutor.shutdownNow();
		}
	}

	/**
	 * Serve local files storages from this directory, Label Studio's {@code LOCAL_FILES_DOCUMENT_ROOT}
	 * (storage paths must lie below it); {@code null}, the default, refuses them as Label Studio does
	 * without {@code LOCAL_FILES_SERVING_ENABLED}.
	 * @param documentRoot the directory, or {@code null}
	 */
	public void localFilesDocumentRoot(java.nio.file.@Nullable Path documentRoot) {
		this.storages.documentRoot(documentRoot);
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		Call call = new Call(serveEvent.getRequest(), this.json);
		call.parseBody();
		prepareDownload(call);
		Lock lock = call.method.equals("GET") ? this.state.lock.readLock() : this.state.lock.writeLock();
		lock.lock();
		try {
			Reply reply;
			try {
				reply = serve(call);
			}
			catch (ApiError ex) {
				reply = error(ex);
			}
			catch (RuntimeException ex) {
				reply = error(new ApiError(500, "Internal server error in the Label Studio emulator: "
						+ ex.getClass().getSimpleName(), null));
			}
			return reply.toDefinition(this.json);
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * For an authenticated URL import ({@code url=} in a form body), download the file now, before the
	 * lock is taken: the URL may be served by this emulator.
	 */
	private void prepareDownload(Call call) {
		if (!call.method.equals("POST") || !IMPORT_PATH.matcher(call.path).matches() || !call.isFormUrlEncoded()) {
			return;
		}
		String url = call.formParam("url");
		if (url == null || url.isBlank() || url.strip().startsWith("[") || url.strip().startsWith("{")) {
			return;
		}
		try {
			authenticate(call);
		}
		catch (ApiError ex) {
			return;
		}
		try {
			call.download = this.downloads.fetch(url);
		}
		catch (ApiError ex) {
			call.download = ex;
		}
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

	private void route(String method, String path, BiFunction<Call, Matcher, Reply> handler) {
		this.routes.add(new Route(method, Pattern.compile(path), handler, true));
	}

	private void publicRoute(String method, String path, BiFunction<Call, Matcher, Reply> handler) {
		this.routes.add(new Route(method, Pattern.compile(path), handler, false));
	}

	private void registerRoutes() {
		String id = "(\\d+)";
		publicRoute("GET", "/health/?", (c, m) -> Reply.json(200, Map.of("status", "UP")));
		publicRoute("POST", "/api/token/refresh/", (c, m) -> this.tokenRoutes.refresh(c));
		RouteTable table = (method, path, authenticated, handler) -> this.routes
			.add(new Route(method, Pattern.compile(path), handler, authenticated));
		this.versions.register(table);
		this.tokenRoutes.register(table);
		this.workspaces.register(table);
		this.bulk.register(table);
		route("GET", "/api/current-user/whoami", (c, m) ->
				Reply.json(200, this.state.renderUser(this.state.user(1), true)));
		route("GET", "/api/current-user/token", (c, m) -> Reply.json(200, tokenBody()));
		route("POST", "/api/current-user/reset-token/", (c, m) -> resetToken());
		route("GET", "/api/users/", (c, m) -> Reply.json(200,
				this.state.users.values().stream().map((u) -> this.state.renderUser(u, false)).toList()));
		route("POST", "/api/users/", (c, m) -> this.users.createUser(c));
		route("GET", "/api/users/" + id + "/", (c, m) ->
				Reply.json(200, this.state.renderUser(this.state.user(id(m)), false)));
		route("PATCH", "/api/users/" + id + "/", (c, m) -> this.users.updateUser(id(m), c));
		route("DELETE", "/api/users/" + id + "/", (c, m) -> this.users.deleteUser(id(m)));

		route("GET", "/api/projects/", (c, m) -> this.projects.listProjects(c));
		route("POST", "/api/projects/", (c, m) -> this.projects.createProject(c));
		route("GET", "/api/projects/" + id + "/", (c, m) ->
				Reply.json(200, this.state.renderProject(this.state.project(id(m)))));
		route("PATCH", "/api/projects/" + id + "/", (c, m) -> this.projects.updateProject(id(m), c));
		route("DELETE", "/api/projects/" + id + "/", (c, m) -> this.projects.deleteProject(id(m)));
		route("POST", "/api/projects/" + id + "/import", (c, m) -> this.projects.importTasks(id(m), c));
		route("GET", "/api/projects/" + id + "/imports/" + id + "/", (c, m) ->
				this.projects.getImport(id(m), id(m, 2)));
		route("POST", "/api/projects/" + id + "/validate/", (c, m) -> this.projects.validateConfig(id(m), c));
		route("DELETE", "/api/projects/" + id + "/tasks/", (c, m) -> this.tasks.deleteAllTasks(id(m)));
		route("GET", "/api/projects/" + id + "/file-uploads", (c, m) -> this.files.listFileUploads(id(m), c));
		route("DELETE", "/api/projects/" + id + "/file-uploads", (c, m) -> this.files.deleteFileUploads(id(m), c));

		route("GET", "/api/tasks/", (c, m) -> this.tasks.listTasks(c));
		route("POST", "/api/tasks/", (c, m) -> this.tasks.createTask(c));
		route("GET", "/api/tasks/" + id + "/", (c, m) ->
				Reply.json(200, this.state.renderTask(this.state.task(id(m)), true)));
		route("PATCH", "/api/tasks/" + id + "/", (c, m) -> this.tasks.updateTask(id(m), c));
		route("DELETE", "/api/tasks/" + id + "/", (c, m) -> this.tasks.deleteTask(id(m)));

		route("GET", "/api/tasks/" + id + "/annotations/", (c, m) -> this.tasks.listAnnotations(id(m)));
		route("POST", "/api/tasks/" + id + "/annotations/", (c, m) -> this.tasks.createAnnotation(id(m), c));
		route("GET", "/api/annotations/" + id + "/", (c, m) ->
				Reply.json(200, this.state.renderAnnotation(this.state.annotation(id(m)))));
		route("PATCH", "/api/annotations/" + id + "/", (c, m) -> this.tasks.updateAnnotation(id(m), c));
		route("DELETE", "/api/annotations/" + id + "/", (c, m) -> this.tasks.deleteAnnotation(id(m)));

		route("GET", "/api/predictions/", (c, m) -> this.tasks.listPredictions(c));
		route("POST", "/api/predictions/", (c, m) -> this.tasks.createPrediction(c));
		route("GET", "/api/predictions/" + id + "/", (c, m) ->
				Reply.json(200, this.state.renderPrediction(this.state.prediction(id(m)))));
		route("PATCH", "/api/predictions/" + id + "/", (c, m) -> this.tasks.updatePrediction(id(m), c));
		route("DELETE", "/api/predictions/" + id + "/", (c, m) -> this.tasks.deletePrediction(id(m)));

		route("GET", "/api/dm/views/", (c, m) -> this.dataManager.listViews(c));
		route("POST", "/api/dm/views/", (c, m) -> this.dataManager.createView(c));
		route("DELETE", "/api/dm/views/reset/", (c, m) -> this.dataManager.resetViews(c));
		route("GET", "/api/dm/views/" + id + "/", (c, m) -> Reply.json(200, this.state.view(id(m))));
		route("PATCH", "/api/dm/views/" + id + "/", (c, m) -> this.dataManager.updateView(id(m), c));
		route("DELETE", "/api/dm/views/" + id + "/", (c, m) -> this.dataManager.deleteView(id(m)));

		route("GET", "/api/dm/actions/", (c, m) -> Reply.json(200, this.dataManager.actions()));
		route("POST", "/api/dm/actions/", (c, m) -> this.dataManager.performAction(c));

		route("GET", "/api/ml/", (c, m) -> this.ml.listMlBackends(c));
		route("POST", "/api/ml/", (c, m) -> this.ml.createMlBackend(c));
		route("GET", "/api/ml/" + id, (c, m) -> Reply.json(200, this.state.renderMl(this.state.mlBackend(id(m)))));
		route("PATCH", "/api/ml/" + id, (c, m) -> this.ml.updateMlBackend(id(m), c));
		route("DELETE", "/api/ml/" + id, (c, m) -> this.ml.deleteMlBackend(id(m)));
		route("POST", "/api/ml/" + id + "/train", (c, m) -> this.ml.trainMlBackend(id(m)));
		route("POST", "/api/ml/" + id + "/interactive-annotating", (c, m) -> this.ml.predictInteractive(id(m), c));
		route("GET", "/api/ml/" + id + "/versions", (c, m) -> this.ml.mlVersions(id(m)));

		route("GET", "/api/import/file-upload/" + id, (c, m) ->
				Reply.json(200, this.state.renderFileUpload(this.state.fileUpload(id(m)))));
		route("PATCH", "/api/import/file-upload/" + id, (c, m) -> this.files.updateFileUpload(id(m), c));
		route("DELETE", "/api/import/file-upload/" + id, (c, m) -> this.files.deleteFileUpload(id(m)));
		route("GET", "/data/upload/(.+)", (c, m) -> this.files.download(m.group(1)));

		this.storages.register(this::route);
		route("GET", "/api/webhooks/", (c, m) -> this.webhooks.list(c));
		route("POST", "/api/webhooks/", (c, m) -> this.webhooks.create(c));
		publicRoute("GET", "/api/webhooks/info/", (c, m) -> this.webhooks.info(c));
		route("GET", "/api/webhooks/" + id + "/", (c, m) -> this.webhooks.get(id(m)));
		route("PATCH", "/api/webhooks/" + id + "/", (c, m) -> this.webhooks.update(id(m), c));
		route("DELETE", "/api/webhooks/" + id + "/", (c, m) -> this.webhooks.delete(id(m)));
		registerExportRoutes(id);
	}

	private void registerExportRoutes(String id) {
		String project = "/api/projects/" + id;
		route("GET", project + "/export", (c, m) -> this.exports.syncExport(id(m), c));
		route("GET", project + "/export/formats", (c, m) -> this.exports.listFormats(id(m)));
		route("GET", project + "/exports/", (c, m) -> this.exports.listSnapshots(id(m)));
		route("POST", project + "/exports/", (c, m) -> this.exports.createSnapshot(id(m), c));
		route("GET", project + "/exports/" + id, (c, m) -> this.exports.getSnapshot(id(m), id(m, 2)));
		route("DELETE", project + "/exports/" + id, (c, m) -> this.exports.deleteSnapshot(id(m), id(m, 2)));
		route("POST", project + "/exports/" + id + "/convert", (c, m) -> this.exports.convert(id(m), id(m, 2), c));
		route("GET", project + "/exports/" + id + "/download", (c, m) -> this.exports.download(id(m), id(m, 2), c));
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

	private void authenticate(Call call) {
		String authorization = call.header("Authorization");
		if (authorization == null || authorization.isBlank()) {
			throw new ApiError(401, "Authentication credentials were not provided.", null);
		}
		if (authorization.startsWith("Token ")) {
			if (!constantTimeEquals(authorization.substring(6).strip(), this.apiKey)) {
				throw new ApiError(401, "Invalid token.", null);
			}
			if (!this.tokenRoutes.legacyTokensEnabled()) {
				throw new ApiError(401, "Authentication token no longer valid: legacy token authentication has been"
						+ " disabled for this organization", null);
			}
			return;
		}
		if (authorization.startsWith("Bearer ")) {
			if (!this.tokenRoutes.apiTokensEnabled()
					|| this.tokens.verify(authorization.substring(7).strip(), "access") == null) {
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

	/** The webhook deliveries: waiting for them and what they sent. */
	public WebhookDeliveries webhookDeliveries() {
		return this.deliveries;
	}

	@Override
	public String toString() {
		return "LabelStudioApi[credentials=***]";
	}

	/** Runs imports in the background under the write lock, unless the state was reset meanwhile. */
	private final class BackgroundImports implements ProjectRoutes.AsyncImports {

		@Override
		public boolean enabled() {
			return LabelStudioApi.this.asyncImports;
		}

		@Override
		public void submit(Runnable job) {
			ScheduledExecutorService executor = LabelStudioApi.this.importExecutor;
			if (executor == null) {
				throw new IllegalStateException("asynchronous imports are off");
			}
			long submittedIn = LabelStudioApi.this.generation;
			executor.schedule(() -> {
				Lock lock = LabelStudioApi.this.state.lock.writeLock();
				lock.lock();
				try {
					if (submittedIn == LabelStudioApi.this.generation) {
						job.run();
					}
				}
				finally {
					lock.unlock();
				}
			}, LabelStudioApi.this.asyncImportDelay.toNanos(), TimeUnit.NANOSECONDS);
		}

	}

	private record Route(String method, Pattern pattern, BiFunction<Call, Matcher, Reply> handler,
			boolean authenticated) {
	}

}
