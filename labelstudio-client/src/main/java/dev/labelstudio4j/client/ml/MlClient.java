package dev.labelstudio4j.client.ml;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;
import dev.labelstudio4j.client.core.ResponseHandler;

/**
 * Operations on machine learning backends. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#ml()}. Thread-safe.
 */
public final class MlClient {

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

	public MlClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * {@code GET /api/ml/}: every ML backend the user can see.
	 * @return the ML backends
	 */
	public List<MlBackend> list() {
		return list(RequestOptions.none());
	}

	/** {@code GET /api/ml/} with per-call options. */
	public List<MlBackend> list(RequestOptions options) {
		Args.notNull(options, "options");
		return doList(null, options);
	}

	/**
	 * {@code GET /api/ml/?project=}: the ML backends of a project.
	 * @param projectId the project id
	 * @return the ML backends
	 */
	public List<MlBackend> list(long projectId) {
		return list(projectId, RequestOptions.none());
	}

	/** {@code GET /api/ml/?project=} with per-call options. */
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

	/**
	 * {@code POST /api/ml/}: connect an ML backend to a project.
	 * @param backend the backend's settings
	 * @return the created ML backend
	 */
	public MlBackend create(MlBackendCreate backend) {
		return create(backend, RequestOptions.none());
	}

	/** {@code POST /api/ml/} with per-call options. */
	public MlBackend create(MlBackendCreate backend, RequestOptions options) {
		Args.notNull(backend, "backend");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.post("ml.create", "/api/ml/").jsonBody(backend).options(options).returns(MlBackend.class));
	}

	/**
	 * {@code GET /api/ml/{id}}: one ML backend.
	 * @param id the ML backend id
	 * @return the ML backend
	 */
	public MlBackend get(long id) {
		return get(id, RequestOptions.none());
	}

	/** {@code GET /api/ml/{id}} with per-call options. */
	public MlBackend get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker
			.execute(ApiRequest.get("ml.get", "/api/ml/{id}").path("id", id).options(options).returns(MlBackend.class));
	}

	/**
	 * {@code DELETE /api/ml/{id}}: disconnect an ML backend.
	 * @param id the ML backend id
	 */
	public void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/** {@code DELETE /api/ml/{id}} with per-call options. */
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("ml.delete", "/api/ml/{id}").path("id", id).options(options).returnsNothing());
	}

	/**
	 * {@code PATCH /api/ml/{id}}: change an ML backend's settings.
	 * @param id the ML backend id
	 * @param update the settings to change
	 * @return the updated ML backend
	 */
	public MlBackend update(long id, MlBackendUpdate update) {
		return update(id, update, RequestOptions.none());
	}

	/** {@code PATCH /api/ml/{id}} with per-call options. */
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

	/**
	 * {@code POST /api/ml/{id}/interactive-annotating}: ask the backend for an interactive pre-annotation
	 * of a task.
	 * @param id the ML backend id
	 * @param task the task id
	 * @return the backend's answer, or an empty map when it answered no JSON object
	 */
	public Map<String, Object> predictInteractive(long id, long task) {
		return predictInteractive(id, task, null, RequestOptions.none());
	}

	/** {@code POST /api/ml/{id}/interactive-annotating} with a context for the model. */
	public Map<String, Object> predictInteractive(long id, long task, @Nullable Map<String, ?> context) {
		return predictInteractive(id, task, context, RequestOptions.none());
	}

	/** {@code POST /api/ml/{id}/interactive-annotating} with a context and per-call options. */
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

	/**
	 * {@code POST /api/ml/{id}/train}: start training the model.
	 * @param id the ML backend id
	 */
	public void train(long id) {
		train(id, null, RequestOptions.none());
	}

	/** {@code POST /api/ml/{id}/train}, saying whether ground-truth annotations are used. */
	public void train(long id, @Nullable Boolean useGroundTruth) {
		train(id, useGroundTruth, RequestOptions.none());
	}

	/** {@code POST /api/ml/{id}/train} with per-call options. */
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

	/**
	 * {@code GET /api/ml/{id}/versions}: the model versions the backend offers.
	 * @param id the ML backend id
	 * @return the versions
	 */
	public ModelVersions listModelVersions(long id) {
		return listModelVersions(id, RequestOptions.none());
	}

	/** {@code GET /api/ml/{id}/versions} with per-call options. */
	public ModelVersions listModelVersions(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("ml.list_model_versions", "/api/ml/{id}/versions")
			.path("id", id)
			.options(options)
			.returns(ModelVersions.class));
	}

}
