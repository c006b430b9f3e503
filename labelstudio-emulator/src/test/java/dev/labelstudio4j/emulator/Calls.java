package dev.labelstudio4j.emulator;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.ResponseHandler;

/**
 * Calls through the real client's invoker (same auth, error mapping and JSON mapper as the typed
 * resource clients) for operations whose typed methods are not in this branch's client yet.
 */
final class Calls {

	static final String SENTIMENT_CONFIG = """
			<View>
			  <Text name="text" value="$text"/>
			  <Choices name="sentiment" toName="text" choice="single">
			    <Choice value="Positive"/>
			    <Choice value="Negative"/>
			  </Choices>
			</View>""";

	private final LabelStudioClient client;

	Calls(LabelStudioClient client) {
		this.client = client;
	}

	Map<String, Object> map(ApiRequest.Builder request) {
		return ClientInternals.invoker(this.client).execute(request.returns(ResponseHandler.json(new TypeReference<Map<String, Object>>() {
		})));
	}

	List<Map<String, Object>> list(ApiRequest.Builder request) {
		return ClientInternals.invoker(this.client)
			.execute(request.returns(ResponseHandler.json(new TypeReference<List<Map<String, Object>>>() {
			})));
	}

	void none(ApiRequest.Builder request) {
		ClientInternals.invoker(this.client).execute(request.returnsNothing());
	}

	long createProject(String title, String labelConfig) {
		return id(map(ApiRequest.post("projects.create", "/api/projects/")
			.jsonBody(Map.of("title", title, "label_config", labelConfig))));
	}

	Map<String, Object> importTasks(long projectId, List<?> tasks) {
		return map(ApiRequest.post("projects.import_tasks", "/api/projects/{id}/import")
			.path("id", projectId)
			.query("return_task_ids", true)
			.jsonBody(tasks));
	}

	Map<String, Object> createAnnotation(long taskId, Map<String, Object> body) {
		return map(ApiRequest.post("annotations.create", "/api/tasks/{id}/annotations/").path("id", taskId).jsonBody(body));
	}

	Map<String, Object> createPrediction(long taskId, String modelVersion, double score) {
		return map(ApiRequest.post("predictions.create", "/api/predictions/")
			.jsonBody(Map.of("task", taskId, "model_version", modelVersion, "score", score, "result",
					List.of(choice("Positive")))));
	}

	Map<String, Object> listTasks(long projectId, int page, int pageSize, String fields) {
		return map(ApiRequest.get("tasks.list", "/api/tasks/")
			.query("project", projectId)
			.query("page", page)
			.query("page_size", pageSize)
			.query("fields", fields));
	}

	Map<String, Object> listTasks(long projectId, String query, int page, int pageSize) {
		return map(ApiRequest.get("tasks.list", "/api/tasks/")
			.query("project", projectId)
			.query("query", query)
			.query("page", page)
			.query("page_size", pageSize));
	}

	static Map<String, Object> choice(String value) {
		return Map.of("from_name", "sentiment", "to_name", "text", "type", "choices", "value",
				Map.of("choices", List.of(value)));
	}

	static long id(Map<String, Object> body) {
		return ((Number) body.get("id")).longValue();
	}

}
