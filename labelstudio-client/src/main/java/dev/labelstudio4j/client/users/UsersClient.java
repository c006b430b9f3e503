package dev.labelstudio4j.client.users;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Operations on Label Studio users. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#users()}. Thread-safe.
 */
public interface UsersClient {

	/**
	 * {@code POST /api/current-user/reset-token/}: replace the API token of the current user. Scripts that
	 * use the old token stop working; a client built with it must be rebuilt with the new one.
	 * @return the new token
	 */
	default UserToken resetToken() {
		return resetToken(RequestOptions.none());
	}

	/**
	 * {@code POST /api/current-user/reset-token/} with per-call options.
	 * @param options the per-call options
	 * @return the new token
	 */
	UserToken resetToken(RequestOptions options);

	/**
	 * {@code GET /api/current-user/token}: the API token of the current user.
	 * @return the token
	 */
	default UserToken getToken() {
		return getToken(RequestOptions.none());
	}

	/**
	 * {@code GET /api/current-user/token} with per-call options.
	 * @param options the per-call options
	 * @return the token
	 */
	UserToken getToken(RequestOptions options);

	/**
	 * {@code GET /api/current-user/whoami}: the user the credentials belong to.
	 * @return the current user
	 */
	default User whoami() {
		return whoami(RequestOptions.none());
	}

	/**
	 * {@code GET /api/current-user/whoami} with per-call options.
	 * @param options the per-call options
	 * @return the current user
	 */
	User whoami(RequestOptions options);

	/**
	 * {@code GET /api/users/}: the users of the organization.
	 * @return the users
	 */
	default List<User> list() {
		return list(RequestOptions.none());
	}

	/**
	 * {@code GET /api/users/} with per-call options.
	 * @param options the per-call options
	 * @return the users
	 */
	List<User> list(RequestOptions options);

	/**
	 * {@code POST /api/users/}: create a user.
	 * @param params the user's fields
	 * @return the created user
	 */
	default User create(UserCreate params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/users/} with per-call options.
	 * @param params the user's fields
	 * @param options the per-call options
	 * @return the created user
	 */
	User create(UserCreate params, RequestOptions options);

	/**
	 * {@code GET /api/users/{id}/}: get a user.
	 * @param id the user id
	 * @return the user
	 */
	default User get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/users/{id}/} with per-call options.
	 * @param id the user id
	 * @param options the per-call options
	 * @return the user
	 */
	User get(long id, RequestOptions options);

	/**
	 * {@code DELETE /api/users/{id}/}: delete a user. Their annotations may be left without an author.
	 * @param id the user id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/users/{id}/} with per-call options.
	 * @param id the user id
	 * @param options the per-call options
	 */
	void delete(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/users/{id}/}: update the fields set in {@code params}.
	 * @param id the user id
	 * @param params the fields to change
	 * @return the updated user
	 */
	default User update(long id, UserUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/users/{id}/} with per-call options.
	 * @param id the user id
	 * @param params the fields to change
	 * @param options the per-call options
	 * @return the updated user
	 */
	User update(long id, UserUpdate params, RequestOptions options);


	// The current user

	/**
	 * {@code GET /api/current-user}: the current user with the server's full set of fields. The official
	 * document marks it as an Enterprise endpoint; on open-source servers use {@link #whoami()}.
	 * @return the current user
	 */
	default User getCurrentUser() {
		return getCurrentUser(RequestOptions.none());
	}

	/** {@code GET /api/current-user} with per-call options. */
	User getCurrentUser(RequestOptions options);

	/**
	 * {@code PATCH /api/current-user}: change the current user's fields set in {@code params}. The official
	 * document marks it as an Enterprise endpoint; on open-source servers use
	 * {@link #update(long, UserUpdate)} with the id {@link #whoami()} answers.
	 * @param params the fields to change
	 * @return the updated user
	 */
	default User updateCurrentUser(UserUpdate params) {
		return updateCurrentUser(params, RequestOptions.none());
	}

	/** {@code PATCH /api/current-user} with per-call options. */
	User updateCurrentUser(UserUpdate params, RequestOptions options);

}
