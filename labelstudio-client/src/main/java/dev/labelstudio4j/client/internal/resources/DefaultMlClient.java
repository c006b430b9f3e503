package dev.labelstudio4j.client.internal.resources;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.internal.ResponseHandler;
import dev.labelstudio4j.client.ml.MlBackend;
import dev.labelstudio4j.client.ml.MlBackendCreate;
import dev.labelstudio4j.client.ml.MlBackendUpdate;
import dev.labelstudio4j.client.ml.MlClient;
import dev.labelstudio4j.client.ml.ModelVersions;

/**
 * The {@link MlClient} that sends its calls through the shared invoker.
 */
public final class DefaultMlClient implements MlClient {

	/** A JSON object answer, or an empty map when the body is empty or not an object. */
	private static final ResponseHandler<Map<String, Object>> OPTIONAL_OBJECT = (operation, response, json) -> {
		byte[] body;
		try (InputStream in = response.getBody()) {
			body = in.readAllBytes();
		}
		Map<String, Object> map = (body.length > 0) ? json.readMapOrNull(body) : null;
		return (map != null) ? map : Map.of();
	};

	private final ApiInvoker invoker;

	public DefaultMlClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public List<MlBackend> list(RequestOptions options) {
		Args.notNull(options, "options");
		return doList(null, options);
	}

	@Override
	public List<MlBackend> list(long projectId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(options, "options");
		return doList(projectId, options);
	}

	private List<MlBackend> doList(@Nullable Long projectId, RequestOptions options) {
		return this.invoker.execute(ApiRequest.get("ml.list", "/api/ml/")
			.query("project", projectId)
			.options(options)
			.returnsListOf(MlBackend.class));
	}

	@Override
	public MlBackend create(MlBackendCreate backend, RequestOptions options) {
		Args.notNull(backend, "backend");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.post("ml.create", "/api/ml/").jsonBody(backend).options(options).returns(MlBackend.class));
	}

	@Override
	public MlBackend get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("ml.get", "/api/ml/{id}").path("id", id).options(options).returns(MlBackend.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("ml.delete", "/api/ml/{id}").path("id", id).options(options).returnsNothing());
	}

	@Override
	public MlBackend update(long id, MlBackendUpdate update, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(update, "update");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("ml.update", "/api/ml/{id}")
			.path("id", id)
			.jsonBody(update)
			.options(options)
			.returns(MlBackend.class));
	}

	@Override
	public Map<String, Object> predictInteractive(long id, long task, @Nullable Map<String, ?> context,
			RequestOptions options) {
		Args.positive(id, "id");
		Args.positive(task, "task");
		Args.notNull(options, "options");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("task", task);
		if (context != null) {
			body.put("context", context);
		}
		return this.invoker.execute(ApiRequest.post("ml.predict_interactive", "/api/ml/{id}/interactive-annotating")
			.path("id", id)
			.jsonBody(body)
			.options(options)
			.returns(OPTIONAL_OBJECT));
	}

	@Override
	public void train(long id, @Nullable Boolean useGroundTruth, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		Map<String, Object> body = new LinkedHashMap<>();
		if (useGroundTruth != null) {
			body.put("use_ground_truth", useGroundTruth);
		}
		this.invoker.execute(ApiRequest.post("ml.train", "/api/ml/{id}/train")
			.path("id", id)
			.jsonBody(body)
			.options(options)
			.returnsNothing());
	}

	@Override
	public ModelVersions listModelVersions(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("ml.list_model_versions", "/api/ml/{id}/versions")
			.path("id", id)
			.options(options)
			.returns(ModelVersions.class));
	}

}
