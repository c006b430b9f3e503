package dev.labelstudio4j.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.emulator.internal.LabelStudioApi;

/**
 * An in-memory, stateful Label Studio API server for tests: projects, tasks, imports, annotations,
 * predictions, users, views, actions, ML backends, file uploads and exports behave as on a Label Studio server
 * (ids in order, counters, paging, error bodies), without one. Built on WireMock: {@link #wireMock()}
 * gives the request journal, verification and fault injection (stubs added there take precedence over
 * the emulated API).
 *
 * <pre class="code">
 * try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
 *     LabelStudioClient client = emulator.client();
 *     ...
 * }
 * </pre>
 */
public final class LabelStudioEmulator implements AutoCloseable {

	/** The legacy API key the emulator accepts unless another is configured. */
	public static final String DEFAULT_API_KEY = "emulator-api-key";

	/** The Label Studio version the emulator reports in error bodies and {@code /api/version/}. */
	public static final String SERVER_VERSION = "1.20.0";

	/** The number of threads serving requests unless another is configured. */
	public static final int DEFAULT_CONTAINER_THREADS = 32;

	/** Priority of the emulated API's catch-all stub: any stub of a test (default priority 5) wins. */
	static final int API_STUB_PRIORITY = 100;

	private final WireMockServer server;

	private final LabelStudioApi api;

	private LabelStudioEmulator(Builder builder) {
		this.api = new LabelStudioApi(builder.clock, builder.apiKey, builder.personalAccessToken,
				builder.accessTokenLifetime, SERVER_VERSION, builder.asyncImports, builder.asyncImportDelay);
		this.api.localFilesDocumentRoot(builder.localFilesDocumentRoot);
		WireMockConfiguration options = WireMockConfiguration.options()
			.bindAddress("127.0.0.1")
			.containerThreads(builder.containerThreads)
			.http2PlainDisabled(true)
			.extensions(this.api);
		if (builder.maxRequestJournalEntries > 0) {
			options.maxRequestJournalEntries(builder.maxRequestJournalEntries);
		}
		if (builder.port > 0) {
			options.port(builder.port);
		}
		else {
			options.dynamicPort();
		}
		this.server = new WireMockServer(options);
		try {
			this.server.start();
		}
		catch (RuntimeException ex) {
			this.api.close();
			throw ex;
		}
		registerApiStub();
	}

	/**
	 * Start an emulator on a random free port with the default API key and a generated personal access
	 * token.
	 * @return the running emulator
	 */
	public static LabelStudioEmulator start() {
		return builder().start();
	}

	/** A builder for an emulator with another port, API key or personal access token. */
	public static Builder builder() {
		return new Builder();
	}

	private void registerApiStub() {
		this.server.stubFor(WireMock.any(WireMock.anyUrl())
			.atPriority(API_STUB_PRIORITY)
			.willReturn(WireMock.aResponse().withTransformers(LabelStudioApi.NAME)));
	}

	/** The base URL, for example {@code http://127.0.0.1:54321}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/** The port the emulator listens on. */
	public int port() {
		return this.server.port();
	}

	/** The legacy API key now accepted ({@code Authorization: Token ...}); it changes on reset-token. */
	public String apiKey() {
		return this.api.apiKey();
	}

	/**
	 * The personal access token (a refresh JWT) accepted at {@code POST /api/token/refresh/}; the access
	 * tokens it is exchanged for are accepted as {@code Authorization: Bearer ...}.
	 */
	public String personalAccessToken() {
		return this.api.personalAccessToken();
	}

	/**
	 * The underlying WireMock server: request journal, {@code verify}, extra stubs and faults. The
	 * emulated API is itself a catch-all stub of low priority: remove your stubs with
	 * {@code removeStub(...)} or {@link #resetStubs()}, not with {@code resetMappings()}, which removes
	 * the API too.
	 */
	public WireMockServer wireMock() {
		return this.server;
	}

	/**
	 * The emulated export snapshots' behaviour: how long a snapshot or conversion stays {@code in_progress},
	 * and which ones fail.
	 */
	public EmulatedExports exports() {
		return new EmulatedExports(this.api.exports());
	}

	/** A client for this emulator authenticated with the legacy API key. */
	public LabelStudioClient client() {
		return LabelStudioClient.create(baseUrl(), apiKey());
	}

	/**
	 * Forget all data (projects, tasks, annotations, predictions, views, ML backends, uploads, webhooks, the
	 * recorded webhook deliveries and added users; ids start again from 1), every stub added through
	 * {@link #wireMock()} and the request journal. Credentials stay as they are.
	 */
	public void reset() {
		this.api.reset();
		this.server.resetAll();
		registerApiStub();
	}

	/** Remove every stub added through {@link #wireMock()}, keeping the emulated API and its data. */
	public void resetStubs() {
		this.server.resetMappings();
		registerApiStub();
	}

	/**
	 * Wait until every webhook delivery started so far has ended. The emulator POSTs Label Studio's payload to
	 * each matching active webhook when tasks, annotations or projects change through its API, off the request
	 * thread, with a 1 s timeout and no retry: a test that changes something and then expects the receiver to
	 * have been called waits here instead of sleeping.
	 * @param timeout how long to wait at most
	 * @throws IllegalStateException if deliveries are still running after the timeout
	 */
	public void awaitWebhookDeliveries(Duration timeout) {
		Objects.requireNonNull(timeout, "timeout must not be null");
		if (!this.api.webhookDeliveries().await(timeout)) {
			throw new IllegalStateException("Webhook deliveries still running after " + timeout);
		}
	}

	/**
	 * Wait up to 10 seconds until every webhook delivery started so far has ended; see
	 * {@link #awaitWebhookDeliveries(Duration)}.
	 * @throws IllegalStateException if deliveries are still running after 10 seconds
	 */
	public void awaitWebhookDeliveries() {
		awaitWebhookDeliveries(Duration.ofSeconds(10));
	}

	/**
	 * Return the webhook deliveries that have ended since the start or the last {@link #reset()}, in order.
	 * @return the deliveries
	 */
	public List<WebhookDelivery> webhookDeliveries() {
		return this.api.webhookDeliveries().delivered();
	}

	/** Whether the server is running. */
	public boolean isRunning() {
		return this.server.isRunning();
	}

	/** Stop the server (and the background thread of asynchronous imports). */
	public void stop() {
		if (this.server.isRunning()) {
			this.server.stop();
		}
		this.api.close();
		this.api.webhookDeliveries().close();
	}

	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return "LabelStudioEmulator[baseUrl=" + (isRunning() ? baseUrl() : "stopped") + ", credentials=***]";
	}

	/** Builder for {@link LabelStudioEmulator}. */
	public static final class Builder {

		private int port;

		private String apiKey = DEFAULT_API_KEY;

		private @Nullable String personalAccessToken;

		private Duration accessTokenLifetime = Duration.ofMinutes(5);

		private Clock clock = Clock.systemUTC();

		private boolean asyncImports;

		private Duration asyncImportDelay = Duration.ZERO;

		private int containerThreads = DEFAULT_CONTAINER_THREADS;

		private int maxRequestJournalEntries;

		private java.nio.file.@Nullable Path localFilesDocumentRoot;

		private Builder() {
		}

		/** A fixed port; 0 (the default) picks a free one. */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535 but was " + port);
			}
			this.port = port;
			return this;
		}

		/** The legacy API key to accept; default {@value LabelStudioEmulator#DEFAULT_API_KEY}. */
		public Builder apiKey(String apiKey) {
			if (apiKey == null || apiKey.isBlank() || apiKey.chars().anyMatch(Character::isWhitespace)) {
				throw new IllegalArgumentException("apiKey must not be null, blank or contain whitespace");
			}
			this.apiKey = apiKey;
			return this;
		}

		/** The personal access token to accept at {@code /api/token/refresh/}; default a generated JWT. */
		public Builder personalAccessToken(String personalAccessToken) {
			if (personalAccessToken == null || personalAccessToken.isBlank()) {
				throw new IllegalArgumentException("personalAccessToken must not be null or blank");
			}
			this.personalAccessToken = personalAccessToken;
			return this;
		}

		/** Lifetime of the access tokens issued at {@code /api/token/refresh/}; default 5 minutes. */
		public Builder accessTokenLifetime(Duration accessTokenLifetime) {
			Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime must not be null");
			if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()) {
				throw new IllegalArgumentException("accessTokenLifetime must be positive");
			}
			this.accessTokenLifetime = accessTokenLifetime;
			return this;
		}

		/** The clock for timestamps and token expiry (tests). */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock must not be null");
			return this;
		}

		/**
		 * Whether imports run asynchronously, as on newer servers: {@code POST /api/projects/{id}/import}
		 * answers {@code {"import": id}} at once, and the import, run in the background, moves
		 * {@code GET /api/projects/{id}/imports/{import_pk}/} from {@code created} to {@code completed}, or
		 * to {@code failed} with the {@code error} when a task is invalid (a missing data key, a
		 * prediction without a list {@code result}, ...). Default {@code false}: imports answer with
		 * their result.
		 */
		public Builder asyncImports(boolean asyncImports) {
			this.asyncImports = asyncImports;
			return this;
		}

		/**
		 * How long an asynchronous import stays {@code created} before it runs (to test waiting and
		 * timeouts); default zero. Turns asynchronous imports on.
		 */
		public Builder asyncImportDelay(Duration asyncImportDelay) {
			Objects.requireNonNull(asyncImportDelay, "asyncImportDelay must not be null");
			if (asyncImportDelay.isNegative()) {
				throw new IllegalArgumentException("asyncImportDelay must not be negative");
			}
			this.asyncImportDelay = asyncImportDelay;
			this.asyncImports = true;
			return this;
		}

		/**
		 * The number of threads serving requests (WireMock's {@code containerThreads}; a few are taken
		 * by the server's acceptors and selectors); default {@value LabelStudioEmulator#DEFAULT_CONTAINER_THREADS}.
		 */
		public Builder containerThreads(int containerThreads) {
			if (containerThreads < 8) {
				throw new IllegalArgumentException("containerThreads must be at least 8 but was " + containerThreads);
			}
			this.containerThreads = containerThreads;
			return this;
		}

		/**
		 * Keep only the last requests in WireMock's request journal (for long runs; the journal keeps
		 * every request with its body otherwise); 0 (the default) keeps them all.
		 */
		public Builder maxRequestJournalEntries(int maxRequestJournalEntries) {
			if (maxRequestJournalEntries < 0) {
				throw new IllegalArgumentException("maxRequestJournalEntries must not be negative");
			}
			this.maxRequestJournalEntries = maxRequestJournalEntries;
			return this;
		}

		/**
		 * Serve local files storages from this directory (Label Studio's {@code LOCAL_FILES_DOCUMENT_ROOT}):
		 * their paths must be directories below it, import syncs read them and export syncs write into them.
		 * Unset, local files storages are refused, as Label Studio refuses them by default.
		 * @param documentRoot an existing directory
		 * @return this builder
		 */
		public Builder localFilesDocumentRoot(java.nio.file.Path documentRoot) {
			Objects.requireNonNull(documentRoot, "localFilesDocumentRoot must not be null");
			if (!java.nio.file.Files.isDirectory(documentRoot)) {
				throw new IllegalArgumentException("localFilesDocumentRoot must be an existing directory: " + documentRoot);
			}
			this.localFilesDocumentRoot = documentRoot;
			return this;
		}

		/** Start the emulator. */
		public LabelStudioEmulator start() {
			return new LabelStudioEmulator(this);
		}

		@Override
		public String toString() {
			return "LabelStudioEmulator.Builder[port=" + this.port + ", asyncImports=" + this.asyncImports
					+ ", credentials=***]";
		}

	}

}
