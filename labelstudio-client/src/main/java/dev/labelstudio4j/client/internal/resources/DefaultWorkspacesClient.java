package dev.labelstudio4j.client.internal.resources;

import java.util.List;
import java.util.Map;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.workspaces.Workspace;
import dev.labelstudio4j.client.workspaces.WorkspaceCreate;
import dev.labelstudio4j.client.workspaces.WorkspaceMember;
import dev.labelstudio4j.client.workspaces.WorkspaceMembersClient;
import dev.labelstudio4j.client.workspaces.WorkspaceUpdate;
import dev.labelstudio4j.client.workspaces.WorkspacesClient;

/**
 * The {@link WorkspacesClient} that sends its calls through the shared invoker, on SDK 1.0.4's paths
 * (no trailing slash; see {@link WorkspacesClient} for why every server generation serves them).
 */
public final class DefaultWorkspacesClient implements WorkspacesClient {

	private final ApiInvoker invoker;

	private final WorkspaceMembersClient members;

	public DefaultWorkspacesClient(ApiInvoker invoker) {
		this.invoker = invoker;
		this.members = new Members(invoker);
	}

	@Override
	public List<Workspace> list(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("workspaces.list", "/api/workspaces").options(options).returnsListOf(Workspace.class));
	}

	@Override
	public Workspace create(WorkspaceCreate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("workspaces.create", "/api/workspaces")
			.jsonBody(params)
			.options(options)
			.returns(Workspace.class));
	}

	@Override
	public Workspace get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("workspaces.get", "/api/workspaces/{id}")
			.path("id", id)
			.options(options)
			.returns(Workspace.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("workspaces.delete", "/api/workspaces/{id}")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	@Override
	public Workspace update(long id, WorkspaceUpdate params, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("workspaces.update", "/api/workspaces/{id}")
			.path("id", id)
			.jsonBody(params)
			.options(options)
			.returns(Workspace.class));
	}

	@Override
	public WorkspaceMembersClient members() {
		return this.members;
	}

	/** The members of workspaces. */
	private static final class Members implements WorkspaceMembersClient {

		private static final String PATH = "/api/workspaces/{id}/memberships";

		private final ApiInvoker invoker;

		Members(ApiInvoker invoker) {
			this.invoker = invoker;
		}

		@Override
		public List<WorkspaceMember> list(long workspaceId, RequestOptions options) {
			Args.positive(workspaceId, "workspaceId");
			Args.notNull(options, "options");
			return this.invoker.execute(ApiRequest.get("workspaces.members.list", PATH)
				.path("id", workspaceId)
				.options(options)
				.returnsListOf(WorkspaceMember.class));
		}

		@Override
		public WorkspaceMember create(long workspaceId, long userId, RequestOptions options) {
			Args.positive(workspaceId, "workspaceId");
			Args.positive(userId, "userId");
			Args.notNull(options, "options");
			return this.invoker.execute(ApiRequest.post("workspaces.members.create", PATH)
				.path("id", workspaceId)
				.jsonBody(Map.of("user", userId))
				.options(options)
				.returns(WorkspaceMember.class));
		}

		@Override
		public void delete(long workspaceId, long userId, RequestOptions options) {
			Args.positive(workspaceId, "workspaceId");
			Args.positive(userId, "userId");
			Args.notNull(options, "options");
			this.invoker.execute(ApiRequest.delete("workspaces.members.delete", PATH)
				.path("id", workspaceId)
				.jsonBody(Map.of("user", userId))
				.options(options)
				.returnsNothing());
		}

	}

}
