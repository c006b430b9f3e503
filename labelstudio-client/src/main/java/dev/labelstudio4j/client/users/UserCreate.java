package dev.labelstudio4j.client.users;

/**
 * The body of {@link UsersClient#create(UserCreate)}. Immutable; fields that are not set are not sent.
 */
public final class UserCreate extends AbstractUserParams {

	private UserCreate(Builder builder) {
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
	 * Builder for {@link UserCreate}.
	 */
	public static final class Builder extends AbstractUserParams.AbstractBuilder<Builder> {

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
		public UserCreate build() {
			return new UserCreate(this);
		}

	}

}
