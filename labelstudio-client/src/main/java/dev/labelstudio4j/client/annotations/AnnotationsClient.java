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


	// Bulk writes

	/**
	 * {@code POST /api/annotations/bulk/}: create the same annotation on many tasks in one request. Never
	 * retried without {@link RequestOptions#retryNonIdempotent()}.
	 * @param params the annotation and the tasks
	 * @return the ids of the created annotations
	 * @throws dev.labelstudio4j.client.BulkOperationException when the request fails; says whether anything
	 * was created
	 */
	default List<Long> createBulk(AnnotationBulkCreate params) {
		return createBulk(params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/annotations/bulk/} with per-call options.
	 * @param params the annotation and the tasks
	 * @param options the per-call options
	 * @return the ids of the created annotations
	 */
	List<Long> createBulk(AnnotationBulkCreate params, RequestOptions options);

	/**
	 * {@code POST /api/annotations/bulk-delete/} with body {@code {"ids": [...], "project": id}}: delete many
	 * annotations of a project in one request.
	 * @param projectId the project the annotations belong to
	 * @param ids the annotation ids, not empty
	 * @return how many were asked for and how many the server deleted
	 * @throws dev.labelstudio4j.client.BulkOperationException when the request fails; says whether anything
	 * was deleted
	 */
	default BulkDeleteResult deleteBulk(long projectId, List<Long> ids) {
		return deleteBulk(projectId, ids, RequestOptions.none());
	}

	/**
	 * {@code POST /api/annotations/bulk-delete/} with per-call options.
	 * @param projectId the project the annotations belong to
	 * @param ids the annotation ids, not empty
	 * @param options the per-call options
	 * @return how many were asked for and how many the server deleted
	 */
	BulkDeleteResult deleteBulk(long projectId, List<Long> ids, RequestOptions options);

}
