package dev.labelstudio4j.client.exports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Options of a synchronous export ({@code GET /api/projects/{id}/export}): the format, which tasks, whether
 * media files are bundled, and the read timeout the call gets (the server produces the whole file before it
 * sends the first byte, so it is longer than the client's default). Immutable; build with {@link #builder()}.
 */
public final class SyncExportOptions {

	/** The read timeout of a synchronous export unless the call's {@code RequestOptions} set one. */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMinutes(15);

	private final ExportFormat format;

	private final @Nullable Boolean downloadAllTasks;

	private final @Nullable Boolean downloadResources;

	private final @Nullable Boolean interpolateKeyFrames;

	private final List<Long> taskIds;

	private final Duration readTimeout;

	private SyncExportOptions(Builder builder) {
		this.format = builder.format;
		this.downloadAllTasks = builder.downloadAllTasks;
		this.downloadResources = builder.downloadResources;
		this.interpolateKeyFrames = builder.interpolateKeyFrames;
		this.taskIds = List.copyOf(builder.taskIds);
		this.readTimeout = builder.readTimeout;
	}

	/** JSON, the server's defaults otherwise. */
	public static SyncExportOptions defaults() {
		return builder().build();
	}

	/** Builder starting from JSON and the server's defaults. */
	public static Builder builder() {
		return new Builder();
	}

	/** The format ({@code exportType} and {@code export_type}). */
	public ExportFormat format() {
		return this.format;
	}

	/**
	 * Whether every task is exported, annotated or not ({@code download_all_tasks}); {@code null} for the
	 * server's default (only tasks with annotations).
	 */
	public @Nullable Boolean downloadAllTasks() {
		return this.downloadAllTasks;
	}

	/**
	 * Whether media files are downloaded into the export ({@code download_resources}); {@code null} for the
	 * server's default, which on Label Studio is {@code true} (slow, large, fails on private URLs).
	 */
	public @Nullable Boolean downloadResources() {
		return this.downloadResources;
	}

	/** Whether video key frames are interpolated ({@code interpolate_key_frames}). */
	public @Nullable Boolean interpolateKeyFrames() {
		return this.interpolateKeyFrames;
	}

	/** Only these tasks, sent as {@code ids[]} (the name the server reads); empty for all. */
	public List<Long> taskIds() {
		return this.taskIds;
	}

	/** The read timeout of the call unless its {@code RequestOptions} set one. */
	public Duration readTimeout() {
		return this.readTimeout;
	}

	@Override
	public String toString() {
		return "SyncExportOptions[format=" + this.format + ", downloadAllTasks=" + this.downloadAllTasks
				+ ", downloadResources=" + this.downloadResources + ", taskIds=" + this.taskIds.size()
				+ ", readTimeout=" + this.readTimeout + "]";
	}

	/** Builder for {@link SyncExportOptions}. */
	public static final class Builder {

		private ExportFormat format = ExportFormat.JSON;

		private @Nullable Boolean downloadAllTasks;

		private @Nullable Boolean downloadResources;

		private @Nullable Boolean interpolateKeyFrames;

		private final List<Long> taskIds = new ArrayList<>();

		private Duration readTimeout = DEFAULT_READ_TIMEOUT;

		private Builder() {
		}

		public Builder format(ExportFormat format) {
			if (format == null) {
				throw new IllegalArgumentException("format must not be null");
			}
			this.format = format;
			return this;
		}

		public Builder downloadAllTasks(boolean downloadAllTasks) {
			this.downloadAllTasks = downloadAllTasks;
			return this;
		}

		public Builder downloadResources(boolean downloadResources) {
			this.downloadResources = downloadResources;
			return this;
		}

		public Builder interpolateKeyFrames(boolean interpolateKeyFrames) {
			this.interpolateKeyFrames = interpolateKeyFrames;
			return this;
		}

		/** Export only these tasks (added to those given before). */
		public Builder taskIds(Iterable<Long> taskIds) {
			if (taskIds == null) {
				throw new IllegalArgumentException("taskIds must not be null");
			}
			for (Long id : taskIds) {
				if (id == null || id <= 0) {
					throw new IllegalArgumentException("taskIds must hold positive ids but holds " + id);
				}
				this.taskIds.add(id);
			}
			return this;
		}

		/** The read timeout of the call; must be positive. Default {@link #DEFAULT_READ_TIMEOUT}. */
		public Builder readTimeout(Duration readTimeout) {
			if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
				throw new IllegalArgumentException("readTimeout must be positive");
			}
			this.readTimeout = readTimeout;
			return this;
		}

		public SyncExportOptions build() {
			return new SyncExportOptions(this);
		}

	}

}
