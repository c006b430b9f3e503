package dev.labelstudio4j.client.ml;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Operations on machine learning backends. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#ml()}. Thread-safe.
 */
public interface MlClient {

	/**
	 * {@code GET /api/ml/}: every ML backend the user can see.
	 * @return the ML backends
	 */
	default List<MlBackend> list() {
		return list(RequestOptions.none());
	}

	/** {@code GET /api/ml/} with per-call options. */
	List<MlBackend> list(RequestOptions options);

	/**
	 * {@code GET /api/ml/?project=}: the ML backends of a project.
	 * @param projectId the project id
	 * @return the ML backends
	 */
	default List<MlBackend> list(long projectId) {
		return list(projectId, RequestOptions.none());
	}

	/** {@code GET /api/ml/?project=} with per-call options. */
	List<MlBackend> list(long projectId, RequestOptions options);

	/**
	 * {@code POST /api/ml/}: connect an ML backend to a project.
	 * @param backend the backend's settings
	 * @return the created ML backend
	 */
	default MlBackend create(MlBackendCreate backend) {
		return create(backend, RequestOptions.none());
	}

	/** {@code POST /api/ml/} with per-call options. */
	MlBackend create(MlBackendCreate backend, RequestOptions options);

	/**
	 * {@code GET /api/ml/{id}}: one ML backend.
	 * @param id the ML backend id
	 * @return the ML backend
	 */
	default MlBackend get(long id) {
		return get(id, RequestOptions.none());
	}

	/** {@code GET /api/ml/{id}} with per-call options. */
	MlBackend get(long id, RequestOptions options);

	/**
	 * {@code DELETE /api/ml/{id}}: disconnect an ML backend.
	 * @param id the ML backend id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/** {@code DELETE /api/ml/{id}} with per-call options. */
	void delete(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/ml/{id}}: change an ML backend's settings.
	 * @param id the ML backend id
	 * @param update the settings to change
	 * @return the updated ML backend
	 */
	default MlBackend update(long id, MlBackendUpdate update) {
		return update(id, update, RequestOptions.none());
	}

	/** {@code PATCH /api/ml/{id}} with per-call options. */
	MlBackend update(long id, MlBackendUpdate update, RequestOptions options);

	/**
	 * {@code POST /api/ml/{id}/interactive-annotating}: ask the backend for an interactive pre-annotation
	 * of a task.
	 * @param id the ML backend id
	 * @param task the task id
	 * @return the backend's answer, or an empty map when it answered no JSON object
	 */
	default Map<String, Object> predictInteractive(long id, long task) {
		return predictInteractive(id, task, null, RequestOptions.none());
	}

	/** {@code POST /api/ml/{id}/interactive-annotating} with a context for the model. */
	default Map<String, Object> predictInteractive(long id, long task, @Nullable Map<String, ?> context) {
		return predictInteractive(id, task, context, RequestOptions.none());
	}

	/** {@code POST /api/ml/{id}/interactive-annotating} with a context and per-call options. */
	Map<String, Object> predictInteractive(long id, long task, @Nullable Map<String, ?> context,
			RequestOptions options);

	/**
	 * {@code POST /api/ml/{id}/train}: start training the model.
	 * @param id the ML backend id
	 */
	default void train(long id) {
		train(id, null, RequestOptions.none());
	}

	/** {@code POST /api/ml/{id}/train}, saying whether ground-truth annotations are used. */
	default void train(long id, @Nullable Boolean useGroundTruth) {
		train(id, useGroundTruth, RequestOptions.none());
	}

	/** {@code POST /api/ml/{id}/train} with per-call options. */
	void train(long id, @Nullable Boolean useGroundTruth, RequestOptions options);

	/**
	 * {@code GET /api/ml/{id}/versions}: the model versions the backend offers.
	 * @param id the ML backend id
	 * @return the versions
	 */
	default ModelVersions listModelVersions(long id) {
		return listModelVersions(id, RequestOptions.none());
	}

	/** {@code GET /api/ml/{id}/versions} with per-call options. */
	ModelVersions listModelVersions(long id, RequestOptions options);

}
