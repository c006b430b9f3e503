package dev.labelstudio4j.client.internal.resources;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import tools.jackson.core.type.TypeReference;

import dev.labelstudio4j.client.BulkOperationException;
import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.annotations.AnnotationBulkCreate;
import dev.labelstudio4j.client.annotations.BulkDeleteResult;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.internal.JsonArrayWriter;
import dev.labelstudio4j.client.internal.RequestBody;
import dev.labelstudio4j.client.internal.ResponseHandler;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.projects.PredictionImportResult;

/**
 * The bulk writes: predictions imported into a project as one streamed JSON array, annotations created on and
 * deleted from many tasks in one request. A failed request is reported as a {@link BulkOperationException}
 * that says whether anything was written.
 */
final class BulkWrites {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final TypeReference<List<Map<String, Object>>> LIST_OF_MAPS = new TypeReference<>() {
	};

	private BulkWrites() {
	}

	/**
	 * {@code POST /api/projects/{id}/import/predictions}: the predictions written as a JSON array element by
	 * element; a {@link Collection} can be sent again by a retry, any other {@code Iterable} is read once.
	 */
	static PredictionImportResult importPredictions(ApiInvoker invoker, long projectId,
			Iterable<PredictionCreate> predictions, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(predictions, "predictions");
		Args.notNull(options, "options");
		boolean replayable = predictions instanceof Collection<?>;
		if (predictions instanceof Collection<PredictionCreate> collection) {
			int index = 0;
			for (PredictionCreate prediction : collection) {
				check(prediction, index++);
			}
		}
		String operation = "projects.import_predictions";
		AtomicLong written = new AtomicLong();
		RequestBody body = RequestBody.streaming(MediaType.APPLICATION_JSON,
				JsonArrayWriter.of(predictions, BulkWrites::check, written), replayable);
		Map<String, Object> answer = run(operation, "predictions", written::get,
				() -> invoker.execute(ApiRequest.post(operation, "/api/projects/{id}/import/predictions")
					.path("id", projectId)
					.body(body)
					.options(options)
					.returns(ResponseHandler.json(MAP))));
		Long created = number(answer, "created");
		return new PredictionImportResult(written.get(), (created != null) ? created : -1);
	}

	/** {@code POST /api/annotations/bulk/}. */
	static List<Long> createAnnotations(ApiInvoker invoker, AnnotationBulkCreate params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		String operation = "annotations.create_bulk";
		List<Map<String, Object>> answer = run(operation, "annotations", () -> (long) params.tasks().size(),
				() -> invoker.execute(ApiRequest.post(operation, "/api/annotations/bulk/")
					.jsonBody(params)
					.options(options)
					.returns(ResponseHandler.json(LIST_OF_MAPS))));
		return answer.stream().map((item) -> number(item, "id")).filter((id) -> id != null).toList();
	}

	/** {@code POST /api/annotations/bulk-delete/}. */
	static BulkDeleteResult deleteAnnotations(ApiInvoker invoker, long projectId, List<Long> ids,
			RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(ids, "ids");
		Args.notNull(options, "options");
		if (ids.isEmpty()) {
			throw new IllegalArgumentException("ids must not be empty");
		}
		for (Long id : ids) {
			if (id == null || id <= 0) {
				throw new IllegalArgumentException("ids must hold positive ids but holds " + id);
			}
		}
		String operation = "annotations.delete_bulk";
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("ids", List.copyOf(ids));
		request.put("project", projectId);
		Map<String, Object> answer = run(operation, "annotations", () -> (long) ids.size(),
				() -> invoker.execute(ApiRequest.post(operation, "/api/annotations/bulk-delete/")
					.jsonBody(request)
					.options(options)
					.returns(ResponseHandler.json(MAP))));
		Long deleted = number(answer, "deleted");
		if (deleted == null) {
			deleted = number(answer, "deleted_count");
		}
		if (deleted == null) {
			deleted = number(answer, "count");
		}
		return new BulkDeleteResult(ids.size(), (deleted != null) ? deleted.intValue() : null);
	}

	private static <T> T run(String operation, String items, Supplier<Long> count, Supplier<@Nullable T> call) {
		T answer;
		try {
			answer = call.get();
		}
		catch (BulkOperationException ex) {
			throw ex;
		}
		catch (LabelStudioException ex) {
			throw new BulkOperationException(operation, items, count.get(), ex);
		}
		if (answer == null) {
			throw new LabelStudioException(operation, operation + " answered without a body");
		}
		return answer;
	}

	private static void check(@Nullable PredictionCreate prediction, long index) {
		if (prediction == null) {
			throw new IllegalArgumentException("predictions must not contain null elements (index " + index + ")");
		}
		if (prediction.task() == null) {
			throw new IllegalArgumentException("predictions[" + index + "].task must be set");
		}
		if (prediction.result() == null) {
			throw new IllegalArgumentException("predictions[" + index + "].result must be set");
		}
	}

	private static @Nullable Long number(@Nullable Map<String, Object> map, String name) {
		Object value = (map != null) ? map.get(name) : null;
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text) {
			try {
				return Long.parseLong(text.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
