package dev.labelstudio4j.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import dev.labelstudio4j.client.LabelStudioApiException;
import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.RateLimitedException;
import dev.labelstudio4j.client.RetrySettings;

/**
 * Which failures are retried, and after how long, run by Resilience4j: the policy's decision is the
 * predicate and the interval function of the {@link Retry}s it keeps in its registry, so Resilience4j's
 * events and metrics count exactly what the policy decided.
 * <ul>
 * <li>GET, HEAD, PUT, DELETE: transport failures, 408, 429, 500, 502, 503, 504.</li>
 * <li>POST, PATCH: only when the request cannot have been processed (the connection was never made,
 * 429, 503), unless the call opts in with {@code RequestOptions.retryNonIdempotent(true)}.</li>
 * <li>{@code Retry-After} (seconds or HTTP-date) replaces the back-off; above
 * {@link RetrySettings#maxRetryAfter()} the call fails at once.</li>
 * <li>A body that cannot be replayed is never retried; nor is a body that could not be decoded.</li>
 * </ul>
 * Calls with the client's number of attempts run on the retry named {@link #name()}; a call with another
 * number {@code n} (a per-call {@code maxAttempts}) on the retry {@code <name>.attempts-<n>}, registered
 * in the same registry for up to {@value #MAX_DERIVED} distinct numbers (calls with yet other numbers
 * run on a retry of their own, outside the registry). With the JDK {@code HttpClient}, a GET or HEAD
 * whose connection closes before any byte of the response is sent a second time by the JDK itself, at
 * once, within the same attempt.
 */
public final class RetryPolicy {

	/** Name of the Resilience4j retry instance. */
	public static final String DEFAULT_RETRY_NAME = "labelstudio";

	/** Distinct per-call numbers of attempts whose retry is registered. */
	static final int MAX_DERIVED = 8;

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT,
			HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.TRACE);

	private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 500, 502, 503, 504);

	private static final Log logger = LogFactory.getLog(RetryPolicy.class);

	private final RetrySettings settings;

	private final Decisions decisions;

	private final RetryConfig config;

	private final @Nullable Retry retry;

	private final String name;

	private final RetryRegistry registry;

	private final Map<Integer, Retry> derived = new ConcurrentHashMap<>();

	public RetryPolicy(RetrySettings settings, @Nullable RetryRegistry registry, String name) {
		this(settings, registry, name, Clock.systemUTC());
	}

	public RetryPolicy(RetrySettings settings, @Nullable RetryRegistry registry, String name, Clock clock) {
		this.settings = settings;
		this.name = name;
		this.decisions = new Decisions(this, settings, clock);
		this.config = RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.retryOnException(this.decisions)
			.intervalBiFunction(this.decisions)
			.failAfterMaxAttempts(false)
			.build();
		this.registry = (registry != null) ? registry : RetryRegistry.ofDefaults();
		this.retry = (!settings.enabled() || settings.maxAttempts() < 2) ? null
				: fromRegistry(this.name, this.config);
	}

	/**
	 * The retry of the given name in the registry: created there, or reused when another client with the
	 * same settings made it. A retry of another kind under the name (configured by the application) would
	 * retry what must not be retried and ignore {@code Retry-After}: it is replaced. One made by a client
	 * with other settings is left alone and this client uses a retry of its own.
	 */
	private Retry fromRegistry(String name, RetryConfig config) {
		Retry existing = this.registry.find(name).orElse(null);
		if (existing == null) {
			return this.registry.retry(name, config);
		}
		RetryConfig found = existing.getRetryConfig();
		boolean ours = found.getIntervalBiFunction() instanceof Decisions;
		if (ours && this.decisions.equals(found.getIntervalBiFunction())
				&& found.getMaxAttempts() == config.getMaxAttempts()) {
			return existing;
		}
		Retry retry = Retry.of(name, config);
		if (!ours) {
			logger.warn("Replacing retry '" + name + "' of the given RetryRegistry: its configuration would "
					+ "retry Label Studio calls that must not be retried; configure the client's RetrySettings instead");
			this.registry.replace(name, retry);
		}
		return retry;
	}

	public RetrySettings settings() {
		return this.settings;
	}

	/** The registry the client's retries live in: the one given, else the client's own. */
	public RetryRegistry registry() {
		return this.registry;
	}

	/** The name of the client's retry in {@link #registry()}; derived retries start with it and a dot. */
	public String name() {
		return this.name;
	}

	/** The Resilience4j retry used for calls with the default number of attempts, or {@code null}. */
	public @Nullable Retry retry() {
		return this.retry;
	}

	/**
	 * The retry for a call that may make {@code attempts} attempts.
	 * @param attempts total attempts
	 * @return the retry, or {@code null} for a single attempt
	 */
	@Nullable Retry retryFor(int attempts) {
		if (attempts < 2) {
			return null;
		}
		if (attempts == this.settings.maxAttempts() && this.retry != null) {
			return this.retry;
		}
		Retry known = this.derived.get(attempts);
		if (known != null) {
			return known;
		}
		String derivedName = this.name + ".attempts-" + attempts;
		RetryConfig config = RetryConfig.from(this.config).maxAttempts(attempts).build();
		if (this.derived.size() >= MAX_DERIVED) {
			return Retry.of(derivedName, config);
		}
		synchronized (this.derived) {
			return this.derived.computeIfAbsent(attempts, (n) -> fromRegistry(derivedName, config));
		}
	}

	/** Total attempts a call gets. */
	int attemptsFor(@Nullable Integer requested, boolean replayable) {
		if (!replayable) {
			return 1;
		}
		if (requested != null) {
			return requested;
		}
		return this.settings.effectiveMaxAttempts();
	}

	/**
	 * Run a call's attempts under the policy.
	 * @param method the request method
	 * @param optedIn whether the call opted in to retrying a non-idempotent request
	 * @param attempts the call's total attempts
	 * @param attempt makes one attempt
	 * @return the first successful attempt's result
	 * @throws LabelStudioException the failure of the last attempt made
	 */
	<T> T execute(HttpMethod method, boolean optedIn, int attempts, Supplier<T> attempt) {
		Retry retry = retryFor(attempts);
		if (retry == null) {
			return attempt.get();
		}
		AtomicInteger counter = new AtomicInteger();
		try {
			return retry.executeSupplier(() -> {
				int number = counter.incrementAndGet();
				try {
					return attempt.get();
				}
				catch (LabelStudioException ex) {
					throw new FailedAttempt(ex, method, optedIn, number, attempts);
				}
			});
		}
		catch (FailedAttempt failed) {
			throw failed.failure;
		}
	}

	/**
	 * How long to wait before retrying after {@code failure}, or {@code null} when it must not be
	 * retried.
	 * @param method the request method
	 * @param optedIn whether the call opted in to retrying a non-idempotent request
	 * @param failure what went wrong
	 * @param attempt the attempt that failed, from 1
	 * @param clock the clock an HTTP-date {@code Retry-After} is measured against
	 * @return the wait, or {@code null}
	 */
	@Nullable Duration delayBeforeRetry(HttpMethod method, boolean optedIn, LabelStudioException failure,
			int attempt, Clock clock) {
		boolean mayRepeat = optedIn || IDEMPOTENT.contains(method);
		if (failure instanceof LabelStudioIoException io) {
			return (io.isRequestNotSent() || mayRepeat) ? backoff(attempt) : null;
		}
		if (failure instanceof LabelStudioApiException api) {
			int status = api.getStatusCode();
			if (!RETRYABLE_STATUS.contains(status)) {
				return null;
			}
			boolean serverRefused = status == 429 || status == 503;
			if (!serverRefused && !mayRepeat) {
				return null;
			}
			Duration retryAfter = (api instanceof RateLimitedException limited) ? limited.getRetryAfter()
					: ErrorDecoder.retryAfter(api.getHeaders(), clock);
			if (retryAfter != null) {
				return (retryAfter.compareTo(this.settings.maxRetryAfter()) <= 0) ? retryAfter : null;
			}
			return backoff(attempt);
		}
		return null;
	}

	private Duration backoff(int attempt) {
		long base = this.settings.backoff(attempt).toMillis();
		double jitter = this.settings.jitter();
		if (jitter == 0 || base == 0) {
			return Duration.ofMillis(base);
		}
		double factor = 1 - jitter + ThreadLocalRandom.current().nextDouble() * 2 * jitter;
		long millis = Math.min((long) (base * factor), this.settings.maxInterval().toMillis());
		return Duration.ofMillis(millis);
	}

	/**
	 * The policy as Resilience4j asks it: whether a failed attempt is retried (its predicate) and after
	 * how long (its interval function). Equal for clients with equal settings, so that they share a retry.
	 */
	private static final class Decisions implements Predicate<Throwable>, IntervalBiFunction<Object> {

		private final RetryPolicy policy;

		private final RetrySettings settings;

		private final Clock clock;

		Decisions(RetryPolicy policy, RetrySettings settings, Clock clock) {
			this.policy = policy;
			this.settings = settings;
			this.clock = clock;
		}

		@Override
		public boolean test(Throwable failure) {
			return failure instanceof FailedAttempt attempt && decide(attempt) != null;
		}

		@Override
		public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
			if (outcome.isLeft() && outcome.getLeft() instanceof FailedAttempt failed) {
				Duration delay = decide(failed);
				if (delay != null) {
					if (logger.isDebugEnabled()) {
						logger.debug(failed.failure.getOperation() + ": attempt " + failed.number + " of "
								+ failed.attempts + " failed (" + describe(failed.failure) + "); retrying in "
								+ delay.toMillis() + " ms");
					}
					return delay.toMillis();
				}
			}
			return 0L;
		}

		/** The policy's decision for a failed attempt, made once. */
		private @Nullable Duration decide(FailedAttempt failed) {
			if (!failed.decided) {
				failed.delay = this.policy.delayBeforeRetry(failed.method, failed.optedIn, failed.failure,
						failed.number, this.clock);
				failed.decided = true;
			}
			return failed.delay;
		}

		private static String describe(LabelStudioException ex) {
			return (ex instanceof LabelStudioApiException api) ? "HTTP " + api.getStatusCode()
					: ex.getClass().getSimpleName();
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Decisions that && this.settings.equals(that.settings)
					&& this.clock.equals(that.clock);
		}

		@Override
		public int hashCode() {
			return this.settings.hashCode();
		}

	}

	/** A failed attempt with what the policy needs to know about its call; never leaves {@link #execute}. */
	private static final class FailedAttempt extends RuntimeException {

		final LabelStudioException failure;

		final HttpMethod method;

		final boolean optedIn;

		final int number;

		final int attempts;

		boolean decided;

		@Nullable Duration delay;

		FailedAttempt(LabelStudioException failure, HttpMethod method, boolean optedIn, int number, int attempts) {
			super(failure.getMessage(), failure, false, false);
			this.failure = failure;
			this.method = method;
			this.optedIn = optedIn;
			this.number = number;
			this.attempts = attempts;
		}

	}

}
