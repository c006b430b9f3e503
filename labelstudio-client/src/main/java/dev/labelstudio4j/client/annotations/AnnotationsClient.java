package dev.labelstudio4j.client.annotations;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;

/**
 * Operations on Label Studio annotations. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#annotations()}. Thread-safe.
 */
public final class AnnotationsClient {

	private final ApiInvoker invoker;

	/**
	 * Create a new client that sends its calls through the given invoker.
	 * @param invoker the shared invoker
	 */
	public AnnotationsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * {@code GET /api/annotations/{id}/}: get an annotation.
	 * @param id the annotation id
	 * @return the annotation
	 */
	public Annotation get(long id) {
		return get(id, RequestOptions.none());
	}

	/**
	 * {@code GET /api/annotations/{id}/} with per-call options.
	 * @param id the annotation id
	 * @param options the per-call options
	 * @return the annotation
	 */
	public Annotation get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("annotations.get", "/api/annotations/{id}/")
			.path("id", id)
			.options(options)
			.returns(Annotation.class));
	}

	/**
	 * {@code DELETE /api/annotations/{id}/}: delete an annotation. This cannot be undone.
	 * @param id the annotation id
	 */
	public void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/**
	 * {@code DELETE /api/annotations/{id}/} with per-call options.
	 * @param id the annotation id
	 * @param options the per-call options
	 */
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("annotations.delete", "/api/annotations/{id}/")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	/**
	 * {@code PATCH /api/annotations/{id}/}: update the fields set in {@code params}.
	 * @param id the annotation id
	 * @param params the fields to change
	 * @return the updated annotation
	 */
	public Annotation update(long id, AnnotationUpdate params) {
		return update(id, params, RequestOptions.none());
	}

	/**
	 * {@code PATCH /api/annotations/{id}/} with per-call options.
	 * @param id the annotation id
	 * @param params the fields to change
	 * @param options the per-call options
	 * @return the updated annotation
	 */
	public Annotation update(long id, AnnotationUpdate params, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.patch("annotations.update", "/api/annotations/{id}/")
			.path("id", id)
			.jsonBody(params)
			.options(options)
			.returns(Annotation.class));
	}

	/**
	 * {@code GET /api/tasks/{id}/annotations/}: list the annotations of a task.
	 * @param taskId the task id
	 * @return the annotations, possibly empty
	 */
	public List<Annotation> list(long taskId) {
		return list(taskId, RequestOptions.none());
	}

	/**
	 * {@code GET /api/tasks/{id}/annotations/} with per-call options.
	 * @param taskId the task id
	 * @param options the per-call options
	 * @return the annotations, possibly empty
	 */
	public List<Annotation> list(long taskId, RequestOptions options) {
		Args.positive(taskId, "taskId");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("annotations.list", "/api/tasks/{id}/annotations/")
			.path("id", taskId)
			.options(options)
			.returnsListOf(Annotation.class));
	}

	/**
	 * {@code POST /api/tasks/{id}/annotations/}: add an annotation to a task, as an annotator does.
	 * @param taskId the task id
	 * @param params the annotation
	 * @return the created annotation
	 */
	public Annotation create(long taskId, AnnotationCreate params) {
		return create(taskId, params, RequestOptions.none());
	}

	/**
	 * {@code POST /api/tasks/{id}/annotations/} with per-call options.
	 * @param taskId the task id
	 * @param params the annotation
	 * @param options the per-call options
	 * @return the created annotation
	 */
	public Annotation create(long taskId, AnnotationCreate params, RequestOptions options) {
		Args.positive(taskId, "taskId");
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("annotations.create", "/api/tasks/{id}/annotations/")
			.path("id", taskId)
			.jsonBody(params)
			.options(options)
			.returns(Annotation.class));
	}

}
