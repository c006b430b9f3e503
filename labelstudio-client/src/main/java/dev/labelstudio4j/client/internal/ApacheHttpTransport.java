package dev.labelstudio4j.client.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;


/**
 * The default transport when Apache HttpClient 5 is on the class path: Spring's
 * {@link HttpComponentsClientHttpRequestFactory} over one {@link CloseableHttpClient} per
 * {@code LabelStudioClient}. Only this class refers to Apache types, and the builder loads it only
 * when Apache is on the class path, so the client works without Apache.
 */
public final class ApacheHttpTransport {

	/**
	 * Connections kept per route. A client talks to one server, so this is the number of calls that can
	 * be in flight at once without queueing for a connection. Apache's default (5) would make the sixth
	 * thread sharing a client wait; 50 is above any sensible number of threads calling one Label Studio
	 * server at once (its workers serve far fewer in parallel).
	 */
	public static final int MAX_CONNECTIONS_PER_ROUTE = 50;

	/** Connections kept in all: room for a second route (a proxy) besides the server's. */
	public static final int MAX_CONNECTIONS_TOTAL = 100;

	/**
	 * A pooled connection idle for longer than this is checked before it is reused: a connection that
	 * the server (often a WSGI server or proxy with a short keep-alive) closed meanwhile is then replaced
	 * instead of failing the call, which matters for a POST that the client must not send again.
	 */
	public static final Duration VALIDATE_AFTER_INACTIVITY = Duration.ofSeconds(1);

	/** The system properties that give the JDK's default proxy selector a proxy. */
	private static final List<String> PROXY_PROPERTIES = List.of("http.proxyHost", "https.proxyHost",
			"socksProxyHost", "ftp.proxyHost");

	private ApacheHttpTransport() {
	}

	/**
	 * Spring's request factory over the given HTTP client, with the read timeout of each call (see
	 * {@link CallTimeouts}, else {@code readTimeout}) as that request's response timeout, on the client's
	 * one connection pool, and request body writes bounded by the same timeout (see {@link WatchedEntity}).
	 * @param httpClient an Apache {@code org.apache.hc.client5.http.classic.HttpClient}, typed as
	 * {@code Object} so that callers need not load Apache's classes
	 * @param readTimeout the read timeout of calls without their own
	 * @param watchdog ends body writes that block for longer than the read timeout
	 * @return the request factory
	 */
	public static ClientHttpRequestFactory requestFactory(Object httpClient, Duration readTimeout, Watchdog watchdog) {
		return new RequestFactory((HttpClient) httpClient, readTimeout, watchdog);
	}

	/**
	 * The type of the factories {@link #requestFactory} makes, as the client reports it: Spring's.
	 * @return {@code HttpComponentsClientHttpRequestFactory}
	 */
	public static Class<? extends ClientHttpRequestFactory> requestFactoryType() {
		return HttpComponentsClientHttpRequestFactory.class;
	}

	/**
	 * The HTTP client: system properties (proxy, TLS) honoured as by Spring's and Spring Boot's own
	 * Apache clients, the proxy settings as they are when the client is built (see
	 * {@link #systemProxyConfigured()}); no automatic retries (the client's retry policy decides what is sent again and Apache
	 * would re-send idempotent requests on I/O errors behind its back), no redirects, no cookies.
	 * @param connectTimeout the connect timeout
	 * @return the client
	 */
	public static CloseableHttpClient httpClient(Duration connectTimeout) {
		ConnectionConfig connectionConfig = ConnectionConfig.custom()
			.setConnectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
			.setValidateAfterInactivity(TimeValue.ofMilliseconds(VALIDATE_AFTER_INACTIVITY.toMillis()))
			.build();
		PoolingHttpClientConnectionManager connectionManager = PoolingHttpClientConnectionManagerBuilder.create()
			.useSystemProperties()
			.setDefaultConnectionConfig(connectionConfig)
			.setMaxConnPerRoute(MAX_CONNECTIONS_PER_ROUTE)
			.setMaxConnTotal(MAX_CONNECTIONS_TOTAL)
			.build();
		HttpClientBuilder builder = HttpClients.custom().useSystemProperties();
		if (!systemProxyConfigured()) {
			// Apache's system route planner asks the ProxySelector for every request (~4 % of a loopback get)
			builder.setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE));
		}
		return builder.setConnectionManager(connectionManager)
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.addRequestInterceptorLast(AuthorizationMaskingInterceptor.INSTANCE)
			.build();
	}

	/**
	 * Whether a proxy can come from the JVM's settings: a proxy system property, the operating system's
	 * proxies ({@code java.net.useSystemProxies}), or a {@code ProxySelector} other than the JDK's own.
	 * Read when the HTTP client is built: without any, its requests go straight to the server, whatever is
	 * set later; with one, the system settings are asked for each request, as Apache does.
	 */
	static boolean systemProxyConfigured() {
		for (String property : PROXY_PROPERTIES) {
			String value = System.getProperty(property);
			if (value != null && !value.isBlank()) {
				return true;
			}
		}
		if (Boolean.getBoolean("java.net.useSystemProxies")) {
			return true;
		}
		ProxySelector selector = ProxySelector.getDefault();
		return selector != null && !selector.getClass().getName().equals("sun.net.spi.DefaultProxySelector");
	}

	/** Spring's factory with per-request response timeouts and watched body writes. */
	static final class RequestFactory extends HttpComponentsClientHttpRequestFactory {

		private final Duration readTimeout;

		private final Watchdog watchdog;

		RequestFactory(HttpClient httpClient, Duration readTimeout, Watchdog watchdog) {
			super(httpClient);
			this.readTimeout = readTimeout;
			this.watchdog = watchdog;
		}

		/** The request config of calls with the client's read timeout, made on first use. */
		private volatile @Nullable RequestConfig defaultConfig;

		private Duration timeout() {
			Duration timeout = CallTimeouts.readTimeoutOr(this.readTimeout);
			return (timeout != null) ? timeout : this.readTimeout;
		}

		@Override
		protected HttpContext createHttpContext(HttpMethod httpMethod, URI uri) {
			Duration timeout = timeout();
			RequestConfig config;
			if (timeout.equals(this.readTimeout)) {
				config = this.defaultConfig;
				if (config == null) {
					config = requestConfig(timeout);
					this.defaultConfig = config;
				}
			}
			else {
				config = requestConfig(timeout);
			}
			HttpClientContext context = HttpClientContext.create();
			context.setRequestConfig(config);
			return context;
		}

		/** The HTTP client's request config (or Apache's default) with the given response timeout. */
		private RequestConfig requestConfig(Duration timeout) {
			RequestConfig base = createRequestConfig(getHttpClient());
			RequestConfig.Builder config = (base != null) ? RequestConfig.copy(base) : RequestConfig.custom();
			return config.setResponseTimeout(Timeout.ofMilliseconds(timeout.toMillis())).build();
		}

		@Override
		protected ClassicHttpRequest createHttpUriRequest(HttpMethod httpMethod, URI uri) {
			return new WatchedRequest(httpMethod.name(), uri, timeout(), this.watchdog);
		}

	}

	/** A request whose entity is written under the watchdog. */
	static final class WatchedRequest extends HttpUriRequestBase {

		private final Duration timeout;

		private final Watchdog watchdog;

		WatchedRequest(String method, URI uri, Duration timeout, Watchdog watchdog) {
			super(method, uri);
			this.timeout = timeout;
			this.watchdog = watchdog;
		}

		@Override
		public void setEntity(@Nullable HttpEntity entity) {
			super.setEntity((entity != null) ? new WatchedEntity(entity, this) : null);
		}

	}

	/**
	 * A request body whose writes are bounded by the read timeout: Apache writes on the calling thread and
	 * a socket write that the server does not read blocks until the operating system gives up. A write
	 * blocked for longer than the timeout cancels the request, which closes the connection under it.
	 */
	static final class WatchedEntity extends HttpEntityWrapper {

		private final WatchedRequest request;

		WatchedEntity(HttpEntity entity, WatchedRequest request) {
			super(entity);
			this.request = request;
		}

		@Override
		public void writeTo(OutputStream out) throws IOException {
			WatchedRequest request = this.request;
			Watchdog.Wait wait = new Watchdog.Wait(request.timeout.toNanos()) {

				@Override
				void onTimeout() {
					request.cancel();
				}

			};
			request.watchdog.watch(wait);
			try {
				super.writeTo(new Watchdog.TimedOutput(out, wait));
			}
			finally {
				request.watchdog.unwatch(wait);
			}
		}

	}

}
