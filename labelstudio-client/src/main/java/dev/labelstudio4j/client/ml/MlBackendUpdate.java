package dev.labelstudio4j.client.ml;

/**
 * The settings to change on an ML backend with {@link MlClient#update(long, MlBackendUpdate)}. Immutable; unset
 * fields are not sent and keep their value. {@link #toString()} never shows the Basic-auth password.
 */
public final class MlBackendUpdate extends AbstractMlBackendParams {

	private MlBackendUpdate(Builder builder) {
		super(builder);
	}

	/**
	 * Start building; every field is optional.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder for {@link MlBackendUpdate}. */
	public static final class Builder extends AbstractMlBackendParams.AbstractBuilder<Builder> {

		private Builder() {
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * Build the immutable settings.
		 * @return the settings
		 */
		public MlBackendUpdate build() {
			return new MlBackendUpdate(this);
		}

	}

}
