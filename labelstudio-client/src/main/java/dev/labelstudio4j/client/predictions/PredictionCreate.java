package dev.labelstudio4j.client.predictions;

import java.util.List;

import dev.labelstudio4j.client.internal.Args;

/**
 * The body of {@link PredictionsClient#create(PredictionCreate)}. The server needs a {@link Builder#task(long)
 * task} and a {@link Builder#result(List) result}, so {@link Builder#build()} checks that both are set.
 * Immutable; fields that are not set are not sent.
 */
public final class PredictionCreate extends AbstractPredictionParams {

	private PredictionCreate(Builder builder) {
		super(builder);
	}

	/**
	 * Create a new builder.
	 * @return a builder with no field set
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link PredictionCreate}.
	 */
	public static final class Builder extends AbstractPredictionParams.AbstractBuilder<Builder> {

		private Builder() {
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 * @throws IllegalArgumentException if the task or the result is not set
		 */
		public PredictionCreate build() {
			PredictionCreate params = new PredictionCreate(this);
			Args.notNull(params.task(), "task");
			Args.notNull(params.result(), "result");
			return params;
		}

	}

}
