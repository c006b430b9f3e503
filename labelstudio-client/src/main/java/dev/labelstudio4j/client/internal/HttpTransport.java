package dev.labelstudio4j.client.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The client's {@code RestClient}, shared by every client derived with {@code withOptions}, plus one
 * per distinct per-call read timeout (each on the same connection pool where the request factory
 * allows it), made on first use and kept.
 */
public final class HttpTransport {

	static final int MAX_CACHED_TEMPLATES = 512;

	private final URI baseUrl;

	private final RestClient restClient;

	private final @Nullable Function<Duration, ClientHttpRequestFactory> readTimeoutFactories;

	private final Map<Duration, RestClient> byReadTimeout = new ConcurrentHashMap<>();

	private final Map<String, ResolvedUriTemplate> templates = new ConcurrentHashMap<>();

	private final @Nullable AutoCloseable owned;

	private volatile boolean closed;

	/**
	 * A transport.
	 * @param baseUrl the server's base URL, ending with {@code /}
	 * @param restClient the client's RestClient
	 * @param readTimeoutFactories makes a request factory with another read timeout, or {@code null}
	 * @param owned what the transport created and closes on {@link #close()} (the HTTP client), or
	 * {@code null}
	 */
	public HttpTransport(URI baseUrl, RestClient restClient,
			@Nullable Function<Duration, ClientHttpRequestFactory> readTimeoutFactories, @Nullable AutoCloseable owned) {
		this.baseUrl = baseUrl;
		this.restClient = restClient;
		this.readTimeoutFactories = readTimeoutFactories;
		this.owned = owned;
	}

	/** Closes what the transport created; later calls fail. Idempotent. */
	public void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
		}
		if (this.owned != null) {
			try {
				this.owned.close();
			}
			catch (Exception ex) {
				LogFactory.getLog(HttpTransport.class).debug("Closing the HTTP client failed", ex);
			}
		}
	}

	/** Whether {@link #close()} was called. */
	public boolean isClosed() {
		return this.closed;
	}

	public URI baseUrl() {
		return this.baseUrl;
	}

	public RestClient restClient() {
		return this.restClient;
	}

	/**
	 * A URI template under the base URL, parsed on first use and kept (up to
	 * {@value #MAX_CACHED_TEMPLATES} distinct templates: the client's own are a few dozen constants).
	 * @param template the template, starting with {@code /}
	 * @return the parsed template
	 */
	ResolvedUriTemplate uriTemplate(String template) {
		ResolvedUriTemplate resolved = this.templates.get(template);
		if (resolved == null) {
			resolved = ResolvedUriTemplate.parse(this.baseUrl, template);
			if (this.templates.size() < MAX_CACHED_TEMPLATES) {
				this.templates.putIfAbsent(template, resolved);
			}
		}
		return resolved;
	}

	/** Whether {@link #restClient(Duration)} accepts a read timeout of the call's own. */
	public boolean supportsReadTimeoutPerCall() {
		return this.readTimeoutFactories != null;
	}

	/**
	 * The RestClient for a call.
	 * @param readTimeout the call's read timeout, or {@code null} for the client's
	 * @return the RestClient
	 */
	public RestClient restClient(@Nullable Duration readTimeout) {
		if (readTimeout == null) {
			return this.restClient;
		}
		if (this.readTimeoutFactories == null) {
			throw new IllegalArgumentException(
					"readTimeout cannot be set per call: this client's request factory was supplied without a read-timeout variant");
		}
		return this.byReadTimeout.computeIfAbsent(readTimeout,
				(timeout) -> this.restClient.mutate().requestFactory(this.readTimeoutFactories.apply(timeout)).build());
	}

}
