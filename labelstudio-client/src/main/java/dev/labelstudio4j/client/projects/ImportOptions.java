package dev.labelstudio4j.client.projects;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@link ProjectsClient#importTasks(long, Iterable, ImportOptions)} and the other imports: the
 * server's query flags, and how an asynchronous import (a server answering {@code {"import": <id>}}) is
 * waited for. Immutable.
 */
public final class ImportOptions {

	/** Time between two status polls of an asynchronous import when none is set. */
	public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

	/** Longest wait for an asynchronous import when none is set. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

	private static final ImportOptions DEFAULTS = builder().build();

	private final @Nullable Boolean commitToProject;

	private final @Nullable Boolean returnTaskIds;

	private final List<String> preannotatedFromFields;

	private final Duration pollInterval;

	private final Duration timeout;

	private ImportOptions(Builder builder) {
		this.commitToProject = builder.commitToProject;
		this.returnTaskIds = builder.returnTaskIds;
		this.preannotatedFromFields = builder.preannotatedFromFields;
		this.pollInterval = builder.pollInterval;
		this.timeout = builder.timeout;
	}

	/**
	 * The defaults: no query flag sent, polls every second for at most ten minutes.
	 * @return the default options
	 */
	public static ImportOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Start building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Query {@code commit_to_project}, or {@code null} to leave it out (the server's default is true). */
	public @Nullable Boolean commitToProject() {
		return this.commitToProject;
	}

	/** Query {@code return_task_ids}, or {@code null} to leave it out (the server's default is false). */
	public @Nullable Boolean returnTaskIds() {
		return this.returnTaskIds;
	}

	/** Query {@code preannotated_from_fields} (sent comma-separated); empty to leave it out. */
	public List<String> preannotatedFromFields() {
		return this.preannotatedFromFields;
	}

	/** Time between two status polls of an asynchronous import. */
	public Duration pollInterval() {
		return this.pollInterval;
	}

	/** Longest wait for an asynchronous import to complete or fail. */
	public Duration timeout() {
		return this.timeout;
	}

	@Override
	public String toString() {
		return "ImportOptions[commitToProject=" + this.commitToProject + ", returnTaskIds=" + this.returnTaskIds
				+ ", preannotatedFromFields=" + this.preannotatedFromFields + ", pollInterval=" + this.pollInterval
				+ ", timeout=" + this.timeout + "]";
	}

	/** Builder for {@link ImportOptions}. */
	public static final class Builder {

		private @Nullable Boolean commitToProject;

		private @Nullable Boolean returnTaskIds;

		private List<String> preannotatedFromFields = List.of();

		private Duration pollInterval = DEFAULT_POLL_INTERVAL;

		private Duration timeout = DEFAULT_TIMEOUT;

		private Builder() {
		}

		/** Whether the tasks are committed to the project at once. */
		public Builder commitToProject(@Nullable Boolean commitToProject) {
			this.commitToProject = commitToProject;
			return this;
		}

		/** Whether the answer lists the created task ids. */
		public Builder returnTaskIds(@Nullable Boolean returnTaskIds) {
			this.returnTaskIds = returnTaskIds;
			return this;
		}

		/** Task fields to turn into predictions, for example {@code "prediction"}. */
		public Builder preannotatedFromFields(String... fields) {
			Objects.requireNonNull(fields, "preannotatedFromFields must not be null");
			for (String field : fields) {
				if (field == null || field.isBlank() || field.indexOf(',') >= 0) {
					throw new IllegalArgumentException(
							"preannotatedFromFields must not contain null, blank or comma-containing names");
				}
			}
			this.preannotatedFromFields = List.of(fields);
			return this;
		}

		/** Time between two status polls of an asynchronous import; positive. */
		public Builder pollInterval(Duration pollInterval) {
			this.pollInterval = positive(pollInterval, "pollInterval");
			return this;
		}

		/** Longest wait for an asynchronous import; positive. */
		public Builder timeout(Duration timeout) {
			this.timeout = positive(timeout, "timeout");
			return this;
		}

		public ImportOptions build() {
			return new ImportOptions(this);
		}

		private static Duration positive(@Nullable Duration duration, String name) {
			if (duration == null) {
				throw new IllegalArgumentException(name + " must not be null");
			}
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException(name + " must be positive but was " + duration);
			}
			return duration;
		}

	}

}
