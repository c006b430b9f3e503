package dev.labelstudio4j.client.workspaces;

/**
 * The body of {@link WorkspacesClient#update(long, WorkspaceUpdate)}. Immutable; fields that are not set are
 * not sent and keep their value.
 */
public final class WorkspaceUpdate extends AbstractWorkspaceParams {

	private WorkspaceUpdate(Builder builder) {
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
	 * Builder for {@link WorkspaceUpdate}.
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
		public WorkspaceUpdate build() {
			return new WorkspaceUpdate(this);
		}

	}

}
