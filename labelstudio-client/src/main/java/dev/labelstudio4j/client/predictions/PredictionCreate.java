package dev.labelstudio4j.client.predictions;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.core.Args;

/**
 * The body of {@link PredictionsClient#create(PredictionCreate)}. The server needs a {@link Builder#task(long)
 * task} and a {@link Builder#result(List) result}, so {@link Builder#build()} checks that both are set.
 * Immutable; fields that are not set are not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PredictionCreate {

	private final @Nullable Long task;

	private final @Nullable List<Map<String, Object>> result;

	private final @Nullable Double score;

	private final @Nullable String modelVersion;

	private PredictionCreate(Builder builder) {
		this.task = builder.task;
		this.result = builder.result;
		this.score = builder.score;
		this.modelVersion = builder.modelVersion;
	}

	/**
	 * Create a new builder.
	 * @return a builder with no field set
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the task the prediction is for.
	 * @return the task id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long task() {
		return this.task;
	}

	/**
	 * Return the predicted result, one map per region.
	 * @return the result or {@code null}
	 */
	@JsonProperty
	public @Nullable List<Map<String, Object>> result() {
		return this.result;
	}

	/**
	 * Return the prediction score.
	 * @return the score or {@code null}
	 */
	@JsonProperty
	public @Nullable Double score() {
		return this.score;
	}

	/**
	 * Return the model version the prediction is tagged with.
	 * @return the model version or {@code null}
	 */
	@JsonProperty
	public @Nullable String modelVersion() {
		return this.modelVersion;
	}

	@Override
	public String toString() {
		return "PredictionCreate[task=" + this.task + ", regions=" + ((this.result != null) ? this.result.size() : null)
				+ ", score=" + this.score + ", modelVersion=" + this.modelVersion + "]";
	}

	/**
	 * Builder for {@link PredictionCreate}.
	 */
	public static final class Builder {

		private @Nullable Long task;

		private @Nullable List<Map<String, Object>> result;

		private @Nullable Double score;

		private @Nullable String modelVersion;

		private Builder() {
		}

		/**
		 * Set the task the prediction is for.
		 * @param task the task id
		 * @return this builder
		 */
		public Builder task(long task) {
			this.task = Args.positive(task, "task");
			return this;
		}

		/**
		 * Set the predicted result, one map per region (Label Studio JSON format).
		 * @param result the regions
		 * @return this builder
		 */
		public Builder result(List<Map<String, Object>> result) {
			Args.notNull(result, "result");
			this.result = List.copyOf(result);
			return this;
		}

		/**
		 * Set the prediction score; the Data Manager can sort tasks by it.
		 * @param score the score, a finite number
		 * @return this builder
		 */
		public Builder score(double score) {
			if (!Double.isFinite(score)) {
				throw new IllegalArgumentException("score must be a finite number but was " + score);
			}
			this.score = score;
			return this;
		}

		/**
		 * Set the model version the prediction is tagged with.
		 * @param modelVersion the model version, not blank
		 * @return this builder
		 */
		public Builder modelVersion(String modelVersion) {
			this.modelVersion = Args.notBlank(modelVersion, "modelVersion");
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 * @throws IllegalArgumentException if the task or the result is not set
		 */
		public PredictionCreate build() {
			Args.notNull(this.task, "task");
			Args.notNull(this.result, "result");
			return new PredictionCreate(this);
		}

	}

}
