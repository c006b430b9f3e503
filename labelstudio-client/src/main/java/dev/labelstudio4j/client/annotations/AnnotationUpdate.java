package dev.labelstudio4j.client.annotations;

/**
 * The body of {@link AnnotationsClient#update(long, AnnotationUpdate)}. Immutable; fields that are not set
 * are not sent.
 */
public final class AnnotationUpdate extends AbstractAnnotationParams {

	private AnnotationUpdate(Builder builder) {
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
	 * Builder for {@link AnnotationUpdate}.
	 */
	public static final class Builder extends AbstractAnnotationParams.AbstractBuilder<Builder> {

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
		public AnnotationUpdate build() {
			return new AnnotationUpdate(this);
		}

	}

}
