package dev.labelstudio4j.client.annotations;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * The body of {@link AnnotationsClient#createBulk(AnnotationBulkCreate)}: one annotation, created on each of
 * the given tasks. Immutable; fields that are not set are not sent; the tasks are required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class AnnotationBulkCreate {

	private final List<Long> tasks;

	private final @Nullable Long project;

	private final @Nullable List<Map<String, Object>> result;

	private final @Nullable Long completedBy;

	private final @Nullable Boolean wasCancelled;

	private final @Nullable Boolean groundTruth;

	private final @Nullable Double leadTime;

	private AnnotationBulkCreate(Builder builder) {
		this.tasks = List.copyOf(builder.tasks);
		this.project = builder.project;
		this.result = builder.result;
		this.completedBy = builder.completedBy;
		this.wasCancelled = builder.wasCancelled;
		this.groundTruth = builder.groundTruth;
		this.leadTime = builder.leadTime;
	}

	/**
	 * Create a new builder.
	 * @return a builder with no field set
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the ids of the tasks to annotate.
	 * @return the ids
	 */
	@JsonProperty
	public List<Long> tasks() {
		return this.tasks;
	}

	/**
	 * Return the project id.
	 * @return the id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long project() {
		return this.project;
	}

	/**
	 * Return the annotation's result (its regions).
	 * @return the result or {@code null}
	 */
	@JsonProperty
	public @Nullable List<Map<String, Object>> result() {
		return this.result;
	}

	/**
	 * Return the id of the user the annotations are attributed to.
	 * @return the id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long completedBy() {
		return this.completedBy;
	}

	/**
	 * Return whether the annotations are skips.
	 * @return the flag or {@code null}
	 */
	@JsonProperty
	public @Nullable Boolean wasCancelled() {
		return this.wasCancelled;
	}

	/**
	 * Return whether the annotations are ground truth.
	 * @return the flag or {@code null}
	 */
	@JsonProperty
	public @Nullable Boolean groundTruth() {
		return this.groundTruth;
	}

	/**
	 * Return the time spent annotating, in seconds.
	 * @return the time or {@code null}
	 */
	@JsonProperty
	public @Nullable Double leadTime() {
		return this.leadTime;
	}

	@Override
	public String toString() {
		return "AnnotationBulkCreate[tasks=" + this.tasks.size() + ", project=" + this.project + "]";
	}

	/** Builder for {@link AnnotationBulkCreate}. */
	public static final class Builder {

		private List<Long> tasks = List.of();

		private @Nullable Long project;

		private @Nullable List<Map<String, Object>> result;

		private @Nullable Long completedBy;

		private @Nullable Boolean wasCancelled;

		private @Nullable Boolean groundTruth;

		private @Nullable Double leadTime;

		private Builder() {
		}

		/**
		 * Set the tasks to annotate.
		 * @param tasks the task ids, not empty, each positive
		 * @return this builder
		 */
		public Builder tasks(List<Long> tasks) {
			Args.notNull(tasks, "tasks");
			if (tasks.isEmpty()) {
				throw new IllegalArgumentException("tasks must not be empty");
			}
			for (Long task : tasks) {
				if (task == null || task <= 0) {
					throw new IllegalArgumentException("tasks must hold positive ids but holds " + task);
				}
			}
			this.tasks = List.copyOf(tasks);
			return this;
		}

		/**
		 * Set the project.
		 * @param project the project id
		 * @return this builder
		 */
		public Builder project(long project) {
			this.project = Args.positive(project, "project");
			return this;
		}

		/**
		 * Set the annotation's result.
		 * @param result the regions
		 * @return this builder
		 */
		public Builder result(List<Map<String, Object>> result) {
			this.result = List.copyOf(Args.notNull(result, "result"));
			return this;
		}

		/**
		 * Set the user the annotations are attributed to.
		 * @param completedBy the user id
		 * @return this builder
		 */
		public Builder completedBy(long completedBy) {
			this.completedBy = Args.positive(completedBy, "completedBy");
			return this;
		}

		/**
		 * Set whether the annotations are skips.
		 * @param wasCancelled the flag
		 * @return this builder
		 */
		public Builder wasCancelled(boolean wasCancelled) {
			this.wasCancelled = wasCancelled;
			return this;
		}

		/**
		 * Set whether the annotations are ground truth.
		 * @param groundTruth the flag
		 * @return this builder
		 */
		public Builder groundTruth(boolean groundTruth) {
			this.groundTruth = groundTruth;
			return this;
		}

		/**
		 * Set the time spent annotating.
		 * @param leadTime the time in seconds, not negative
		 * @return this builder
		 */
		public Builder leadTime(double leadTime) {
			if (!(leadTime >= 0)) {
				throw new IllegalArgumentException("leadTime must not be negative but was " + leadTime);
			}
			this.leadTime = leadTime;
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 * @throws IllegalArgumentException when no task is set
		 */
		public AnnotationBulkCreate build() {
			if (this.tasks.isEmpty()) {
				throw new IllegalArgumentException("tasks must be set");
			}
			return new AnnotationBulkCreate(this);
		}

	}

}
