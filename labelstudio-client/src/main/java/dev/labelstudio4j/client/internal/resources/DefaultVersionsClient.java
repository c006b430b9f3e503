package dev.labelstudio4j.client.internal.resources;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.versions.ServerVersion;
import dev.labelstudio4j.client.versions.VersionsClient;

/**
 * The {@link VersionsClient} that sends its calls through the shared invoker.
 */
public final class DefaultVersionsClient implements VersionsClient {

	private final ApiInvoker invoker;

	public DefaultVersionsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public ServerVersion get(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("versions.get", "/api/version/").options(options).returns(ServerVersion.class));
	}

}
