package dev.labelstudio4j.client.projects;

/**
 * The settings to change on a project with {@link ProjectsClient#update(long, ProjectUpdate)}. Immutable; unset
 * fields are not sent, so they keep their current value.
 */
public final class ProjectUpdate extends AbstractProjectParams {

	private ProjectUpdate(Builder builder) {
		super(builder);
	}

	/**
	 * Start building the settings; every field is optional.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder for {@link ProjectUpdate}. */
	public static final class Builder extends AbstractProjectParams.AbstractBuilder<Builder> {

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
		public ProjectUpdate build() {
			return new ProjectUpdate(this);
		}

	}

}
