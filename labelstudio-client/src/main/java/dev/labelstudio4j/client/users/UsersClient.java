package dev.labelstudio4j.client.users;

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

	public UsersClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/** {@code GET /api/current-user/whoami}: the user the credentials belong to. */
	public User whoami() {
		return whoami(RequestOptions.none());
	}

	/** {@code GET /api/current-user/whoami} with per-call options. */
	public User whoami(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("users.whoami", "/api/current-user/whoami").options(options).returns(User.class));
	}

}
