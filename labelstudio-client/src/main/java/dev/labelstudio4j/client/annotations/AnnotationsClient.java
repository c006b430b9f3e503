package dev.labelstudio4j.client.annotations;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Operations on Label Studio annotations. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#annotations()}. Thread-safe.
 */
public interface AnnotationsClient {

	/**
	 * {@code GET /api/annotations/{id}/}: get an annotation.
	 * @param id the annotation id
	 * @return the annotation
	 */
	default Annotation get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/annotations/{id}/} with per-call options.
	 * @param id the annotation id
	 * @param options the per-call options
	 * @return the annotation
	 */
	Annotation get(long id, RequestOptions options);

	/**
	 * {@code DELETE /api/annotations/{id}/}: delete an annotation. This cannot be undone.
	 * @param id the annotation id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/annotations/{id}/} with per-call options.
	 * @param id the annotation id
	 * @param options the per-call options
	 */
	void delete(long id, RequestOptions options);

	/**
	 * {@code PATCH /api/annotations/{id}/}: update the fields set in {@code params}.
	 * @param id the annotation id
	 * @param params the fields to change
	 * @return the updated annotation
	 */
	default Annotation update(long id, AnnotationUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/annotations/{id}/} with per-call options.
	 * @param id the annotation id
	 * @param params the fields to change
	 * @param options the per-call options
	 * @return the updated annotation
	 */
	Annotation update(long id, AnnotationUpdate params, RequestOptions options);

	/**
	 * {@code GET /api/tasks/{id}/annotations/}: list the annotations of a task.
	 * @param taskId the task id
	 * @return the annotations, possibly empty
	 */
	default List<Annotation> list(long taskId) {
		return list(taskId, RequestOptions.none());
	}

	/**
	 * {@code GET /api/tasks/{id}/annotations/} with per-call options.
	 * @param taskId the task id
	 * @param options the per-call options
	 * @return the annotations, possibly empty
	 */
	List<Annotation> list(long taskId, RequestOptions options);

	/**
	 * {@code POST /api/tasks/{id}/annotations/}: add an annotation to a task, as an annotator does.
	 * @param taskId the task id
	 * @param params the annotation
	 * @return the created annotation
	 */
	default Annotation create(long taskId, AnnotationCreate params) {
		return create(taskId, params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/tasks/{id}/annotations/} with per-call options.
	 * @param taskId the task id
	 * @param params the annotation
	 * @param options the per-call options
	 * @return the created annotation
	 */
	Annotation create(long taskId, AnnotationCreate params, RequestOptions options);

}
