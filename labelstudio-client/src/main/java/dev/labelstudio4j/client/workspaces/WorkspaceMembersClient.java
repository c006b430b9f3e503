package dev.labelstudio4j.client.workspaces;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * The members of a workspace. Obtain it from {@link WorkspacesClient#members()}. Thread-safe. Paths are sent
 * without a trailing slash, as explained at {@link WorkspacesClient}.
 */
public interface WorkspaceMembersClient {

	/**
	 * {@code GET /api/workspaces/{id}/memberships}: the members of a workspace.
	 * @param workspaceId the workspace id
	 * @return the members
	 */
	default List<WorkspaceMember> list(long workspaceId) {
		return list(workspaceId, RequestOptions.none());
	}

	/**
	 * {@code GET /api/workspaces/{id}/memberships} with per-call options.
	 * @param workspaceId the workspace id
	 * @param options the per-call options
	 * @return the members
	 */
	List<WorkspaceMember> list(long workspaceId, RequestOptions options);

	/**
	 * {@code POST /api/workspaces/{id}/memberships}: add a user to a workspace.
	 * @param workspaceId the workspace id
	 * @param userId the user id
	 * @return the membership
	 */
	default WorkspaceMember create(long workspaceId, long userId) {
		return create(workspaceId, userId, RequestOptions.none());
	}

	/**
	 * {@code POST /api/workspaces/{id}/memberships} with per-call options.
	 * @param workspaceId the workspace id
	 * @param userId the user id
	 * @param options the per-call options
	 * @return the membership
	 */
	WorkspaceMember create(long workspaceId, long userId, RequestOptions options);

	/**
	 * {@code DELETE /api/workspaces/{id}/memberships} with body {@code {"user": userId}}: remove a user from
	 * a workspace.
	 * @param workspaceId the workspace id
	 * @param userId the user id
	 */
	default void delete(long workspaceId, long userId) {
		delete(workspaceId, userId, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/workspaces/{id}/memberships} with per-call options.
	 * @param workspaceId the workspace id
	 * @param userId the user id
	 * @param options the per-call options
	 */
	void delete(long workspaceId, long userId, RequestOptions options);

}
