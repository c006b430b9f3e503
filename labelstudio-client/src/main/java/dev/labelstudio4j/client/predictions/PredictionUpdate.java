package dev.labelstudio4j.client.predictions;

/**
 * The body of {@link PredictionsClient#update(long, PredictionUpdate)}. Immutable; fields that are not set are not
 * sent.
 */
public final class PredictionUpdate extends AbstractPredictionParams {

	private PredictionUpdate(Builder builder) {
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
	 * Builder for {@link PredictionUpdate}.
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
		 */
		public PredictionUpdate build() {
			return new PredictionUpdate(this);
		}

	}

}
