package dev.labelstudio4j.client.views;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;

/**
 * Operations on Data Manager views (the tabs of a project's Data Manager). Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#views()}. Thread-safe.
 */
public final class ViewsClient {

	private final ApiInvoker invoker;

	/**
	 * Create a new client that sends its calls through the given invoker.
	 * @param invoker the shared invoker
	 */
	public ViewsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * {@code GET /api/dm/views/}: the views the current user can see, in all projects.
	 * @return the views
	 */
	public List<View> list() {
		return list(RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/views/} with per-call options.
	 * @param options the per-call options
	 * @return the views
	 */
	public List<View> list(RequestOptions options) {
		Args.notNull(options, "options");
		return doList(null, options);
	}

	/**
	 * {@code GET /api/dm/views/?project=}: the views of a project.
	 * @param project the project id
	 * @return the views
	 */
	public List<View> list(long project) {
		return list(project, RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/views/?project=} with per-call options.
	 * @param project the project id
	 * @param options the per-call options
	 * @return the views
	 */
	public List<View> list(long project, RequestOptions options) {
		Args.positive(project, "project");
		Args.notNull(options, "options");
		return doList(project, options);
	}

	private List<View> doList(@Nullable Long project, RequestOptions options) {
		return this.invoker.execute(ApiRequest.get("views.list", "/api/dm/views/")
			.query("project", project)
			.options(options)
			.returnsListOf(View.class));
	}

	/**
	 * {@code POST /api/dm/views/}: create a view.
	 * @param params the project and view data
	 * @return the created view
	 */
	public View create(ViewCreate params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/dm/views/} with per-call options.
	 * @param params the project and view data
	 * @param options the per-call options
	 * @return the created view
	 */
	public View create(ViewCreate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.post("views.create", "/api/dm/views/").jsonBody(params).options(options).returns(View.class));
	}

	/**
	 * {@code DELETE /api/dm/views/reset/}: delete all views of a project. The project id is sent in the JSON
	 * body, as the server expects, and as the {@code project} query parameter that newer servers read.
	 * @param project the project id
	 */
	public void deleteAll(long project) {
		deleteAll(project, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/dm/views/reset/} with per-call options.
	 * @param project the project id
	 * @param options the per-call options
	 */
	public void deleteAll(long project, RequestOptions options) {
		Args.positive(project, "project");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("views.delete_all", "/api/dm/views/reset/")
			.query("project", project)
			.jsonBody(Map.of("project", project))
			.options(options)
			.returnsNothing());
	}

	/**
	 * {@code GET /api/dm/views/{id}/}: get a view.
	 * @param id the view id
	 * @return the view
	 */
	public View get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/dm/views/{id}/} with per-call options.
	 * @param id the view id
	 * @param options the per-call options
	 * @return the view
	 */
	public View get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("views.get", "/api/dm/views/{id}/").path("id", id).options(options).returns(View.class));
	}

	/**
	 * {@code DELETE /api/dm/views/{id}/}: delete a view.
	 * @param id the view id
	 */
	public void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/dm/views/{id}/} with per-call options.
	 * @param id the view id
	 * @param options the per-call options
	 */
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("views.delete", "/api/dm/views/{id}/")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	/**
	 * {@code PATCH /api/dm/views/{id}/}: update a view. The server replaces the whole {@code data} of the view
	 * with the one sent.
	 * @param id the view id
	 * @param params the project and view data
	 * @return the updated view
	 */
	public View update(long id, ViewUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/dm/views/{id}/} with per-call options.
	 * @param id the view id
	 * @param params the project and view data
	 * @param options the per-call options
	 * @return the updated view
	 */
	public View update(long id, ViewUpdate params, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("views.update", "/api/dm/views/{id}/")
			.path("id", id)
			.jsonBody(params)
			.options(options)
			.returns(View.class));
	}

}
