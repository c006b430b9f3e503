package dev.labelstudio4j.client.internal.resources;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.annotations.AnnotationBulkCreate;
import dev.labelstudio4j.client.annotations.BulkDeleteResult;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.annotations.AnnotationUpdate;
import dev.labelstudio4j.client.annotations.AnnotationsClient;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;

/**
 * The {@link AnnotationsClient} that sends its calls through the shared invoker.
 */
public final class DefaultAnnotationsClient implements AnnotationsClient {

	private final ApiInvoker invoker;

	public DefaultAnnotationsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	@Override
	public Annotation get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("annotations.get", "/api/annotations/{id}/")
			.path("id", id)
			.options(options)
			.returns(Annotation.class));
	}

	@Override
	public void delete(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("annotations.delete", "/api/annotations/{id}/")
			.path("id", id)
			.options(options)
			.returnsNothing());
	}

	@Override
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

	@Override
	public List<Annotation> list(long taskId, RequestOptions options) {
		Args.positive(taskId, "taskId");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("annotations.list", "/api/tasks/{id}/annotations/")
			.path("id", taskId)
			.options(options)
			.returnsListOf(Annotation.class));
	}

	@Override
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

	// Bulk writes, run by BulkWrites

	@Override
	public List<Long> createBulk(AnnotationBulkCreate params, RequestOptions options) {
		return BulkWrites.createAnnotations(this.invoker, params, options);
	}

	@Override
	public BulkDeleteResult deleteBulk(long projectId, List<Long> ids, RequestOptions options) {
		return BulkWrites.deleteAnnotations(this.invoker, projectId, ids, options);
	}

}
