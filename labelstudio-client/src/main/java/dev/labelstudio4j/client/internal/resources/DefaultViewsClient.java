package dev.labelstudio4j.client.internal.resources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.views.View;
import dev.labelstudio4j.client.views.ViewCreate;
import dev.labelstudio4j.client.views.ViewUpdate;
import dev.labelstudio4j.client.views.ViewsClient;

/**
 * The {@link ViewsClient} that sends its calls through the shared invoker.
 */
public final class DefaultViewsClient implements ViewsClient {

	private final ApiInvoker invoker;

	public DefaultViewsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public List<View> list(RequestOptions options) {
		Args.notNull(options, "options");
		return doList(null, options);
	}

	@Override
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

	@Override
	public View create(ViewCreate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.post("views.create", "/api/dm/views/").jsonBody(params).options(options).returns(View.class));
	}

	@Override
	public void deleteAll(long project, RequestOptions options) {
		Args.positive(project, "project");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("views.delete_all", "/api/dm/views/reset/")
			.query("project", project)
			.jsonBody(Map.of("project", project))
			.options(options)
			.returnsNothing());
	}

	@Override
	public View get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("views.get", "/api/dm/views/{id}/").path("id", id).options(options).returns(View.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("views.delete", "/api/dm/views/{id}/")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	@Override
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


	// View order

	@Override
	public void updateOrder(long projectId, List<Long> viewIds, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(viewIds, "viewIds");
		Args.notNull(options, "options");
		if (viewIds.isEmpty()) {
			throw new IllegalArgumentException("viewIds must not be empty");
		}
		for (Long id : viewIds) {
			if (id == null || id <= 0) {
				throw new IllegalArgumentException("viewIds must hold positive ids but holds " + id);
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("project", projectId);
		body.put("ids", List.copyOf(viewIds));
		this.invoker.execute(ApiRequest.post("views.update_order", "/api/dm/views/order/")
			.jsonBody(body)
			.options(options)
			.returnsNothing());
	}

}
