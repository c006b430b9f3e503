package dev.labelstudio4j.client.internal.resources;

import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.ResponseHandler;
import dev.labelstudio4j.client.webhooks.Webhook;
import dev.labelstudio4j.client.webhooks.WebhookActionInfo;
import dev.labelstudio4j.client.webhooks.WebhookCreate;
import dev.labelstudio4j.client.webhooks.WebhookUpdate;
import dev.labelstudio4j.client.webhooks.WebhooksClient;

/**
 * The {@link WebhooksClient} that sends its calls through the shared invoker.
 */
public final class DefaultWebhooksClient implements WebhooksClient {

	/** The {@code project} filter value Label Studio reads as "no project" (organization-level webhooks). */
	static final String ORGANIZATION_LEVEL = "isnull";

	private static final TypeReference<Map<String, Object>> INFO = new TypeReference<>() {
	};

	private final ApiInvoker invoker;

	public DefaultWebhooksClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public List<Webhook> list(RequestOptions options) {
		Args.notNull(options, "options");
		return doList(null, options);
	}

	@Override
	public List<Webhook> list(long project, RequestOptions options) {
		Args.positive(project, "project");
		Args.notNull(options, "options");
		return doList(project, options);
	}

	@Override
	public List<Webhook> listOrganizationLevel(RequestOptions options) {
		Args.notNull(options, "options");
		return doList(ORGANIZATION_LEVEL, options);
	}

	private List<Webhook> doList(@Nullable Object project, RequestOptions options) {
		return this.invoker.execute(ApiRequest.get("webhooks.list", "/api/webhooks/")
			.query("project", project)
			.options(options)
			.returnsListOf(Webhook.class));
	}

	@Override
	public Webhook create(WebhookCreate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("webhooks.create", "/api/webhooks/")
			.jsonBody(params)
			.options(options)
			.returns(Webhook.class));
	}

	@Override
	public Map<String, WebhookActionInfo> info(RequestOptions options) {
		Args.notNull(options, "options");
		return doInfo(null, options);
	}

	@Override
	public Map<String, WebhookActionInfo> info(boolean organizationOnly, RequestOptions options) {
		Args.notNull(options, "options");
		return doInfo(organizationOnly, options);
	}

	/** The actions by name; an entry whose value is not an object (drift) is left out. */
	private Map<String, WebhookActionInfo> doInfo(@Nullable Boolean organizationOnly, RequestOptions options) {
		Map<String, Object> answer = this.invoker.execute(ApiRequest.get("webhooks.info", "/api/webhooks/info/")
			.query("organization-only", organizationOnly)
			.options(options)
			.returns(ResponseHandler.json(INFO)));
		Map<String, WebhookActionInfo> actions = new LinkedHashMap<>();
		answer.forEach((name, value) -> {
			WebhookActionInfo info = JsonValues.toModel(WebhookActionInfo.class, value);
			if (info != null) {
				actions.put(name, info);
			}
		});
		return Collections.unmodifiableMap(actions);
	}

	@Override
	public Webhook get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("webhooks.get", "/api/webhooks/{id}/")
			.path("id", id)
			.options(options)
			.returns(Webhook.class));
	}

	@Override
	public Webhook update(long id, WebhookUpdate params, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("webhooks.update", "/api/webhooks/{id}/")
			.path("id", id)
			.jsonBody(params)
			.options(options)
			.returns(Webhook.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("webhooks.delete", "/api/webhooks/{id}/")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

}
