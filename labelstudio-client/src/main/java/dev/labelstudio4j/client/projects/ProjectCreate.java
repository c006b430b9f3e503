package dev.labelstudio4j.client.projects;

/**
 * The settings of a project to create with {@link ProjectsClient#create(ProjectCreate)}. Immutable; unset
 * fields are not sent, so the server's defaults apply.
 */
public final class ProjectCreate extends AbstractProjectParams {

	private ProjectCreate(Builder builder) {
		super(builder);
	}

	/**
	 * Start building the settings; every field is optional.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder for {@link ProjectCreate}. */
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
		public ProjectCreate build() {
			return new ProjectCreate(this);
		}

	}

}
