package dev.labelstudio4j.client.users;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;

/**
 * Operations on Label Studio users. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#users()}. Thread-safe.
 */
public final class UsersClient {

	private final ApiInvoker invoker;

	/**
	 * Create a new client that sends its calls through the given invoker.
	 * @param invoker the shared invoker
	 */
	public UsersClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * {@code POST /api/current-user/reset-token/}: replace the API token of the current user. Scripts that
	 * use the old token stop working; a client built with it must be rebuilt with the new one.
	 * @return the new token
	 */
	public UserToken resetToken() {
		return resetToken(RequestOptions.none());
	}

	/**
	 * {@code POST /api/current-user/reset-token/} with per-call options.
	 * @param options the per-call options
	 * @return the new token
	 */
	public UserToken resetToken(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("users.reset_token", "/api/current-user/reset-token/")
			.options(options)
			.returns(UserToken.class));
	}

	/**
	 * {@code GET /api/current-user/token}: the API token of the current user.
	 * @return the token
	 */
	public UserToken getToken() {
		return getToken(RequestOptions.none());
	}

	/**
	 * {@code GET /api/current-user/token} with per-call options.
	 * @param options the per-call options
	 * @return the token
	 */
	public UserToken getToken(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("users.get_token", "/api/current-user/token").options(options).returns(UserToken.class));
	}

	/**
	 * {@code GET /api/current-user/whoami}: the user the credentials belong to.
	 * @return the current user
	 */
	public User whoami() {
		return whoami(RequestOptions.none());
	}

	/**
	 * {@code GET /api/current-user/whoami} with per-call options.
	 * @param options the per-call options
	 * @return the current user
	 */
	public User whoami(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("users.whoami", "/api/current-user/whoami").options(options).returns(User.class));
	}

	/**
	 * {@code GET /api/users/}: the users of the organization.
	 * @return the users
	 */
	public List<User> list() {
		return list(RequestOptions.none());
	}

	/**
	 * {@code GET /api/users/} with per-call options.
	 * @param options the per-call options
	 * @return the users
	 */
	public List<User> list(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("users.list", "/api/users/").options(options).returnsListOf(User.class));
	}

	/**
	 * {@code POST /api/users/}: create a user.
	 * @param params the user's fields
	 * @return the created user
	 */
	public User create(UserCreate params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/users/} with per-call options.
	 * @param params the user's fields
	 * @param options the per-call options
	 * @return the created user
	 */
	public User create(UserCreate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.post("users.create", "/api/users/").jsonBody(params).options(options).returns(User.class));
	}

	/**
	 * {@code GET /api/users/{id}/}: get a user.
	 * @param id the user id
	 * @return the user
	 */
	public User get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/users/{id}/} with per-call options.
	 * @param id the user id
	 * @param options the per-call options
	 * @return the user
	 */
	public User get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("users.get", "/api/users/{id}/").path("id", id).options(options).returns(User.class));
	}

	/**
	 * {@code DELETE /api/users/{id}/}: delete a user. Their annotations may be left without an author.
	 * @param id the user id
	 */
	public void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/users/{id}/} with per-call options.
	 * @param id the user id
	 * @param options the per-call options
	 */
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(
				ApiRequest.delete("users.delete", "/api/users/{id}/").path("id", id).options(options).returnsNothing());
	}

	/**
	 * {@code PATCH /api/users/{id}/}: update the fields set in {@code params}.
	 * @param id the user id
	 * @param params the fields to change
	 * @return the updated user
	 */
	public User update(long id, UserUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/users/{id}/} with per-call options.
	 * @param id the user id
	 * @param params the fields to change
	 * @param options the per-call options
	 * @return the updated user
	 */
	public User update(long id, UserUpdate params, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("users.update", "/api/users/{id}/")
			.path("id", id)
			.jsonBody(params)
			.options(options)
			.returns(User.class));
	}

}
