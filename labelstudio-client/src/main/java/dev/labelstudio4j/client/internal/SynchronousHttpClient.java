package dev.labelstudio4j.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * A JDK {@link HttpClient} whose {@code sendAsync} sends on the calling thread, for Spring's
 * {@code JdkClientHttpRequestFactory}, which calls {@code sendAsync} and then waits for the answer.
 * <p>
 * The JDK completes every {@code sendAsync} future on {@code CompletableFuture}'s default executor,
 * whatever executor the client was given: the common {@code ForkJoinPool}, or, where that pool has
 * fewer than two threads (machines and containers with one or two CPUs), a new thread per call. That
 * hand-off cost more than the rest of a call together on two CPUs (see
 * {@code labelstudio-benchmarks}). {@link #send} has no such hand-off; this client answers
 * {@code sendAsync} with it and returns a completed future. The read timeout is applied here to the
 * wait for the response headers (as the request's timeout, unless it has its own) and to each read of
 * an {@code InputStream} body ({@link BodyReadTimeouts}); use {@link #requestFactory} rather than
 * Spring's read timeout on top, which would hand every call to a timer thread.
 */
public final class SynchronousHttpClient extends HttpClient {

	private final HttpClient delegate;

	private final @Nullable Duration readTimeout;

	/**
	 * Wrap a client.
	 * @param delegate the client that sends
	 * @param readTimeout the longest wait for the response headers, or {@code null} for none
	 */
	public SynchronousHttpClient(HttpClient delegate, @Nullable Duration readTimeout) {
		this.delegate = delegate;
		this.readTimeout = readTimeout;
	}

	/**
	 * Spring's request factory over a JDK client that sends on the calling thread, with a read timeout:
	 * for the wait for the response headers (the request's timeout) and for each read of the body
	 * ({@link BodyReadTimeouts}), not Spring's own, which costs a hand-off to a timer thread per call.
	 * @param httpClient the JDK client (shared by the factories of all read timeouts)
	 * @param readTimeout the read timeout, or {@code null} for none
	 * @return the request factory
	 */
	public static JdkClientHttpRequestFactory requestFactory(HttpClient httpClient, @Nullable Duration readTimeout) {
		return new JdkClientHttpRequestFactory(new SynchronousHttpClient(httpClient, readTimeout));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		HttpResponse<T> response = this.delegate.send(withTimeout(request), handler);
		if (this.readTimeout != null && response.body() instanceof InputStream body) {
			return (HttpResponse<T>) new TimedBodyResponse((HttpResponse<InputStream>) response,
					BodyReadTimeouts.withReadTimeout(body, this.readTimeout));
		}
		return response;
	}

	@Override
	public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
			HttpResponse.BodyHandler<T> handler) {
		try {
			return CompletableFuture.completedFuture(send(request, handler));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			InterruptedIOException failure = new InterruptedIOException("Request was interrupted");
			failure.initCause(ex);
			return CompletableFuture.failedFuture(failure);
		}
		catch (IOException | RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	@Override
	public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
			HttpResponse.@Nullable PushPromiseHandler<T> pushPromiseHandler) {
		return sendAsync(request, handler);
	}

	private HttpRequest withTimeout(HttpRequest request) {
		if (this.readTimeout == null || request.timeout().isPresent()) {
			return request;
		}
		return HttpRequest.newBuilder(request, (name, value) -> true).timeout(this.readTimeout).build();
	}

	@Override
	public Optional<CookieHandler> cookieHandler() {
		return this.delegate.cookieHandler();
	}

	@Override
	public Optional<Duration> connectTimeout() {
		return this.delegate.connectTimeout();
	}

	@Override
	public Redirect followRedirects() {
		return this.delegate.followRedirects();
	}

	@Override
	public Optional<ProxySelector> proxy() {
		return this.delegate.proxy();
	}

	@Override
	public SSLContext sslContext() {
		return this.delegate.sslContext();
	}

	@Override
	public SSLParameters sslParameters() {
		return this.delegate.sslParameters();
	}

	@Override
	public Optional<Authenticator> authenticator() {
		return this.delegate.authenticator();
	}

	@Override
	public Version version() {
		return this.delegate.version();
	}

	@Override
	public Optional<Executor> executor() {
		return this.delegate.executor();
	}

	@Override
	public String toString() {
		return "SynchronousHttpClient[" + this.delegate + "]";
	}

	/** A response whose body is the timed stream over the original's. */
	private record TimedBodyResponse(HttpResponse<InputStream> response, InputStream body)
			implements HttpResponse<InputStream> {

		@Override
		public int statusCode() {
			return this.response.statusCode();
		}

		@Override
		public HttpRequest request() {
			return this.response.request();
		}

		@Override
		public Optional<HttpResponse<InputStream>> previousResponse() {
			return this.response.previousResponse();
		}

		@Override
		public java.net.http.HttpHeaders headers() {
			return this.response.headers();
		}

		@Override
		public Optional<SSLSession> sslSession() {
			return this.response.sslSession();
		}

		@Override
		public URI uri() {
			return this.response.uri();
		}

		@Override
		public Version version() {
			return this.response.version();
		}

	}

}
