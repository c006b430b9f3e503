package dev.labelstudio4j.client.actions;

import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;
import dev.labelstudio4j.client.core.ResponseHandler;

/**
 * Data Manager actions: list the actions a server offers and run one on a set of tasks. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#actions()}. Thread-safe.
 */
public final class ActionsClient {

	private static final ResponseHandler<Map<String, Object>> ACTION_RESULT = (operation, response, json) -> {
		byte[] body;
		try (InputStream in = response.getBody()) {
			body = in.readAllBytes();
		}
		Map<String, Object> result = (body.length > 0) ? json.readMapOrNull(body) : null;
		return (result != null) ? Collections.unmodifiableMap(result) : Map.of();
	};

	private final ApiInvoker invoker;

	/**
	 * Create a new client that sends its calls through the given invoker.
	 * @param invoker the shared invoker
	 */
	public ActionsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * {@code GET /api/dm/actions/}: the actions the Data Manager offers. Newer API descriptions mark the
	 * {@code project} query parameter as required; use {@link #list(long)} to send it.
	 * @return the actions
	 */
	public List<Action> list() {
		return list(RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/actions/} with per-call options.
	 * @param options the per-call options
	 * @return the actions
	 */
	public List<Action> list(RequestOptions options) {
		Args.notNull(options, "options");
		return doList(null, options);
	}

	/**
	 * {@code GET /api/dm/actions/?project=}: the actions the Data Manager offers for a project.
	 * @param project the project id
	 * @return the actions
	 */
	public List<Action> list(long project) {
		return list(project, RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/actions/?project=} with per-call options.
	 * @param project the project id
	 * @param options the per-call options
	 * @return the actions
	 */
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

	/**
	 * {@code POST /api/dm/actions/?id=&project=}: run an action on all tasks of a project. Destructive
	 * actions such as {@link ActionId#DELETE_TASKS} then affect every task.
	 * @param id the action
	 * @param project the project id
	 * @return the server's answer (for example {@code processed_items}), empty when it sent none
	 */
	public Map<String, Object> create(ActionId id, long project) {
		return create(id, project, ActionCreate.builder().build(), RequestOptions.none());
	}

	/**
	 * {@code POST /api/dm/actions/?id=&project=[&view=]}: run an action on the tasks chosen by
	 * {@code params}.
	 * @param id the action
	 * @param project the project id
	 * @param params the view, filters, selected tasks and ordering
	 * @return the server's answer (for example {@code processed_items}), empty when it sent none
	 */
	public Map<String, Object> create(ActionId id, long project, ActionCreate params) {
		return create(id, project, params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/dm/actions/?id=&project=[&view=]} with per-call options.
	 * @param id the action
	 * @param project the project id
	 * @param params the view, filters, selected tasks and ordering
	 * @param options the per-call options
	 * @return the server's answer (for example {@code processed_items}), empty when it sent none
	 */
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
