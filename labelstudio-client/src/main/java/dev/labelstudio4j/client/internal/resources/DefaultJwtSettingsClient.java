package dev.labelstudio4j.client.internal.resources;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.tokens.JwtSettings;
import dev.labelstudio4j.client.tokens.JwtSettingsClient;
import dev.labelstudio4j.client.tokens.JwtSettingsUpdate;

/**
 * The {@link JwtSettingsClient} that sends its calls through the shared invoker.
 */
public final class DefaultJwtSettingsClient implements JwtSettingsClient {

	private final ApiInvoker invoker;

	public DefaultJwtSettingsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public JwtSettings get(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("jwt_settings.get", "/api/jwt/settings").options(options).returns(JwtSettings.class));
	}

	@Override
	public JwtSettings update(JwtSettingsUpdate update, RequestOptions options) {
		Args.notNull(update, "update");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("jwt_settings.update", "/api/jwt/settings")
			.jsonBody(update)
			.options(options)
			.returns(JwtSettings.class));
	}

}
