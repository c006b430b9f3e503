package dev.labelstudio4j.client.predictions;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Operations on predictions (pre-annotations). Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#predictions()}. Thread-safe.
 */
public interface PredictionsClient {

	/**
	 * {@code GET /api/predictions/}: all predictions the current user can see.
	 * @return the predictions
	 */
	default List<Prediction> list() {
		return list(PredictionListParams.builder().build(), RequestOptions.none());
	}

	/**
	 * {@code GET /api/predictions/?task=&project=}: the predictions of a task or a project.
	 * @param params the filters
	 * @return the predictions
	 */
	default List<Prediction> list(PredictionListParams params) {
		return list(params, RequestOptions.none());
	}

	/**
	 * {@code GET /api/predictions/?task=&project=} with per-call options.
	 * @param params the filters
	 * @param options the per-call options
	 * @return the predictions
	 */
	List<Prediction> list(PredictionListParams params, RequestOptions options);

	/**
	 * {@code POST /api/predictions/}: create a prediction for a task.
	 * @param params the prediction
	 * @return the created prediction
	 */
	default Prediction create(PredictionCreate params) {
		return create(params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/predictions/} with per-call options.
	 * @param params the prediction
	 * @param options the per-call options
	 * @return the created prediction
	 */
	Prediction create(PredictionCreate params, RequestOptions options);

	/**
	 * {@code GET /api/predictions/{id}/}: get a prediction.
	 * @param id the prediction id
	 * @return the prediction
	 */
	default Prediction get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/predictions/{id}/} with per-call options.
	 * @param id the prediction id
	 * @param options the per-call options
	 * @return the prediction
	 */
	Prediction get(long id, RequestOptions options);

	/**
	 * {@code DELETE /api/predictions/{id}/}: delete a prediction.
	 * @param id the prediction id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/predictions/{id}/} with per-call options.
	 * @param id the prediction id
	 * @param options the per-call options
	 */
	void delete(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/predictions/{id}/}: update the fields set in {@code params}.
	 * @param id the prediction id
	 * @param params the fields to change
	 * @return the updated prediction
	 */
	default Prediction update(long id, PredictionUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/predictions/{id}/} with per-call options.
	 * @param id the prediction id
	 * @param params the fields to change
	 * @param options the per-call options
	 * @return the updated prediction
	 */
	Prediction update(long id, PredictionUpdate params, RequestOptions options);

}
