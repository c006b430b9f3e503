package dev.labelstudio4j.client.internal.resources;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.users.User;
import dev.labelstudio4j.client.users.UserCreate;
import dev.labelstudio4j.client.users.UserToken;
import dev.labelstudio4j.client.users.UserUpdate;
import dev.labelstudio4j.client.users.UsersClient;

/**
 * The {@link UsersClient} that sends its calls through the shared invoker.
 */
public final class DefaultUsersClient implements UsersClient {

	private final ApiInvoker invoker;

	public DefaultUsersClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public UserToken resetToken(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("users.reset_token", "/api/current-user/reset-token/")
			.options(options)
			.returns(UserToken.class));
	}

	@Override
	public UserToken getToken(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("users.get_token", "/api/current-user/token").options(options).returns(UserToken.class));
	}

	@Override
	public User whoami(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("users.whoami", "/api/current-user/whoami").options(options).returns(User.class));
	}

	@Override
	public List<User> list(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("users.list", "/api/users/").options(options).returnsListOf(User.class));
	}

	@Override
	public User create(UserCreate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.post("users.create", "/api/users/").jsonBody(params).options(options).returns(User.class));
	}

	@Override
	public User get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("users.get", "/api/users/{id}/").path("id", id).options(options).returns(User.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(
				ApiRequest.delete("users.delete", "/api/users/{id}/").path("id", id).options(options).returnsNothing());
	}

	@Override
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


	// The current user

	@Override
	public User getCurrentUser(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("users.get_current_user", "/api/current-user").options(options).returns(User.class));
	}

	@Override
	public User updateCurrentUser(UserUpdate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("users.update_current_user", "/api/current-user")
			.jsonBody(params)
			.options(options)
			.returns(User.class));
	}

}
