package dev.labelstudio4j.client.views;

/**
 * The body of {@link ViewsClient#update(long, ViewUpdate)}: the project and the view data (title, filters,
 * ordering and any other key the Data Manager keeps). Immutable; what is not set is not sent. The server
 * replaces the whole {@code data} of the view with the one sent.
 */
public final class ViewUpdate extends AbstractViewParams {

	private ViewUpdate(Builder builder) {
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
	 * Builder for {@link ViewUpdate}.
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
		public ViewUpdate build() {
			return new ViewUpdate(this);
		}

	}

}
