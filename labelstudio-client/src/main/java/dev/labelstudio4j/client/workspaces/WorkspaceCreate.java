package dev.labelstudio4j.client.workspaces;

/**
 * The body of {@link WorkspacesClient#create(WorkspaceCreate)}. Immutable; fields that are not set are not
 * sent; the title is required.
 */
public final class WorkspaceCreate extends AbstractWorkspaceParams {

	private WorkspaceCreate(Builder builder) {
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
	 * Builder for {@link WorkspaceCreate}.
	 */
	public static final class Builder extends AbstractWorkspaceParams.AbstractBuilder<Builder> {

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
		public WorkspaceCreate build() {
			if (this.title == null) {
				throw new IllegalArgumentException("title must be set");
			}
			return new WorkspaceCreate(this);
		}

	}

}
