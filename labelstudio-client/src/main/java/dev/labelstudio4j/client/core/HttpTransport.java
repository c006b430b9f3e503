package dev.labelstudio4j.client.core;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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

	public HttpTransport(URI baseUrl, RestClient restClient,
			@Nullable Function<Duration, ClientHttpRequestFactory> readTimeoutFactories) {
		this.baseUrl = baseUrl;
		this.restClient = restClient;
		this.readTimeoutFactories = readTimeoutFactories;
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
