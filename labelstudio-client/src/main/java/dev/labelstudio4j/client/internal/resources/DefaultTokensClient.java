package dev.labelstudio4j.client.internal.resources;

import java.util.List;
import java.util.Map;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.tokens.AccessToken;
import dev.labelstudio4j.client.tokens.ApiToken;
import dev.labelstudio4j.client.tokens.TokensClient;

/**
 * The {@link TokensClient} that sends its calls through the shared invoker. Tokens travel only in request
 * bodies, which the client never logs.
 */
public final class DefaultTokensClient implements TokensClient {

	private final ApiInvoker invoker;

	public DefaultTokensClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public List<ApiToken> list(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("tokens.list", "/api/token/").options(options).returnsListOf(ApiToken.class));
	}

	@Override
	public ApiToken create(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.post("tokens.create", "/api/token/").options(options).returns(ApiToken.class));
	}

	@Override
	public void blacklist(String token, RequestOptions options) {
		Args.notBlank(token, "token");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.post("tokens.blacklist", "/api/token/blacklist/")
			.jsonBody(Map.of("refresh", token.strip()))
			.options(options)
			.returnsNothing());
	}

	@Override
	public AccessToken refresh(String token, RequestOptions options) {
		Args.notBlank(token, "token");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("tokens.refresh", "/api/token/refresh/")
			.jsonBody(Map.of("refresh", token.strip()))
			.options(options)
			.returns(AccessToken.class));
	}

	@Override
	public ApiToken rotate(String token, RequestOptions options) {
		Args.notBlank(token, "token");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("tokens.rotate", "/api/token/rotate/")
			.jsonBody(Map.of("refresh", token.strip()))
			.options(options)
			.returns(ApiToken.class));
	}

}
