package dev.labelstudio4j.client.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.jspecify.annotations.Nullable;

/**
 * A JDK {@link HttpClient} whose {@code sendAsync} sends on the calling thread, for Spring's
 * {@code JdkClientHttpRequestFactory}, which calls {@code sendAsync} and then waits for the answer.
 * <p>
 * The JDK completes every {@code sendAsync} future on {@code CompletableFuture}'s default executor,
 * whatever executor the client was given: the common {@code ForkJoinPool}, or, where that pool has
 * fewer than two threads (machines and containers with one or two CPUs), a new thread per call. That
 * hand-off cost more than the rest of a call together on two CPUs (see
 * {@code labelstudio-benchmarks}). {@link #send} has no such hand-off; this client answers
 * {@code sendAsync} with it and returns a completed future. The read timeout is applied to the wait
 * for the response headers here (as the request's timeout, unless it has its own) and, as before, by
 * Spring to the reading of the body.
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

	@Override
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		return this.delegate.send(withTimeout(request), handler);
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

}
