package dev.labelstudio4j.client.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
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

	private ApacheHttpTransport() {
	}

	/**
	 * Request factories, one per read timeout, all sending through the given HTTP client.
	 * @param httpClient an Apache {@code org.apache.hc.client5.http.classic.HttpClient}, typed as
	 * {@code Object} so that callers need not load Apache's classes
	 * @return makes a request factory with the given read timeout
	 */
	public static Function<Duration, ClientHttpRequestFactory> requestFactories(Object httpClient) {
		HttpClient apache = (HttpClient) httpClient;
		return (readTimeout) -> {
			HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(apache);
			factory.setReadTimeout(readTimeout);
			return factory;
		};
	}

	/**
	 * The HTTP client: system properties (proxy, TLS) honoured as by Spring's and Spring Boot's own
	 * Apache clients; no automatic retries (the client's retry policy decides what is sent again and Apache
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
		return HttpClients.custom()
			.useSystemProperties()
			.setConnectionManager(connectionManager)
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.addRequestInterceptorLast(AuthorizationMaskingInterceptor.INSTANCE)
			.build();
	}

}
