package dev.labelstudio4j.client.internal.resources;

import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.actions.Action;
import dev.labelstudio4j.client.actions.ActionCreate;
import dev.labelstudio4j.client.actions.ActionId;
import dev.labelstudio4j.client.actions.ActionsClient;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.internal.ResponseHandler;

/**
 * The {@link ActionsClient} that sends its calls through the shared invoker.
 */
public final class DefaultActionsClient implements ActionsClient {

	private static final ResponseHandler<Map<String, Object>> ACTION_RESULT = (operation, response, json) -> {
		byte[] body;
		try (InputStream in = response.getBody()) {
			body = in.readAllBytes();
		}
		Map<String, Object> result = (body.length > 0) ? json.readMapOrNull(body) : null;
		return (result != null) ? Collections.unmodifiableMap(result) : Map.of();
	};

	private final ApiInvoker invoker;

	public DefaultActionsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public List<Action> list(RequestOptions options) {
		Args.notNull(options, "options");
		return doList(null, options);
	}

	@Override
	public List<Action> list(long project, RequestOptions options) {
		Args.positive(project, "project");
		Args.notNull(options, "options");
		return doList(project, options);
	}

	private List<Action> doList(@Nullable Long project, RequestOptions options) {
		return this.invoker.execute(ApiRequest.get("actions.list", "/api/dm/actions/")
			.query("project", project)
			.options(options)
			.returnsListOf(Action.class));
	}

	@Override
	public Map<String, Object> create(ActionId id, long project, ActionCreate params, RequestOptions options) {
		Args.notNull(id, "id");
		Args.positive(project, "project");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("actions.create", "/api/dm/actions/")
			.query("id", id.value())
			.query("project", project)
			.query("view", params.view())
			.jsonBody(params)
			.options(options)
			.returns(ACTION_RESULT));
	}

}
