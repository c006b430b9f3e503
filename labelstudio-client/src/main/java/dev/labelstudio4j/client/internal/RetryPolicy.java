package dev.labelstudio4j.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

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
 * Which failures are retried, and after how long; backed by a Resilience4j {@link Retry}.
 * <ul>
 * <li>GET, HEAD, PUT, DELETE: transport failures, 408, 429, 500, 502, 503, 504.</li>
 * <li>POST, PATCH: only when the request cannot have been processed (the connection was never made,
 * 429, 503), unless the call opts in with {@code RequestOptions.retryNonIdempotent(true)}.</li>
 * <li>{@code Retry-After} (seconds or HTTP-date) replaces the back-off; above
 * {@link RetrySettings#maxRetryAfter()} the call fails at once.</li>
 * <li>A body that cannot be replayed is never retried.</li>
 * </ul>
 * With the default JDK {@code HttpClient}, a GET or HEAD whose connection closes before any byte of
 * the response is sent a second time by the JDK itself, at once, within the same attempt.
 */
public final class RetryPolicy {

	/** Name of the Resilience4j retry instance. */
	public static final String DEFAULT_RETRY_NAME = "labelstudio";

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT,
			HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.TRACE);

	private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 500, 502, 503, 504);

	private static final Log logger = LogFactory.getLog(RetryPolicy.class);

	/** Retries exactly the failures the policy marked; shared so that clients recognise each other's retry. */
	private static final Predicate<Throwable> RETRYABLE = (ex) -> ex instanceof RetryableFailure;

	/** The wait the policy chose for a failure. */
	private static final IntervalBiFunction<Object> DELAY_OF_FAILURE = (attempt, outcome) -> (outcome.isLeft()
			&& outcome.getLeft() instanceof RetryableFailure failure) ? failure.delay.toMillis() : 0L;

	private final RetrySettings settings;

	private final RetryConfig config;

	private final @Nullable Retry retry;

	private final String name;

	private final RetryRegistry registry;

	public RetryPolicy(RetrySettings settings, @Nullable RetryRegistry registry, String name) {
		this.settings = settings;
		this.name = name;
		this.config = RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.retryOnException(RETRYABLE)
			.intervalBiFunction(DELAY_OF_FAILURE)
			.failAfterMaxAttempts(false)
			.build();
		this.registry = (registry != null) ? registry : RetryRegistry.ofDefaults();
		this.retry = (!settings.enabled() || settings.maxAttempts() < 2) ? null : fromRegistry(this.registry);
	}

	/**
	 * The retry of the given registry: created there, or reused when another client with the same
	 * settings made it. A retry of another kind under the name (configured by the application) would
	 * retry what must not be retried and ignore {@code Retry-After}: it is replaced. One made by a client
	 * with another number of attempts is left alone and this client uses a retry of its own.
	 */
	private Retry fromRegistry(RetryRegistry registry) {
		Retry existing = registry.find(this.name).orElse(null);
		if (existing == null) {
			return registry.retry(this.name, this.config);
		}
		RetryConfig config = existing.getRetryConfig();
		boolean ours = config.getIntervalBiFunction() == DELAY_OF_FAILURE && !config.isFailAfterMaxAttempts()
				&& !config.getExceptionPredicate().test(new IllegalStateException());
		if (ours && config.getMaxAttempts() == this.settings.maxAttempts()) {
			return existing;
		}
		Retry retry = Retry.of(this.name, this.config);
		if (!ours) {
			logger.warn("Replacing retry '" + this.name + "' of the given RetryRegistry: its configuration would "
					+ "retry Label Studio calls that must not be retried; configure the client's RetrySettings instead");
			registry.replace(this.name, retry);
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

	/** The name of the client's retry in {@link #registry()}. */
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
		return Retry.of(this.name, RetryConfig.from(this.config).maxAttempts(attempts).build());
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

	/** Internal marker: a failed attempt the policy decided to retry. */
	static final class RetryableFailure extends RuntimeException {

		final LabelStudioException failure;

		final Duration delay;

		RetryableFailure(LabelStudioException failure, Duration delay) {
			super(failure.getMessage(), failure, false, false);
			this.failure = failure;
			this.delay = delay;
		}

	}

}
