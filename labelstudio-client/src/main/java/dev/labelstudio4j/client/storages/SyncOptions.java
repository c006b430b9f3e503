package dev.labelstudio4j.client.storages;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How {@link SyncableStorageClient#syncAndWait(long, SyncOptions)} waits: the first poll interval, growing
 * by {@link #backoffMultiplier()} up to {@link #maxPollInterval()}, the overall timeout, the read timeout
 * of the sync call itself and an optional listener. Immutable.
 */
public final class SyncOptions {

	/** First wait between two polls when none is set. */
	public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

	/** Longest wait between two polls when none is set. */
	public static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofSeconds(30);

	/** Factor the wait between polls grows by when none is set. */
	public static final double DEFAULT_BACKOFF_MULTIPLIER = 2.0;

	/** Longest wait for a sync when none is set. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

	private static final SyncOptions DEFAULTS = builder().build();

	private final Duration pollInterval;

	private final Duration maxPollInterval;

	private final double backoffMultiplier;

	private final Duration timeout;

	private final @Nullable Duration syncCallReadTimeout;

	private final @Nullable SyncListener listener;

	private SyncOptions(Builder builder) {
		this.pollInterval = builder.pollInterval;
		this.maxPollInterval = builder.maxPollInterval;
		this.backoffMultiplier = builder.backoffMultiplier;
		this.timeout = builder.timeout;
		this.syncCallReadTimeout = builder.syncCallReadTimeout;
		this.listener = builder.listener;
	}

	/**
	 * The defaults: first poll after 1 s, doubling up to 30 s, 30 minutes overall, the sync call's read
	 * timeout as long as the overall timeout, no listener.
	 * @return the default options
	 */
	public static SyncOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Start building options from the defaults.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** The first wait between two polls. */
	public Duration pollInterval() {
		return this.pollInterval;
	}

	/** The longest wait between two polls. */
	public Duration maxPollInterval() {
		return this.maxPollInterval;
	}

	/** The factor the wait between polls grows by, at least 1. */
	public double backoffMultiplier() {
		return this.backoffMultiplier;
	}

	/** The longest wait, from the sync call to the last poll. */
	public Duration timeout() {
		return this.timeout;
	}

	/**
	 * The read timeout of the sync call (a server without a job queue syncs within it): the set value, else
	 * the overall {@link #timeout()}. A read timeout in the call's {@code RequestOptions} wins over both.
	 * @return the read timeout
	 */
	public Duration syncCallReadTimeout() {
		return (this.syncCallReadTimeout != null) ? this.syncCallReadTimeout : this.timeout;
	}

	/** The listener told of each report, or {@code null}. */
	public @Nullable SyncListener listener() {
		return this.listener;
	}

	@Override
	public String toString() {
		return "SyncOptions[pollInterval=" + this.pollInterval + ", maxPollInterval=" + this.maxPollInterval
				+ ", backoffMultiplier=" + this.backoffMultiplier + ", timeout=" + this.timeout
				+ ", syncCallReadTimeout=" + syncCallReadTimeout() + ", listener=" + (this.listener != null) + "]";
	}

	/** Builder for {@link SyncOptions}. */
	public static final class Builder {

		private Duration pollInterval = DEFAULT_POLL_INTERVAL;

		private Duration maxPollInterval = DEFAULT_MAX_POLL_INTERVAL;

		private double backoffMultiplier = DEFAULT_BACKOFF_MULTIPLIER;

		private Duration timeout = DEFAULT_TIMEOUT;

		private @Nullable Duration syncCallReadTimeout;

		private @Nullable SyncListener listener;

		private Builder() {
		}

		/** The first wait between two polls; positive. */
		public Builder pollInterval(Duration pollInterval) {
			this.pollInterval = positive(pollInterval, "pollInterval");
			return this;
		}

		/** The longest wait between two polls; positive. */
		public Builder maxPollInterval(Duration maxPollInterval) {
			this.maxPollInterval = positive(maxPollInterval, "maxPollInterval");
			return this;
		}

		/** The factor the wait grows by after each poll; at least 1 (1 polls at a fixed interval). */
		public Builder backoffMultiplier(double backoffMultiplier) {
			if (!(backoffMultiplier >= 1.0) || Double.isInfinite(backoffMultiplier)) {
				throw new IllegalArgumentException("backoffMultiplier must be at least 1 but was " + backoffMultiplier);
			}
			this.backoffMultiplier = backoffMultiplier;
			return this;
		}

		/** The longest wait overall; positive. */
		public Builder timeout(Duration timeout) {
			this.timeout = positive(timeout, "timeout");
			return this;
		}

		/** The read timeout of the sync call; positive. Unset, it is the overall timeout. */
		public Builder syncCallReadTimeout(Duration syncCallReadTimeout) {
			this.syncCallReadTimeout = positive(syncCallReadTimeout, "syncCallReadTimeout");
			return this;
		}

		/** A listener told of each report; {@code null} for none. */
		public Builder listener(@Nullable SyncListener listener) {
			this.listener = listener;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 * @throws IllegalArgumentException when maxPollInterval is shorter than pollInterval
		 */
		public SyncOptions build() {
			if (this.maxPollInterval.compareTo(this.pollInterval) < 0) {
				throw new IllegalArgumentException("maxPollInterval (" + this.maxPollInterval
						+ ") must not be shorter than pollInterval (" + this.pollInterval + ")");
			}
			return new SyncOptions(this);
		}

		private static Duration positive(@Nullable Duration duration, String name) {
			if (duration == null) {
				throw new IllegalArgumentException(name + " must not be null");
			}
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException(name + " must be positive but was " + duration);
			}
			return Objects.requireNonNull(duration);
		}

	}

}
