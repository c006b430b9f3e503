package dev.labelstudio4j.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

import dev.labelstudio4j.client.actions.ActionsClient;
import dev.labelstudio4j.client.annotations.AnnotationsClient;
import dev.labelstudio4j.client.internal.ApacheHttpTransport;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.internal.HttpTransport;
import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.internal.LabelStudioObservationConvention;
import dev.labelstudio4j.client.internal.RetryPolicy;
import dev.labelstudio4j.client.internal.SynchronousHttpClient;
import dev.labelstudio4j.client.internal.resources.DefaultActionsClient;
import dev.labelstudio4j.client.internal.resources.DefaultAnnotationsClient;
import dev.labelstudio4j.client.internal.resources.DefaultFilesClient;
import dev.labelstudio4j.client.internal.resources.DefaultMlClient;
import dev.labelstudio4j.client.internal.resources.DefaultPredictionsClient;
import dev.labelstudio4j.client.internal.resources.DefaultProjectsClient;
import dev.labelstudio4j.client.internal.resources.DefaultTasksClient;
import dev.labelstudio4j.client.internal.resources.DefaultUsersClient;
import dev.labelstudio4j.client.internal.resources.DefaultViewsClient;
import dev.labelstudio4j.client.internal.resources.DefaultWebhooksClient;
import dev.labelstudio4j.client.files.FilesClient;
import dev.labelstudio4j.client.ml.MlClient;
import dev.labelstudio4j.client.predictions.PredictionsClient;
import dev.labelstudio4j.client.projects.ProjectsClient;
import dev.labelstudio4j.client.tasks.TasksClient;
import dev.labelstudio4j.client.users.UsersClient;
import dev.labelstudio4j.client.views.ViewsClient;
import dev.labelstudio4j.client.webhooks.WebhooksClient;
import dev.labelstudio4j.client.internal.resources.DefaultJwtSettingsClient;
import dev.labelstudio4j.client.internal.resources.DefaultTokensClient;
import dev.labelstudio4j.client.internal.resources.DefaultVersionsClient;
import dev.labelstudio4j.client.internal.resources.DefaultWorkspacesClient;
import dev.labelstudio4j.client.tokens.JwtSettingsClient;
import dev.labelstudio4j.client.tokens.TokensClient;
import dev.labelstudio4j.client.versions.VersionsClient;
import dev.labelstudio4j.client.workspaces.WorkspacesClient;

import dev.labelstudio4j.client.internal.resources.DefaultExportStorageClient;
import dev.labelstudio4j.client.internal.resources.DefaultImportStorageClient;
import dev.labelstudio4j.client.storages.ExportStorageClient;
import dev.labelstudio4j.client.storages.ImportStorageClient;

/**
 * The entry point: one client per Label Studio server and set of credentials, with one accessor per
 * API resource. Immutable and thread-safe; build one and share it.
 *
 * <pre class="code">
 * LabelStudioClient client = LabelStudioClient.builder()
 *     .baseUrl("https://label-studio.example.com")
 *     .apiKey(System.getenv("LABEL_STUDIO_API_KEY"))
 *     .build();
 * Project project = client.projects().get(1);
 * </pre>
 * Without a request factory of the application's, the client sends with Apache HttpClient 5 when it is on
 * the class path (as Spring's {@code RestClient} and Spring Boot do), else with the JDK
 * {@code HttpClient}; {@link #requestFactoryType()} tells which.
 * <p>
 * The client owns the HTTP client it creates (its connection pool and threads) and releases it on
 * {@link #close()}; an HTTP client or request factory given to the builder stays the caller's to close.
 * Clients derived with {@link #withOptions(Consumer)} share the original's and close nothing.
 */
public final class LabelStudioClient implements AutoCloseable {

	/** Default connect timeout. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/** Default read timeout. */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

	private static final Log logger = LogFactory.getLog(LabelStudioClient.class);

	private static final boolean APACHE_HTTP_CLIENT_PRESENT = ClassUtils
		.isPresent("org.apache.hc.client5.http.impl.classic.HttpClients", LabelStudioClient.class.getClassLoader());

	static {
		ClientInternals.invokerAccess((client) -> client.invoker);
	}

	private final ApiInvoker invoker;

	/** Whether this client created its transport and so closes it (false for derived clients). */
	private final boolean ownsTransport;

	private final Class<? extends ClientHttpRequestFactory> requestFactoryType;

	private final AnnotationsClient annotations;

	private final UsersClient users;

	private final ActionsClient actions;

	private final ViewsClient views;

	private final FilesClient files;

	private final ProjectsClient projects;

	private final MlClient ml;

	private final PredictionsClient predictions;

	private final TasksClient tasks;

	private final WebhooksClient webhooks;
	private final WorkspacesClient workspaces;

	private final TokensClient tokens;

	private final JwtSettingsClient jwtSettings;

	private final VersionsClient versions;

	private final ImportStorageClient importStorage;

	private final ExportStorageClient exportStorage;

	private LabelStudioClient(ApiInvoker invoker, Class<? extends ClientHttpRequestFactory> requestFactoryType,
			boolean ownsTransport) {
		this.invoker = invoker;
		this.requestFactoryType = requestFactoryType;
		this.ownsTransport = ownsTransport;
		this.annotations = new DefaultAnnotationsClient(invoker);
		this.users = new DefaultUsersClient(invoker);
		this.actions = new DefaultActionsClient(invoker);
		this.views = new DefaultViewsClient(invoker);
		this.files = new DefaultFilesClient(invoker);
		this.projects = new DefaultProjectsClient(invoker);
		this.ml = new DefaultMlClient(invoker);
		this.predictions = new DefaultPredictionsClient(invoker);
		this.tasks = new DefaultTasksClient(invoker);
		this.webhooks = new DefaultWebhooksClient(invoker);
		this.workspaces = new DefaultWorkspacesClient(invoker);
		this.tokens = new DefaultTokensClient(invoker);
		this.jwtSettings = new DefaultJwtSettingsClient(invoker);
		this.versions = new DefaultVersionsClient(invoker);

		this.importStorage = new DefaultImportStorageClient(invoker);
		this.exportStorage = new DefaultExportStorageClient(invoker);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A client with default settings.
	 * @param baseUrl the server's URL, for example {@code http://localhost:8080}
	 * @param apiKey a legacy API key or a personal access token
	 * @return the client
	 */
	public static LabelStudioClient create(String baseUrl, String apiKey) {
		return builder().baseUrl(baseUrl).apiKey(apiKey).build();
	}

	public AnnotationsClient annotations() {
		return this.annotations;
	}

	public UsersClient users() {
		return this.users;
	}

	public ActionsClient actions() {
		return this.actions;
	}

	public ViewsClient views() {
		return this.views;
	}

	public FilesClient files() {
		return this.files;
	}

	public ProjectsClient projects() {
		return this.projects;
	}

	public MlClient ml() {
		return this.ml;
	}

	public PredictionsClient predictions() {
		return this.predictions;
	}

	public TasksClient tasks() {
		return this.tasks;
	}

	/**
	 * Return the webhooks client.
	 * @return the client for {@code /api/webhooks/}
	 */
	public WebhooksClient webhooks() {
		return this.webhooks;
	}

	/** Workspaces and their members (a Label Studio Enterprise feature). */
	public WorkspacesClient workspaces() {
		return this.workspaces;
	}

	/** The current user's personal access tokens. */
	public TokensClient tokens() {
		return this.tokens;
	}

	/** The organization's token settings: which kinds of API tokens authenticate. */
	public JwtSettingsClient jwtSettings() {
		return this.jwtSettings;
	}

	/** The server's version. */
	public VersionsClient versions() {
		return this.versions;
	}

	/** Import storages (S3, GCS, Azure, Redis, local files, S3 with IAM role): where tasks come from. */
	public ImportStorageClient importStorage() {
		return this.importStorage;
	}

	/** Export storages (S3, GCS, Azure, Redis, local files, S3 with IAM role): where annotations go. */
	public ExportStorageClient exportStorage() {
		return this.exportStorage;
	}

	/** The server's base URL. */
	public URI baseUrl() {
		return this.invoker.transport().baseUrl();
	}

	/** The retry policy's settings. */
	public RetrySettings retrySettings() {
		return this.invoker.retryPolicy().settings();
	}

	/**
	 * The Resilience4j registry the client's retries live in: the one given to
	 * {@link Builder#retryRegistry(RetryRegistry)}, else the client's own. Bind its metrics (for example
	 * with {@code TaggedRetryMetrics}) to publish the client's retries.
	 * @return the registry
	 */
	public RetryRegistry retryRegistry() {
		return this.invoker.retryPolicy().registry();
	}

	/**
	 * The name of the client's retry in {@link #retryRegistry()}; see {@link Builder#retryName(String)}.
	 * @return the name
	 */
	public String retryName() {
		return this.invoker.retryPolicy().name();
	}

	/**
	 * The type of the request factory that sends this client's requests: the one given to the builder,
	 * or the default, {@code HttpComponentsClientHttpRequestFactory} (Apache HttpClient 5) when Apache
	 * HttpClient 5 is on the class path and {@code JdkClientHttpRequestFactory} (the JDK
	 * {@code HttpClient}) otherwise.
	 * @return the request factory's type
	 */
	public Class<? extends ClientHttpRequestFactory> requestFactoryType() {
		return this.requestFactoryType;
	}

	/**
	 * A client that differs from this one in credentials, default headers (a tenant header, say) or
	 * default request options, and shares this one's HTTP connection pool, retry and observations.
	 * @param customizer changes the options, which start as this client's
	 * @return the derived client
	 */
	public LabelStudioClient withOptions(Consumer<ClientOptions> customizer) {
		Objects.requireNonNull(customizer, "customizer must not be null");
		ClientOptions options = new ClientOptions(this.invoker.authenticator().credentials(),
				this.invoker.defaultHeaders(), this.invoker.defaultOptions());
		customizer.accept(options);
		return new LabelStudioClient(
				this.invoker.derive(options.credentials, options.headers, options.requestOptions),
				this.requestFactoryType, false);
	}

	/**
	 * Release what this client created: the HTTP client it made (its connection pool and threads). An
	 * HTTP client or request factory given to the builder is left open. Calls made after closing fail with
	 * an {@link IllegalStateException}, also on the clients derived from this one. On a client derived with
	 * {@link #withOptions(Consumer)} this does nothing: the original owns the connections. Idempotent.
	 */
	@Override
	public void close() {
		if (this.ownsTransport) {
			this.invoker.transport().close();
		}
	}

	@Override
	public String toString() {
		return "LabelStudioClient[baseUrl=" + baseUrl() + ", credentials=***]";
	}

	/** What {@link #withOptions(Consumer)} may change. */
	public static final class ClientOptions {

		private LabelStudioCredentials credentials;

		private final Map<String, String> headers;

		private RequestOptions requestOptions;

		private ClientOptions(LabelStudioCredentials credentials, Map<String, String> headers,
				RequestOptions requestOptions) {
			this.credentials = credentials;
			this.headers = new LinkedHashMap<>(headers);
			this.requestOptions = requestOptions;
		}

		/** Other credentials: a legacy key or a personal access token. */
		public ClientOptions apiKey(String apiKey) {
			this.credentials = LabelStudioCredentials.of(apiKey);
			return this;
		}

		public ClientOptions credentials(LabelStudioCredentials credentials) {
			this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
			return this;
		}

		/** A header sent with every call; {@code Authorization} comes from the credentials. */
		public ClientOptions header(String name, String value) {
			Builder.checkHeader(name, value);
			this.headers.put(name, value);
			return this;
		}

		/** Defaults for every call, laid under each call's own options. */
		public ClientOptions requestOptions(RequestOptions requestOptions) {
			this.requestOptions = Objects.requireNonNull(requestOptions, "requestOptions must not be null");
			return this;
		}

		@Override
		public String toString() {
			return "ClientOptions[credentials=***, headers=" + this.headers.keySet() + "]";
		}

	}

	/** Builder for {@link LabelStudioClient}. */
	public static final class Builder {

		private @Nullable URI baseUrl;

		private @Nullable LabelStudioCredentials credentials;

		private RestClient.@Nullable Builder restClientBuilder;

		private @Nullable ClientHttpRequestFactory requestFactory;

		private @Nullable Function<Duration, ClientHttpRequestFactory> readTimeoutRequestFactories;

		private @Nullable HttpClient jdkHttpClient;

		/** An Apache {@code HttpClient}, typed as {@code Object} so that the builder loads no Apache class. */
		private @Nullable Object apacheHttpClient;

		private @Nullable ObservationRegistry observationRegistry;

		private String observationName = LabelStudioObservationConvention.DEFAULT_NAME;

		private RetrySettings retrySettings = RetrySettings.defaults();

		private @Nullable RetryRegistry retryRegistry;

		private String retryName = RetryPolicy.DEFAULT_RETRY_NAME;

		private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

		private Duration readTimeout = DEFAULT_READ_TIMEOUT;

		private final Map<String, String> defaultHeaders = new LinkedHashMap<>();

		private RequestOptions defaultRequestOptions = RequestOptions.none();

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * The server's URL; a sub-path ({@code https://host/ls/}) is kept. Must be http or https, name a
		 * host, have a port from 1 to 65535 if any, and carry no credentials, query or fragment.
		 * @param baseUrl the URL, for example {@code https://label-studio.example.com}
		 * @return this builder
		 * @throws IllegalArgumentException when the URL is not one of those; the message starts with
		 * {@code baseUrl} and never contains the URL (it may carry credentials)
		 */
		public Builder baseUrl(String baseUrl) {
			if (baseUrl == null) {
				throw new IllegalArgumentException("baseUrl must not be null");
			}
			this.baseUrl = normalizeBaseUrl(baseUrl);
			return this;
		}

		/** A legacy API key or a personal access token; see {@link LabelStudioCredentials#of(String)}. */
		public Builder apiKey(String apiKey) {
			this.credentials = LabelStudioCredentials.of(apiKey);
			return this;
		}

		public Builder credentials(LabelStudioCredentials credentials) {
			this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
			return this;
		}

		/**
		 * A {@code RestClient.Builder} to start from (for example Spring Boot's, with the application's
		 * customizations). It is cloned, never changed.
		 */
		public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
			this.restClientBuilder = Objects.requireNonNull(restClientBuilder, "restClientBuilder must not be null");
			return this;
		}

		/**
		 * The request factory to use instead of the default (Apache HttpClient 5 when it is on the class
		 * path, else the JDK {@code HttpClient}; see {@link LabelStudioClient#requestFactoryType()}). Its timeouts are
		 * its own; {@link #connectTimeout} and {@link #readTimeout} then do not apply.
		 * @param requestFactory the factory
		 * @param readTimeoutVariants makes a factory with another read timeout (sharing the connection pool
		 * where it can), for {@link RequestOptions#readTimeout()}; {@code null} to refuse per-call timeouts
		 * @return this builder
		 */
		public Builder requestFactory(ClientHttpRequestFactory requestFactory,
				@Nullable Function<Duration, ClientHttpRequestFactory> readTimeoutVariants) {
			this.requestFactory = Objects.requireNonNull(requestFactory, "requestFactory must not be null");
			this.readTimeoutRequestFactories = readTimeoutVariants;
			this.jdkHttpClient = null;
			this.apacheHttpClient = null;
			return this;
		}

		/**
		 * Send with this JDK {@code HttpClient} (its connection pool, proxy, TLS and connect timeout),
		 * on the calling thread, with {@link #readTimeout} bounding each wait for data. The client stays
		 * the caller's: {@link LabelStudioClient#close()} leaves it open.
		 * @param httpClient the HTTP client
		 * @return this builder
		 */
		public Builder jdkHttpClient(HttpClient httpClient) {
			this.jdkHttpClient = Objects.requireNonNull(httpClient, "httpClient must not be null");
			this.apacheHttpClient = null;
			this.requestFactory = null;
			this.readTimeoutRequestFactories = null;
			return this;
		}

		/**
		 * Send with this Apache HttpClient 5 client (its connection pool, proxy, TLS and connect timeout),
		 * with {@link #readTimeout} as the response timeout. Configure it without automatic retries (the
		 * client's retry policy decides what is sent again). The client stays the caller's:
		 * {@link LabelStudioClient#close()} leaves it open.
		 * @param httpClient the HTTP client
		 * @return this builder
		 */
		public Builder apacheHttpClient(org.apache.hc.client5.http.classic.HttpClient httpClient) {
			this.apacheHttpClient = Objects.requireNonNull(httpClient, "httpClient must not be null");
			this.jdkHttpClient = null;
			this.requestFactory = null;
			this.readTimeoutRequestFactories = null;
			return this;
		}

		/** Where HTTP exchanges are observed; none by default. */
		public Builder observationRegistry(@Nullable ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/** Name of the observation (and of the timer); default {@code labelstudio.client.requests}. */
		public Builder observationName(String observationName) {
			if (observationName == null || observationName.isBlank()) {
				throw new IllegalArgumentException("observationName must not be null or blank");
			}
			this.observationName = observationName;
			return this;
		}

		public Builder retrySettings(RetrySettings retrySettings) {
			this.retrySettings = Objects.requireNonNull(retrySettings, "retrySettings must not be null");
			return this;
		}

		/**
		 * An application's registry: the client's retry is created in it (and so appears in its metrics),
		 * or reused from it when another client with the same settings created it. A retry the application
		 * configured under the retry name is replaced (with a warning), as it would retry calls that must
		 * not be retried; set the attempts and back-off with {@link #retrySettings(RetrySettings)}.
		 */
		public Builder retryRegistry(@Nullable RetryRegistry retryRegistry) {
			this.retryRegistry = retryRegistry;
			return this;
		}

		/** Name of the Resilience4j retry; default {@code labelstudio}. */
		public Builder retryName(String retryName) {
			if (retryName == null || retryName.isBlank()) {
				throw new IllegalArgumentException("retryName must not be null or blank");
			}
			this.retryName = retryName;
			return this;
		}

		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = positive(connectTimeout, "connectTimeout");
			return this;
		}

		public Builder readTimeout(Duration readTimeout) {
			this.readTimeout = positive(readTimeout, "readTimeout");
			return this;
		}

		/** A header sent with every call; {@code Authorization} comes from the credentials. */
		public Builder defaultHeader(String name, String value) {
			checkHeader(name, value);
			this.defaultHeaders.put(name, value);
			return this;
		}

		/** Defaults for every call, laid under each call's own options. */
		public Builder defaultRequestOptions(RequestOptions options) {
			this.defaultRequestOptions = Objects.requireNonNull(options, "options must not be null");
			return this;
		}

		/** The clock for token expiry and {@code Retry-After} dates (tests). */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock must not be null");
			return this;
		}

		public LabelStudioClient build() {
			if (this.baseUrl == null) {
				throw new IllegalArgumentException("baseUrl must be set");
			}
			if (this.credentials == null) {
				throw new IllegalArgumentException("apiKey (or credentials) must be set");
			}
			URI base = this.baseUrl;
			ClientHttpRequestFactory factory = this.requestFactory;
			Function<Duration, ClientHttpRequestFactory> variants = this.readTimeoutRequestFactories;
			@Nullable AutoCloseable owned = null;
			Object apache = this.apacheHttpClient;
			HttpClient jdk = this.jdkHttpClient;
			if (factory == null && apache == null && jdk == null) {
				if (APACHE_HTTP_CLIENT_PRESENT) {
					AutoCloseable created = ApacheHttpTransport.httpClient(this.connectTimeout);
					apache = created;
					owned = created;
				}
				else {
					jdk = HttpClient.newBuilder()
						.version(HttpClient.Version.HTTP_1_1)
						.connectTimeout(this.connectTimeout)
						.followRedirects(HttpClient.Redirect.NEVER)
						.build();
					owned = closer(jdk);
				}
			}
			if (apache != null) {
				variants = ApacheHttpTransport.requestFactories(apache);
				factory = variants.apply(this.readTimeout);
			}
			else if (jdk != null) {
				HttpClient httpClient = jdk;
				// Sends on the calling thread: the JDK's own sendAsync, which Spring calls, completes on
				// CompletableFuture's default executor (a new thread per call on 1-2 CPUs).
				variants = (timeout) -> SynchronousHttpClient.requestFactory(httpClient, timeout);
				factory = variants.apply(this.readTimeout);
			}
			Objects.requireNonNull(factory, "factory");
			if (logger.isDebugEnabled()) {
				logger.debug("Label Studio client for " + base + " sends with " + factory.getClass().getName()
						+ ((owned != null) ? " (default)" : " (given)"));
			}
			DefaultUriBuilderFactory uriBuilderFactory = new DefaultUriBuilderFactory(base.toString());
			uriBuilderFactory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
			RestClient.Builder builder = (this.restClientBuilder != null) ? this.restClientBuilder.clone()
					: RestClient.builder();
			builder.requestFactory(factory)
				.uriBuilderFactory(uriBuilderFactory)
				.observationConvention(new LabelStudioObservationConvention(this.observationName));
			if (this.observationRegistry != null) {
				builder.observationRegistry(this.observationRegistry);
			}
			HttpTransport transport = new HttpTransport(base, builder.build(), variants, owned);
			RetryPolicy retryPolicy = new RetryPolicy(this.retrySettings, this.retryRegistry, this.retryName);
			ApiInvoker invoker = new ApiInvoker(transport, LabelStudioJson.get(), this.credentials, retryPolicy,
					Collections.unmodifiableMap(new LinkedHashMap<>(this.defaultHeaders)), this.defaultRequestOptions,
					this.clock);
			return new LabelStudioClient(invoker, factory.getClass(), true);
		}

		/** Closes a JDK {@code HttpClient} where the JDK can (Java 21 and later), else does nothing. */
		private static @Nullable AutoCloseable closer(HttpClient httpClient) {
			return (httpClient instanceof AutoCloseable closeable) ? closeable : null;
		}

		static URI normalizeBaseUrl(String baseUrl) {
			if (baseUrl.isBlank()) {
				throw new IllegalArgumentException("baseUrl must not be blank");
			}
			URI uri;
			try {
				uri = new URI(baseUrl.strip());
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException("baseUrl is not a valid URL: " + ex.getReason());
			}
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw new IllegalArgumentException("baseUrl must be an http or https URL");
			}
			if (uri.getHost() == null || uri.getHost().isBlank()) {
				throw new IllegalArgumentException("baseUrl must name a host");
			}
			if (uri.getRawUserInfo() != null) {
				throw new IllegalArgumentException("baseUrl must not contain credentials (user info)");
			}
			if (uri.getPort() == 0 || uri.getPort() > 65535) {
				throw new IllegalArgumentException("baseUrl must have a port from 1 to 65535, not " + uri.getPort());
			}
			if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw new IllegalArgumentException("baseUrl must not have a query or fragment");
			}
			String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
			while (path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			try {
				return new URI(scheme + "://" + uri.getRawAuthority() + path + "/");
			}
			catch (URISyntaxException ex) {
				throw new IllegalArgumentException("baseUrl is not a valid URL: " + ex.getReason());
			}
		}

		static void checkHeader(String name, String value) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("header name must not be null or blank");
			}
			Objects.requireNonNull(value, "header value must not be null");
			if (name.equalsIgnoreCase("authorization")) {
				throw new IllegalArgumentException("header Authorization is set from the credentials");
			}
			checkHeaderCharacters(name, value);
		}

		/**
		 * Refuse CR, LF and NUL in a header's name or value, which would end the header early or fail at
		 * send time; the value is not shown (it may be a secret).
		 */
		static void checkHeaderCharacters(String name, String value) {
			if (hasControlBreak(name) || name.indexOf(':') >= 0 || name.indexOf(' ') >= 0) {
				throw new IllegalArgumentException("header name must not contain CR, LF, NUL, ':' or spaces");
			}
			if (hasControlBreak(value)) {
				throw new IllegalArgumentException("header value of " + name + " must not contain CR, LF or NUL");
			}
		}

		private static boolean hasControlBreak(String text) {
			return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\0') >= 0;
		}

		private static Duration positive(Duration duration, String name) {
			Objects.requireNonNull(duration, () -> name + " must not be null");
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return duration;
		}

		@Override
		public String toString() {
			return "LabelStudioClient.Builder[baseUrl=" + this.baseUrl + ", credentials=***]";
		}

	}

}
