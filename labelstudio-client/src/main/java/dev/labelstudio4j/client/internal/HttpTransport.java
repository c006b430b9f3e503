package dev.labelstudio4j.client.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The client's {@code RestClient}, shared by every client derived with {@code withOptions}, with what
 * the client created for it (the HTTP client, the {@link Watchdog}), released by {@link #close()}.
 * <p>
 * A per-call read timeout is applied to that one request on the same {@code RestClient} and connection
 * pool by the client's own request factories. For a request factory the application supplied with
 * read-timeout variants, a variant is made per distinct timeout and kept for up to
 * {@value #MAX_VARIANTS} distinct timeouts; a call with yet another timeout gets a variant of its own,
 * released (closed, when it can be) when the call ends.
 */
public final class HttpTransport {

	static final int MAX_CACHED_TEMPLATES = 512;

	/** Distinct per-call read timeouts whose variant of a supplied request factory is kept. */
	static final int MAX_VARIANTS = 16;

	private static final Log logger = LogFactory.getLog(HttpTransport.class);

	private final URI baseUrl;

	private final RestClient restClient;

	private final ReadTimeouts readTimeouts;

	private final @Nullable Function<Duration, ClientHttpRequestFactory> variants;

	private final Map<Duration, Variant> byReadTimeout = new ConcurrentHashMap<>();

	private final Map<String, ResolvedUriTemplate> templates = new ConcurrentHashMap<>();

	private final @Nullable AutoCloseable owned;

	private final Watchdog watchdog;

	private volatile boolean closed;

	/** How a transport applies a per-call read timeout. */
	public enum ReadTimeouts {

		/** The request factory applies {@link CallTimeouts} to each request (the client's own). */
		PER_REQUEST,

		/** A variant of the request factory per timeout. */
		VARIANTS,

		/** Per-call read timeouts are refused. */
		NONE

	}

	/**
	 * A transport.
	 * @param baseUrl the server's base URL, ending with {@code /}
	 * @param restClient the client's RestClient
	 * @param readTimeouts how per-call read timeouts are applied
	 * @param variants makes a request factory with another read timeout, for {@link ReadTimeouts#VARIANTS}
	 * @param owned what the transport created and closes on {@link #close()} (the HTTP client), or
	 * {@code null}
	 * @param watchdog the client's watchdog, closed on {@link #close()}
	 */
	public HttpTransport(URI baseUrl, RestClient restClient, ReadTimeouts readTimeouts,
			@Nullable Function<Duration, ClientHttpRequestFactory> variants, @Nullable AutoCloseable owned,
			Watchdog watchdog) {
		if (readTimeouts == ReadTimeouts.VARIANTS && variants == null) {
			throw new IllegalArgumentException("variants must be given for ReadTimeouts.VARIANTS");
		}
		this.baseUrl = baseUrl;
		this.restClient = restClient;
		this.readTimeouts = readTimeouts;
		this.variants = variants;
		this.owned = owned;
		this.watchdog = watchdog;
	}

	/**
	 * Closes what the transport created (the HTTP client and its pool, the watchdog's thread, the
	 * request factory variants it made); later calls fail. Idempotent.
	 */
	public void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
		}
		this.byReadTimeout.values().forEach(Variant::close);
		this.byReadTimeout.clear();
		release(this.owned);
		this.watchdog.close();
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

	/** The watchdog that bounds the waits of this transport's exchanges. */
	public Watchdog watchdog() {
		return this.watchdog;
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
		return this.readTimeouts == ReadTimeouts.PER_REQUEST || this.variants != null;
	}

	/**
	 * The RestClient for a call with the given read timeout: the client's own, or for a supplied request
	 * factory a variant.
	 * @param readTimeout the call's read timeout, or {@code null} for the client's
	 * @return the RestClient to send with; {@link Lease#release()} it when the call is over
	 */
	Lease lease(@Nullable Duration readTimeout) {
		if (readTimeout == null || this.readTimeouts == ReadTimeouts.PER_REQUEST) {
			return new Lease(this.restClient, null);
		}
		if (this.readTimeouts == ReadTimeouts.NONE || this.variants == null) {
			throw new IllegalArgumentException(
					"readTimeout cannot be set per call: this client's request factory was supplied without a read-timeout variant");
		}
		Variant cached = this.byReadTimeout.get(readTimeout);
		if (cached != null) {
			return new Lease(cached.restClient, null);
		}
		ClientHttpRequestFactory factory = this.variants.apply(readTimeout);
		Variant variant = new Variant(this.restClient.mutate().requestFactory(factory).build(), factory);
		if (this.byReadTimeout.size() < MAX_VARIANTS && !this.closed) {
			Variant existing = this.byReadTimeout.putIfAbsent(readTimeout, variant);
			if (existing == null) {
				return new Lease(variant.restClient, null);
			}
			variant.close();
			return new Lease(existing.restClient, null);
		}
		return new Lease(variant.restClient, factory);
	}

	/** Number of request factory variants kept (tests). */
	int variants() {
		return this.byReadTimeout.size();
	}

	private static void release(@Nullable Object resource) {
		try {
			if (resource instanceof AutoCloseable closeable) {
				closeable.close();
			}
			else if (resource instanceof DisposableBean disposable) {
				disposable.destroy();
			}
		}
		catch (Exception ex) {
			logger.debug("Closing " + resource.getClass().getName() + " failed", ex);
		}
	}

	/** A request factory variant and the RestClient over it. */
	private record Variant(RestClient restClient, ClientHttpRequestFactory factory) {

		void close() {
			release(this.factory);
		}

	}

	/** A RestClient for one call, and what to release when the call is over. */
	static final class Lease {

		private final RestClient restClient;

		private final @Nullable Object oneOff;

		Lease(RestClient restClient, @Nullable Object oneOff) {
			this.restClient = restClient;
			this.oneOff = oneOff;
		}

		RestClient restClient() {
			return this.restClient;
		}

		/** Releases a variant made for this call only. */
		void release() {
			HttpTransport.release(this.oneOff);
		}

		/**
		 * A response body stream that releases this lease when it is closed.
		 * @param body the stream handed to the caller
		 * @return the stream to hand over instead
		 */
		InputStream releasingOnClose(InputStream body) {
			if (this.oneOff == null) {
				return body;
			}
			return new FilterInputStream(body) {

				@Override
				public void close() throws IOException {
					try {
						super.close();
					}
					finally {
						release();
					}
				}

			};
		}

	}

}
