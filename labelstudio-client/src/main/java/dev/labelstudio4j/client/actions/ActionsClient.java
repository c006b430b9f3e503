package dev.labelstudio4j.client.actions;

import java.util.List;
import java.util.Map;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Data Manager actions: list the actions a server offers and run one on a set of tasks. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#actions()}. Thread-safe.
 */
public interface ActionsClient {

	/**
	 * {@code GET /api/dm/actions/}: the actions the Data Manager offers. Newer API descriptions mark the
	 * {@code project} query parameter as required; use {@link #list(long)} to send it.
	 * @return the actions
	 */
	default List<Action> list() {
		return list(RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/actions/} with per-call options.
	 * @param options the per-call options
	 * @return the actions
	 */
	List<Action> list(RequestOptions options);

	/**
	 * {@code GET /api/dm/actions/?project=}: the actions the Data Manager offers for a project.
	 * @param project the project id
	 * @return the actions
	 */
	default List<Action> list(long project) {
		return list(project, RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/actions/?project=} with per-call options.
	 * @param project the project id
	 * @param options the per-call options
	 * @return the actions
	 */
	List<Action> list(long project, RequestOptions options);

	/**
	 * {@code POST /api/dm/actions/?id=&project=}: run an action on all tasks of a project. Destructive
	 * actions such as {@link ActionId#DELETE_TASKS} then affect every task.
	 * @param id the action
	 * @param project the project id
	 * @return the server's answer (for example {@code processed_items}), empty when it sent none
	 */
	default Map<String, Object> create(ActionId id, long project) {
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
	default Map<String, Object> create(ActionId id, long project, ActionCreate params) {
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
	Map<String, Object> create(ActionId id, long project, ActionCreate params, RequestOptions options);

}
