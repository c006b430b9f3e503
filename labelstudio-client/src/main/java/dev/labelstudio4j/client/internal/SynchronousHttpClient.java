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
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * A JDK {@link HttpClient} whose {@code sendAsync} sends on the calling thread, for Spring's
 * {@code JdkClientHttpRequestFactory}, which calls {@code sendAsync} and then waits for the answer. The
 * JDK completes every {@code sendAsync} future on {@code CompletableFuture}'s default executor (a new
 * thread per call where the common pool has fewer than two threads); {@link #send} has no such hand-off,
 * and this client answers {@code sendAsync} with it and a completed future.
 * <p>
 * The read timeout (the call's, see {@link CallTimeouts}, else this client's) bounds each wait, never
 * the time a body takes while it flows: the wait for the server to take the next part of the request
 * body, the wait for the response headers once the body is sent, and each read of the response body.
 * A wait that runs over is ended by the {@link Watchdog}: the sending thread is interrupted, which
 * makes the JDK cancel the exchange, and the call fails with an {@link HttpTimeoutException}. No JDK
 * request timeout is set (it would run from the first byte sent and cut a healthy long upload).
 */
public final class SynchronousHttpClient extends HttpClient {

	private final HttpClient delegate;

	private final @Nullable Duration readTimeout;

	private final Watchdog watchdog;

	/**
	 * Wrap a client.
	 * @param delegate the client that sends
	 * @param readTimeout the read timeout of calls without their own, or {@code null} for none
	 * @param watchdog ends waits that run over
	 */
	public SynchronousHttpClient(HttpClient delegate, @Nullable Duration readTimeout, Watchdog watchdog) {
		this.delegate = delegate;
		this.readTimeout = readTimeout;
		this.watchdog = watchdog;
	}

	/**
	 * Spring's request factory over a JDK client that sends on the calling thread, with the read timeout
	 * applied as described on this class (not Spring's own, which would hand every call to a timer thread).
	 * @param httpClient the JDK client
	 * @param readTimeout the read timeout of calls without their own, or {@code null} for none
	 * @param watchdog ends waits that run over
	 * @return the request factory
	 */
	public static JdkClientHttpRequestFactory requestFactory(HttpClient httpClient, @Nullable Duration readTimeout,
			Watchdog watchdog) {
		return new JdkClientHttpRequestFactory(new SynchronousHttpClient(httpClient, readTimeout, watchdog));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		Duration timeout = CallTimeouts.readTimeoutOr(this.readTimeout);
		if (timeout == null) {
			return this.delegate.send(request, handler);
		}
		ExchangeWait wait = new ExchangeWait(timeout.toNanos(), Thread.currentThread());
		HttpRequest sent = request.bodyPublisher()
			.map((body) -> HttpRequest.newBuilder(request, (name, value) -> true)
				.method(request.method(), new WatchedPublisher(body, wait))
				.build())
			.orElse(request);
		HttpResponse<T> response;
		wait.begin();
		this.watchdog.watch(wait);
		try {
			response = this.delegate.send(sent, wait.handler(handler));
		}
		catch (InterruptedException ex) {
			if (wait.finish()) {
				throw wait.timeout(ex);
			}
			throw ex;
		}
		catch (IOException ex) {
			if (wait.finish()) {
				throw wait.timeout(ex);
			}
			throw ex;
		}
		finally {
			this.watchdog.unwatch(wait);
			wait.finish();
		}
		if (response.body() instanceof InputStream body && !wait.buffered()) {
			return (HttpResponse<T>) new TimedBodyResponse((HttpResponse<InputStream>) response,
					this.watchdog.timedBody(body, timeout));
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

	/**
	 * The wait of one exchange, from the first byte sent to the response headers. It runs while the JDK
	 * holds request data it has not passed on (the server is not reading) and while it waits for the
	 * headers; it pauses while the JDK waits for the body's producer. On timeout the sending thread is
	 * interrupted once; {@link #finish()} clears that interrupt.
	 */
	private static final class ExchangeWait extends Watchdog.Wait {

		private final Thread thread;

		private final AtomicLong demand = new AtomicLong();

		private volatile boolean bodySent;

		private volatile boolean buffered;

		/** 0 sending, 1 answered or finished, 2 timed out, 3 timed out and interrupt cleared (guarded by this). */
		private int state;

		ExchangeWait(long timeoutNanos, Thread thread) {
			super(timeoutNanos);
			this.thread = thread;
		}

		@Override
		void onTimeout() {
			synchronized (this) {
				if (this.state == 0) {
					this.state = 2;
					this.thread.interrupt();
				}
			}
		}

		/**
		 * The handler for this exchange: marks the headers' arrival (after which the watchdog no longer
		 * interrupts; reads of the body are timed on their own), and releases an answer that arrives after
		 * the exchange timed out, which nobody will read.
		 */
		<T> HttpResponse.BodyHandler<T> handler(HttpResponse.BodyHandler<T> handler) {
			return (info) -> {
				synchronized (this) {
					if (this.state == 0) {
						if (buffers(info)) {
							// the wait goes on, for the body now, restarted by each part that arrives
							begin();
							this.buffered = true;
							return new Buffering<>(handler.apply(info), this);
						}
						this.state = 1;
						end();
						return handler.apply(info);
					}
				}
				if (this.state == 1) {
					return handler.apply(info);
				}
				return new Released<>();
			};
		}

		/** Whether the body was read whole before the answer was handed over. */
		boolean buffered() {
			return this.buffered;
		}

		/** Part of a buffered body arrived: the wait for the rest starts again. */
		void progressed() {
			synchronized (this) {
				if (this.state == 0) {
					begin();
				}
			}
		}

		/** A buffered body arrived whole (or failed): the exchange is answered. */
		void bodyDone() {
			synchronized (this) {
				if (this.state == 0) {
					this.state = 1;
					end();
				}
			}
		}

		/**
		 * Ends the wait; idempotent.
		 * @return whether it had timed out (the interrupt it caused is then cleared)
		 */
		boolean finish() {
			end();
			synchronized (this) {
				if (this.state <= 1) {
					this.state = 1;
					return false;
				}
				if (this.state == 2) {
					// the interrupt was delivered under the lock: clear it
					Thread.interrupted();
					this.state = 3;
				}
			}
			return true;
		}

		HttpTimeoutException timeout(Exception cause) {
			HttpTimeoutException timeout = new HttpTimeoutException(this.buffered
					? "no response data within the read timeout of " + timeoutMillis()
							+ " ms; the server may have processed the request"
					: "no progress within the read timeout of " + timeoutMillis() + " ms (request body not taken "
							+ "or no response headers); the server may have processed the request");
			timeout.initCause(cause);
			return timeout;
		}

		void requested(long n) {
			if (this.demand.addAndGet(n) > 0 && !this.bodySent) {
				end();
			}
		}

		void delivered() {
			if (this.demand.decrementAndGet() <= 0) {
				begin();
			}
		}

		/** The whole body was handed to the JDK: from now on the wait for the response headers. */
		void sent() {
			this.bodySent = true;
			begin();
		}

	}

	/**
	 * Whether an answer's body is read whole before the answer is handed over: when it says how long it
	 * is, more than {@value #BUFFER_FROM} and at most {@value #BUFFER_LIMIT} bytes, and is not encoded.
	 * The JDK's selector thread then passes it on in one piece when it is complete, instead of handing each
	 * part to the caller's thread through a queue (a walk over 100,000 tasks in pages of 100: 1.11 of the
	 * plain {@code ofByteArray} loop before, 1.02 after). A shorter body mostly arrives with the headers
	 * and is handed over as fast through the queue (buffering it measured slower); longer bodies, and
	 * those of unknown length (exports, downloads), are streamed.
	 */
	static boolean buffers(HttpResponse.ResponseInfo info) {
		OptionalLong length = info.headers().firstValueAsLong("Content-Length");
		return length.isPresent() && length.getAsLong() > BUFFER_FROM && length.getAsLong() <= BUFFER_LIMIT
				&& info.headers().firstValue("Content-Encoding").map((encoding) -> encoding.isBlank()
						|| encoding.equalsIgnoreCase("identity")).orElse(true);
	}

	/** Bodies up to this length are streamed (see {@link #buffers}). */
	static final int BUFFER_FROM = 16 * 1024;

	/** The longest body that is read whole before it is handed over (see {@link #buffers}). */
	static final int BUFFER_LIMIT = 1 << 20;

	/**
	 * Collects a body whole (each part restarting the exchange's wait) and then passes it on, in one
	 * piece, to the subscriber Spring's handler made; the answer is handed over once that one has it.
	 */
	private static final class Buffering<T> implements HttpResponse.BodySubscriber<T> {

		private final HttpResponse.BodySubscriber<T> downstream;

		private final ExchangeWait wait;

		private final List<ByteBuffer> parts = new ArrayList<>();

		private final CompletableFuture<T> body = new CompletableFuture<>();

		Buffering(HttpResponse.BodySubscriber<T> downstream, ExchangeWait wait) {
			this.downstream = downstream;
			this.wait = wait;
		}

		@Override
		public CompletionStage<T> getBody() {
			return this.body;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> item) {
			this.parts.addAll(item);
			this.wait.progressed();
		}

		@Override
		public void onError(Throwable throwable) {
			this.wait.bodyDone();
			this.parts.clear();
			this.body.completeExceptionally(throwable);
		}

		@Override
		public void onComplete() {
			this.wait.bodyDone();
			List<ByteBuffer> whole = List.copyOf(this.parts);
			this.parts.clear();
			HttpResponse.BodySubscriber<T> downstream = this.downstream;
			downstream.onSubscribe(new Flow.Subscription() {

				private boolean done;

				@Override
				public void request(long n) {
					if (!this.done && n > 0) {
						this.done = true;
						if (!whole.isEmpty()) {
							downstream.onNext(whole);
						}
						downstream.onComplete();
					}
				}

				@Override
				public void cancel() {
					this.done = true;
				}

			});
			downstream.getBody().whenComplete((value, failure) -> {
				if (failure != null) {
					this.body.completeExceptionally(failure);
				}
				else {
					this.body.complete(value);
				}
			});
		}

	}

	/** Cancels the body of an answer that came too late, so that the JDK closes its connection. */
	private static final class Released<T> implements HttpResponse.BodySubscriber<T> {

		@Override
		public CompletionStage<T> getBody() {
			return CompletableFuture.failedFuture(new HttpTimeoutException("the exchange timed out"));
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			subscription.cancel();
		}

		@Override
		public void onNext(List<ByteBuffer> item) {
		}

		@Override
		public void onError(Throwable throwable) {
		}

		@Override
		public void onComplete() {
		}

	}

	/**
	 * A request body publisher that tells the wait when the JDK takes data and when the body is sent.
	 * Once the body is sent, failed or cancelled it lets go of the body's publisher and subscription: the
	 * JDK keeps a request with its pooled connection, and the body's writer refers to the client, which
	 * would keep the JDK client (and its selector thread) reachable after the client is closed.
	 */
	private static final class WatchedPublisher implements HttpRequest.BodyPublisher {

		private volatile HttpRequest.@Nullable BodyPublisher delegate;

		private final long contentLength;

		private final ExchangeWait wait;

		WatchedPublisher(HttpRequest.BodyPublisher delegate, ExchangeWait wait) {
			this.delegate = delegate;
			this.contentLength = delegate.contentLength();
			this.wait = wait;
		}

		@Override
		public long contentLength() {
			return this.contentLength;
		}

		@Override
		public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
			HttpRequest.BodyPublisher publisher = this.delegate;
			if (publisher == null) {
				subscriber.onSubscribe(new Flow.Subscription() {

					@Override
					public void request(long n) {
					}

					@Override
					public void cancel() {
					}

				});
				subscriber.onError(new IOException("the request body was already sent"));
				return;
			}
			publisher.subscribe(new WatchedSubscriber(subscriber, this));
		}

		void release() {
			this.delegate = null;
		}

	}

	/** Passes the body on to the JDK, telling the wait about its progress. */
	private static final class WatchedSubscriber implements Flow.Subscriber<ByteBuffer>, Flow.Subscription {

		private final Flow.Subscriber<? super ByteBuffer> downstream;

		private final WatchedPublisher publisher;

		private volatile Flow.@Nullable Subscription upstream;

		WatchedSubscriber(Flow.Subscriber<? super ByteBuffer> downstream, WatchedPublisher publisher) {
			this.downstream = downstream;
			this.publisher = publisher;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.upstream = subscription;
			this.downstream.onSubscribe(this);
		}

		@Override
		public void request(long n) {
			this.publisher.wait.requested(n);
			Flow.Subscription subscription = this.upstream;
			if (subscription != null) {
				subscription.request(n);
			}
		}

		@Override
		public void cancel() {
			Flow.Subscription subscription = this.upstream;
			release();
			if (subscription != null) {
				subscription.cancel();
			}
		}

		@Override
		public void onNext(ByteBuffer item) {
			this.publisher.wait.delivered();
			this.downstream.onNext(item);
		}

		@Override
		public void onError(Throwable throwable) {
			release();
			this.downstream.onError(throwable);
		}

		@Override
		public void onComplete() {
			this.publisher.wait.sent();
			release();
			this.downstream.onComplete();
		}

		private void release() {
			this.upstream = null;
			this.publisher.release();
		}

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
