package dev.labelstudio4j.client.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
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
 */
public final class RetryPolicy {

	/** Name of the Resilience4j retry instance. */
	public static final String DEFAULT_RETRY_NAME = "labelstudio";

	private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT,
			HttpMethod.DELETE, HttpMethod.OPTIONS, HttpMethod.TRACE);

	private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 500, 502, 503, 504);

	private final RetrySettings settings;

	private final RetryConfig config;

	private final @Nullable Retry retry;

	private final String name;

	public RetryPolicy(RetrySettings settings, @Nullable RetryRegistry registry, String name) {
		this.settings = settings;
		this.name = name;
		this.config = RetryConfig.custom()
			.maxAttempts(settings.maxAttempts())
			.retryOnException((ex) -> ex instanceof RetryableFailure)
			.intervalBiFunction((attempt, outcome) -> (outcome.isLeft()
					&& outcome.getLeft() instanceof RetryableFailure failure) ? failure.delay.toMillis()
							: settings.backoff(attempt).toMillis())
			.failAfterMaxAttempts(false)
			.build();
		if (!settings.enabled() || settings.maxAttempts() < 2) {
			this.retry = null;
		}
		else {
			this.retry = (registry != null) ? registry.retry(name, this.config) : Retry.of(name, this.config);
		}
	}

	public RetrySettings settings() {
		return this.settings;
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
					: new ErrorDecoder(LabelStudioJson.get(), clock).retryAfter(api.getHeaders());
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
