package dev.labelstudio4j.client.predictions;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * Filters for {@link PredictionsClient#list(PredictionListParams)}. Immutable.
 */
public final class PredictionListParams {

	private final @Nullable Long task;

	private final @Nullable Long project;

	private PredictionListParams(Builder builder) {
		this.task = builder.task;
		this.project = builder.project;
	}

	/**
	 * Create a new builder.
	 * @return a builder with no filter set
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the task whose predictions to list.
	 * @return the task id or {@code null}
	 */
	public @Nullable Long task() {
		return this.task;
	}

	/**
	 * Return the project whose predictions to list.
	 * @return the project id or {@code null}
	 */
	public @Nullable Long project() {
		return this.project;
	}

	@Override
	public String toString() {
		return "PredictionListParams[task=" + this.task + ", project=" + this.project + "]";
	}

	/**
	 * Builder for {@link PredictionListParams}.
	 */
	public static final class Builder {

		private @Nullable Long task;

		private @Nullable Long project;

		private Builder() {
		}

		/**
		 * List only the predictions of this task.
		 * @param task the task id
		 * @return this builder
		 */
		public Builder task(long task) {
			this.task = Args.positive(task, "task");
			return this;
		}

		/**
		 * List only the predictions of this project.
		 * @param project the project id
		 * @return this builder
		 */
		public Builder project(long project) {
			this.project = Args.positive(project, "project");
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 */
		public PredictionListParams build() {
			return new PredictionListParams(this);
		}

	}

}
