package dev.labelstudio4j.client.views;

/**
 * The body of {@link ViewsClient#create(ViewCreate)}: the project and the view data (title, filters,
 * ordering and any other key the Data Manager keeps). Immutable; what is not set is not sent.
 */
public final class ViewCreate extends AbstractViewParams {

	private ViewCreate(Builder builder) {
		super(builder);
	}

	/**
	 * Create a new builder.
	 * @return a builder with nothing set
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder for {@link ViewCreate}.
	 */
	public static final class Builder extends AbstractViewParams.AbstractBuilder<Builder> {

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
		public ViewCreate build() {
			return new ViewCreate(this);
		}

	}

}
