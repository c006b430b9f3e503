package dev.labelstudio4j.client.ml;

/**
 * An ML backend to add with {@link MlClient#create(MlBackendCreate)}. Immutable; unset fields are not
 * sent. {@link #toString()} never shows the Basic-auth password.
 */
public final class MlBackendCreate extends AbstractMlBackendParams {

	private MlBackendCreate(Builder builder) {
		super(builder);
	}

	/**
	 * Start building; every field is optional.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder for {@link MlBackendCreate}. */
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
		public MlBackendCreate build() {
			return new MlBackendCreate(this);
		}

	}

}
