package dev.labelstudio4j.client.predictions;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;

/**
 * Operations on predictions (pre-annotations). Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#predictions()}. Thread-safe.
 */
public final class PredictionsClient {

	private final ApiInvoker invoker;

	/**
	 * Create a new client that sends its calls through the given invoker.
	 * @param invoker the shared invoker
	 */
	public PredictionsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * {@code GET /api/predictions/}: all predictions the current user can see.
	 * @return the predictions
	 */
	public List<Prediction> list() {
		return list(PredictionListParams.builder().build(), RequestOptions.none());
	}

	/**
	 * {@code GET /api/predictions/?task=&project=}: the predictions of a task or a project.
	 * @param params the filters
	 * @return the predictions
	 */
	public List<Prediction> list(PredictionListParams params) {
		return list(params, RequestOptions.none());
	}

	/**
	 * {@code GET /api/predictions/?task=&project=} with per-call options.
	 * @param params the filters
	 * @param options the per-call options
	 * @return the predictions
	 */
	public List<Prediction> list(PredictionListParams params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("predictions.list", "/api/predictions/")
			.query("task", params.task())
			.query("project", params.project())
			.options(options)
			.returnsListOf(Prediction.class));
	}

	/**
	 * {@code POST /api/predictions/}: create a prediction for a task.
	 * @param params the prediction
	 * @return the created prediction
	 */
	public Prediction create(PredictionCreate params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/predictions/} with per-call options.
	 * @param params the prediction
	 * @param options the per-call options
	 * @return the created prediction
	 */
	public Prediction create(PredictionCreate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("predictions.create", "/api/predictions/")
			.jsonBody(params)
			.options(options)
			.returns(Prediction.class));
	}

	/**
	 * {@code GET /api/predictions/{id}/}: get a prediction.
	 * @param id the prediction id
	 * @return the prediction
	 */
	public Prediction get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/predictions/{id}/} with per-call options.
	 * @param id the prediction id
	 * @param options the per-call options
	 * @return the prediction
	 */
	public Prediction get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("predictions.get", "/api/predictions/{id}/")
			.path("id", id)
			.options(options)
			.returns(Prediction.class));
	}

	/**
	 * {@code DELETE /api/predictions/{id}/}: delete a prediction.
	 * @param id the prediction id
	 */
	public void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/predictions/{id}/} with per-call options.
	 * @param id the prediction id
	 * @param options the per-call options
	 */
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("predictions.delete", "/api/predictions/{id}/")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	/**
	 * {@code PATCH /api/predictions/{id}/}: update the fields set in {@code params}.
	 * @param id the prediction id
	 * @param params the fields to change
	 * @return the updated prediction
	 */
	public Prediction update(long id, PredictionUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/predictions/{id}/} with per-call options.
	 * @param id the prediction id
	 * @param params the fields to change
	 * @param options the per-call options
	 * @return the updated prediction
	 */
	public Prediction update(long id, PredictionUpdate params, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("predictions.update", "/api/predictions/{id}/")
			.path("id", id)
			.jsonBody(params)
			.options(options)
			.returns(Prediction.class));
	}

}
