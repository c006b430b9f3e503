package dev.labelstudio4j.client.workspaces;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Operations on workspaces, a Label Studio Enterprise feature (open-source servers answer 404). Obtain it
 * from {@link dev.labelstudio4j.client.LabelStudioClient#workspaces()}. Thread-safe.
 * <p>
 * The paths are sent without a trailing slash ({@code /api/workspaces/{id}}), as SDK 1.0.4 sends them:
 * servers whose routes end in a slash serve them too (Label Studio's
 * {@code CommonMiddlewareAppendSlashWithoutRedirect} dispatches a path that found no route to the same path
 * with a slash, inside the server, with the same method and body), while servers whose routes have no
 * slash would not serve the slashed form. So every call is one request on every server generation.
 */
public interface WorkspacesClient {

	/**
	 * {@code GET /api/workspaces}: the workspaces of the organization that the user can see.
	 * @return the workspaces
	 */
	default List<Workspace> list() {
		return list(RequestOptions.none());
	}

	/**
	 * {@code GET /api/workspaces} with per-call options.
	 * @param options the per-call options
	 * @return the workspaces
	 */
	List<Workspace> list(RequestOptions options);

	/**
	 * {@code POST /api/workspaces}: create a workspace.
	 * @param params the workspace's fields
	 * @return the created workspace
	 */
	default Workspace create(WorkspaceCreate params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/workspaces} with per-call options.
	 * @param params the workspace's fields
	 * @param options the per-call options
	 * @return the created workspace
	 */
	Workspace create(WorkspaceCreate params, RequestOptions options);

	/**
	 * {@code GET /api/workspaces/{id}}.
	 * @param id the workspace id
	 * @return the workspace
	 */
	default Workspace get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/workspaces/{id}} with per-call options.
	 * @param id the workspace id
	 * @param options the per-call options
	 * @return the workspace
	 */
	Workspace get(long id, RequestOptions options);

	/**
	 * {@code DELETE /api/workspaces/{id}}: delete a workspace.
	 * @param id the workspace id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/workspaces/{id}} with per-call options.
	 * @param id the workspace id
	 * @param options the per-call options
	 */
	void delete(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/workspaces/{id}}: change the fields set in {@code params}.
	 * @param id the workspace id
	 * @param params the fields to change
	 * @return the updated workspace
	 */
	default Workspace update(long id, WorkspaceUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/workspaces/{id}} with per-call options.
	 * @param id the workspace id
	 * @param params the fields to change
	 * @param options the per-call options
	 * @return the updated workspace
	 */
	Workspace update(long id, WorkspaceUpdate params, RequestOptions options);

	/**
	 * The members of workspaces ({@code /api/workspaces/{id}/memberships}).
	 * @return the members client
	 */
	WorkspaceMembersClient members();

}
