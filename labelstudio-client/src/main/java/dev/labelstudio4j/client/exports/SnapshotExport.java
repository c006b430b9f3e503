package dev.labelstudio4j.client.exports;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What {@link ExportsClient#exportSnapshot} does: the format, the snapshot to create, whether media files are
 * bundled by the conversion, how often the server is polled (starting at {@link #initialPollInterval()},
 * growing by {@link #backoffMultiplier()} up to {@link #maxPollInterval()}), how long it waits in all
 * ({@link #timeout()}) and who hears about the progress. Immutable; build with {@link #builder()}.
 */
public final class SnapshotExport {

	/** Default overall wait for the snapshot and its conversion. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

	/** Default first poll interval. */
	public static final Duration DEFAULT_INITIAL_POLL_INTERVAL = Duration.ofMillis(500);

	/** Default longest poll interval. */
	public static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofSeconds(10);

	private final ExportFormat format;

	private final ExportCreate snapshot;

	private final @Nullable Boolean downloadResources;

	private final Duration timeout;

	private final Duration initialPollInterval;

	private final Duration maxPollInterval;

	private final double backoffMultiplier;

	private final ExportProgressListener listener;

	private final boolean deleteSnapshot;

	private SnapshotExport(Builder builder) {
		this.format = builder.format;
		this.snapshot = builder.snapshot;
		this.downloadResources = builder.downloadResources;
		this.timeout = builder.timeout;
		this.initialPollInterval = builder.initialPollInterval;
		this.maxPollInterval = builder.maxPollInterval;
		this.backoffMultiplier = builder.backoffMultiplier;
		this.listener = builder.listener;
		this.deleteSnapshot = builder.deleteSnapshot;
	}

	/** A snapshot of everything in the given format, with the default timings. */
	public static SnapshotExport of(ExportFormat format) {
		return builder().format(format).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The format the file is downloaded in. */
	public ExportFormat format() {
		return this.format;
	}

	/** The snapshot to create. */
	public ExportCreate snapshot() {
		return this.snapshot;
	}

	/** Whether the conversion bundles media files ({@code download_resources}); {@code null} to leave it out. */
	public @Nullable Boolean downloadResources() {
		return this.downloadResources;
	}

	/** The longest the snapshot and its conversion are waited for, from the start of the call. */
	public Duration timeout() {
		return this.timeout;
	}

	/** The wait before the first poll. */
	public Duration initialPollInterval() {
		return this.initialPollInterval;
	}

	/** The longest wait between two polls. */
	public Duration maxPollInterval() {
		return this.maxPollInterval;
	}

	/** The factor each wait between polls grows by. */
	public double backoffMultiplier() {
		return this.backoffMultiplier;
	}

	/** Who hears about each step. */
	public ExportProgressListener listener() {
		return this.listener;
	}

	/** Whether the snapshot is deleted on the server once its file was downloaded. */
	public boolean deleteSnapshot() {
		return this.deleteSnapshot;
	}

	@Override
	public String toString() {
		return "SnapshotExport[format=" + this.format + ", snapshot=" + this.snapshot + ", timeout=" + this.timeout
				+ ", poll=" + this.initialPollInterval + ".." + this.maxPollInterval + " x" + this.backoffMultiplier
				+ ", deleteSnapshot=" + this.deleteSnapshot + "]";
	}

	/** Builder for {@link SnapshotExport}. */
	public static final class Builder {

		private ExportFormat format = ExportFormat.JSON;

		private ExportCreate snapshot = ExportCreate.defaults();

		private @Nullable Boolean downloadResources;

		private Duration timeout = DEFAULT_TIMEOUT;

		private Duration initialPollInterval = DEFAULT_INITIAL_POLL_INTERVAL;

		private Duration maxPollInterval = DEFAULT_MAX_POLL_INTERVAL;

		private double backoffMultiplier = 2.0;

		private ExportProgressListener listener = (progress) -> {
		};

		private boolean deleteSnapshot;

		private Builder() {
		}

		public Builder format(ExportFormat format) {
			this.format = notNull(format, "format");
			return this;
		}

		public Builder snapshot(ExportCreate snapshot) {
			this.snapshot = notNull(snapshot, "snapshot");
			return this;
		}

		public Builder downloadResources(boolean downloadResources) {
			this.downloadResources = downloadResources;
			return this;
		}

		/** The overall wait; must be positive. */
		public Builder timeout(Duration timeout) {
			this.timeout = positive(timeout, "timeout");
			return this;
		}

		/** The first poll interval; must be positive. */
		public Builder initialPollInterval(Duration initialPollInterval) {
			this.initialPollInterval = positive(initialPollInterval, "initialPollInterval");
			return this;
		}

		/** The longest poll interval; must be positive. */
		public Builder maxPollInterval(Duration maxPollInterval) {
			this.maxPollInterval = positive(maxPollInterval, "maxPollInterval");
			return this;
		}

		/** The factor each poll interval grows by; at least 1. */
		public Builder backoffMultiplier(double backoffMultiplier) {
			if (!(backoffMultiplier >= 1.0) || Double.isInfinite(backoffMultiplier)) {
				throw new IllegalArgumentException("backoffMultiplier must be at least 1 but was " + backoffMultiplier);
			}
			this.backoffMultiplier = backoffMultiplier;
			return this;
		}

		public Builder listener(ExportProgressListener listener) {
			this.listener = notNull(listener, "listener");
			return this;
		}

		/** Delete the snapshot on the server once its file was downloaded; default false. */
		public Builder deleteSnapshot(boolean deleteSnapshot) {
			this.deleteSnapshot = deleteSnapshot;
			return this;
		}

		private static <T> T notNull(@Nullable T value, String name) {
			if (value == null) {
				throw new IllegalArgumentException(name + " must not be null");
			}
			return value;
		}

		private static Duration positive(@Nullable Duration value, String name) {
			if (value == null || value.isNegative() || value.isZero()) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return value;
		}

		/**
		 * Build it.
		 * @throws IllegalArgumentException if the first poll interval is longer than the longest
		 */
		public SnapshotExport build() {
			if (this.initialPollInterval.compareTo(this.maxPollInterval) > 0) {
				throw new IllegalArgumentException("initialPollInterval (" + this.initialPollInterval
						+ ") must not be longer than maxPollInterval (" + this.maxPollInterval + ")");
			}
			return new SnapshotExport(this);
		}

	}

}
