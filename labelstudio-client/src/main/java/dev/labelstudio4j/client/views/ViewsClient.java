package dev.labelstudio4j.client.views;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Operations on Data Manager views (the tabs of a project's Data Manager). Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#views()}. Thread-safe.
 */
public interface ViewsClient {

	/**
	 * {@code GET /api/dm/views/}: the views the current user can see, in all projects.
	 * @return the views
	 */
	default List<View> list() {
		return list(RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/views/} with per-call options.
	 * @param options the per-call options
	 * @return the views
	 */
	List<View> list(RequestOptions options);

	/**
	 * {@code GET /api/dm/views/?project=}: the views of a project.
	 * @param project the project id
	 * @return the views
	 */
	default List<View> list(long project) {
		return list(project, RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/views/?project=} with per-call options.
	 * @param project the project id
	 * @param options the per-call options
	 * @return the views
	 */
	List<View> list(long project, RequestOptions options);

	/**
	 * {@code POST /api/dm/views/}: create a view.
	 * @param params the project and view data
	 * @return the created view
	 */
	default View create(ViewCreate params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/dm/views/} with per-call options.
	 * @param params the project and view data
	 * @param options the per-call options
	 * @return the created view
	 */
	View create(ViewCreate params, RequestOptions options);

	/**
	 * {@code DELETE /api/dm/views/reset/}: delete all views of a project. The project id is sent in the JSON
	 * body, as the server expects, and as the {@code project} query parameter that newer servers read.
	 * @param project the project id
	 */
	default void deleteAll(long project) {
		deleteAll(project, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/dm/views/reset/} with per-call options.
	 * @param project the project id
	 * @param options the per-call options
	 */
	void deleteAll(long project, RequestOptions options);

	/**
	 * {@code GET /api/dm/views/{id}/}: get a view.
	 * @param id the view id
	 * @return the view
	 */
	default View get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/views/{id}/} with per-call options.
	 * @param id the view id
	 * @param options the per-call options
	 * @return the view
	 */
	View get(long id, RequestOptions options);

	/**
	 * {@code DELETE /api/dm/views/{id}/}: delete a view.
	 * @param id the view id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/dm/views/{id}/} with per-call options.
	 * @param id the view id
	 * @param options the per-call options
	 */
	void delete(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/dm/views/{id}/}: update a view. The server replaces the whole {@code data} of the view
	 * with the one sent.
	 * @param id the view id
	 * @param params the project and view data
	 * @return the updated view
	 */
	default View update(long id, ViewUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/dm/views/{id}/} with per-call options.
	 * @param id the view id
	 * @param params the project and view data
	 * @param options the per-call options
	 * @return the updated view
	 */
	View update(long id, ViewUpdate params, RequestOptions options);


	// View order

	/**
	 * {@code POST /api/dm/views/order/}: put a project's views (the Data Manager's tabs) in the given order.
	 * @param projectId the project id
	 * @param viewIds the project's view ids in the wanted order, not empty
	 */
	default void updateOrder(long projectId, List<Long> viewIds) {
		updateOrder(projectId, viewIds, RequestOptions.none());
	}

	/** {@code POST /api/dm/views/order/} with per-call options. */
	void updateOrder(long projectId, List<Long> viewIds, RequestOptions options);

}
