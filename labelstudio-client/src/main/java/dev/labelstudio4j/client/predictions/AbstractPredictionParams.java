package dev.labelstudio4j.client.predictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.regions.Region;

import org.springframework.util.ClassUtils;

/**
 * The prediction fields that {@link PredictionCreate} and {@link PredictionUpdate} share: the fields, their
 * accessors, how they are written as JSON (the accessors, unset ones left out) and the builder setters.
 * Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class AbstractPredictionParams {

	private final @Nullable Long task;

	private final @Nullable List<Map<String, Object>> result;

	private final @Nullable Double score;

	private final @Nullable String modelVersion;

	AbstractPredictionParams(AbstractBuilder<?> builder) {
		this.task = builder.task;
		this.result = builder.result;
		this.score = builder.score;
		this.modelVersion = builder.modelVersion;
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
		return ClassUtils.getShortName(getClass()) + "[task=" + this.task + ", regions="
				+ ((this.result != null) ? this.result.size() : null) + ", score=" + this.score + ", modelVersion="
				+ this.modelVersion + "]";
	}

	/**
	 * The builder setters of the shared fields.
	 * @param <B> the type of the concrete builder
	 */
	abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {

		private @Nullable Long task;

		private @Nullable List<Map<String, Object>> result;

		private @Nullable Double score;

		private @Nullable String modelVersion;

		AbstractBuilder() {
		}

		/**
		 * Return this builder as its concrete type.
		 * @return this builder
		 */
		abstract B self();

		/**
		 * Set the task the prediction is for.
		 * @param task the task id
		 * @return this builder
		 */
		public B task(long task) {
			this.task = Args.positive(task, "task");
			return self();
		}

		/**
		 * Set the predicted result, one map per region (Label Studio JSON format).
		 * @param result the regions
		 * @return this builder
		 */
		public B result(List<Map<String, Object>> result) {
			Args.noNullElements(result, "result");
			this.result = List.copyOf(result);
			return self();
		}

		/**
		 * Set the predicted result as regions, for example
		 * {@code Region.rectangle("label", "image").x(10).y(20).width(30).height(40).labels("Car").build()};
		 * replaces what {@link #result(List)} set.
		 * @param regions the regions
		 * @return this builder
		 */
		public B regions(List<Region> regions) {
			Args.notNull(regions, "regions");
			List<Map<String, Object>> result = new ArrayList<>(regions.size());
			for (Region region : regions) {
				Args.notNull(region, "regions element");
				result.add(region.rawJson());
			}
			this.result = List.copyOf(result);
			return self();
		}

		/**
		 * Set the predicted result as regions, as {@link #regions(List)}.
		 * @param regions the regions
		 * @return this builder
		 */
		public B regions(Region... regions) {
			Args.notNull(regions, "regions");
			return regions(Arrays.asList(regions));
		}

		/**
		 * Set the prediction score; the Data Manager can sort tasks by it.
		 * @param score the score, a finite number
		 * @return this builder
		 */
		public B score(double score) {
			if (!Double.isFinite(score)) {
				throw new IllegalArgumentException("score must be a finite number but was " + score);
			}
			this.score = score;
			return self();
		}

		/**
		 * Set the model version the prediction is tagged with.
		 * @param modelVersion the model version, not blank
		 * @return this builder
		 */
		public B modelVersion(String modelVersion) {
			this.modelVersion = Args.notBlank(modelVersion, "modelVersion");
			return self();
		}

	}

}
