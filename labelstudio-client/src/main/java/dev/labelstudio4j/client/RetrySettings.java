package dev.labelstudio4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Retry settings of a client. Defaults: 3 attempts in total, exponential back-off with jitter from
 * 500 ms, multiplier 2, at most 10 s between attempts, and a server's {@code Retry-After} honoured up
 * to 60 s (above that the call fails at once).
 *
 * @param enabled whether failed calls are retried at all
 * @param maxAttempts total attempts, including the first
 * @param initialInterval wait before the second attempt
 * @param multiplier factor applied to the wait after each attempt
 * @param maxInterval longest wait between two attempts
 * @param maxRetryAfter longest {@code Retry-After} honoured; a longer one fails the call at once
 * @param jitter randomization factor in [0, 1) applied to each back-off wait
 */
public record RetrySettings(boolean enabled, int maxAttempts, Duration initialInterval, double multiplier,
		Duration maxInterval, Duration maxRetryAfter, double jitter) {

	private static final RetrySettings DEFAULTS = new RetrySettings(true, 3, Duration.ofMillis(500), 2.0,
			Duration.ofSeconds(10), Duration.ofSeconds(60), 0.5);

	public RetrySettings {
		Objects.requireNonNull(initialInterval, "initialInterval must not be null");
		Objects.requireNonNull(maxInterval, "maxInterval must not be null");
		Objects.requireNonNull(maxRetryAfter, "maxRetryAfter must not be null");
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		if (initialInterval.isNegative()) {
			throw new IllegalArgumentException("initialInterval must not be negative");
		}
		if (multiplier < 1.0) {
			throw new IllegalArgumentException("multiplier must be at least 1.0");
		}
		if (maxInterval.compareTo(initialInterval) < 0) {
			throw new IllegalArgumentException("maxInterval must not be shorter than initialInterval");
		}
		if (maxRetryAfter.isNegative()) {
			throw new IllegalArgumentException("maxRetryAfter must not be negative");
		}
		if (jitter < 0.0 || jitter >= 1.0) {
			throw new IllegalArgumentException("jitter must be in [0, 1)");
		}
	}

	/** The defaults. */
	public static RetrySettings defaults() {
		return DEFAULTS;
	}

	/** No retries: every call is made once. */
	public static RetrySettings disabled() {
		return DEFAULTS.withEnabled(false);
	}

	public RetrySettings withEnabled(boolean enabled) {
		return new RetrySettings(enabled, this.maxAttempts, this.initialInterval, this.multiplier, this.maxInterval,
				this.maxRetryAfter, this.jitter);
	}

	public RetrySettings withMaxAttempts(int maxAttempts) {
		return new RetrySettings(this.enabled, maxAttempts, this.initialInterval, this.multiplier, this.maxInterval,
				this.maxRetryAfter, this.jitter);
	}

	public RetrySettings withInitialInterval(Duration initialInterval) {
		return new RetrySettings(this.enabled, this.maxAttempts, initialInterval, this.multiplier,
				max(this.maxInterval, initialInterval), this.maxRetryAfter, this.jitter);
	}

	public RetrySettings withMultiplier(double multiplier) {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, multiplier, this.maxInterval,
				this.maxRetryAfter, this.jitter);
	}

	public RetrySettings withMaxInterval(Duration maxInterval) {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, this.multiplier, maxInterval,
				this.maxRetryAfter, this.jitter);
	}

	public RetrySettings withMaxRetryAfter(Duration maxRetryAfter) {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, this.multiplier,
				this.maxInterval, maxRetryAfter, this.jitter);
	}

	public RetrySettings withJitter(double jitter) {
		return new RetrySettings(this.enabled, this.maxAttempts, this.initialInterval, this.multiplier,
				this.maxInterval, this.maxRetryAfter, jitter);
	}

	/** Attempts a call gets under these settings: 1 when disabled. */
	public int effectiveMaxAttempts() {
		return this.enabled ? this.maxAttempts : 1;
	}

	/**
	 * The back-off before attempt {@code attempt + 1}, without jitter.
	 * @param attempt the attempt that just failed, from 1
	 * @return the wait
	 */
	public Duration backoff(int attempt) {
		double millis = this.initialInterval.toMillis() * Math.pow(this.multiplier, Math.max(0, attempt - 1));
		return Duration.ofMillis((long) Math.min(millis, this.maxInterval.toMillis()));
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
