package dev.labelstudio4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The canned answers of the {@link CannedServer} and the tasks the import benchmarks send. Built once,
 * in code, to look like what a Label Studio 1.x server answers for a text-classification and NER
 * project: a project with its label config, pages of 100 tasks each carrying {@code data}, one
 * annotation with two regions, and the server's bookkeeping fields.
 */
public final class Fixtures {

	/** Tasks on one page. */
	public static final int PAGE_SIZE = 100;

	/** The project every benchmark reads. */
	public static final long PROJECT_ID = 7;

	/** The API key sent by every client (it is never checked). */
	public static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String LABEL_CONFIG = """
			<View>
			  <Labels name="label" toName="text">
			    <Label value="PER" background="red"/>
			    <Label value="ORG" background="darkorange"/>
			    <Label value="LOC" background="orange"/>
			    <Label value="MISC" background="green"/>
			  </Labels>
			  <Text name="text" value="$text"/>
			  <Choices name="sentiment" toName="text" choice="single">
			    <Choice value="Positive"/>
			    <Choice value="Negative"/>
			    <Choice value="Neutral"/>
			  </Choices>
			</View>""";

	private Fixtures() {
	}

	/** {@code GET /api/projects/{id}/}. */
	public static byte[] project() {
		Map<String, Object> project = new LinkedHashMap<>();
		project.put("id", PROJECT_ID);
		project.put("title", "Customer reviews: entities and sentiment");
		project.put("description", "Named entities and overall sentiment of product reviews, batch 2024-Q3");
		project.put("label_config", LABEL_CONFIG);
		project.put("expert_instruction", "<p>Mark every person, organisation and place; then pick one sentiment.</p>");
		project.put("show_instruction", true);
		project.put("show_skip_button", true);
		project.put("enable_empty_annotation", false);
		project.put("show_annotation_history", false);
		project.put("organization", 1);
		project.put("color", "#FFFFFF");
		project.put("maximum_annotations", 1);
		project.put("is_published", true);
		project.put("model_version", "ner-2024-09-01");
		project.put("is_draft", false);
		project.put("created_by", Map.of("id", 3, "first_name", "Ada", "last_name", "Lovelace", "email",
				"ada@example.com", "avatar", "/data/avatars/ada.png"));
		project.put("created_at", "2024-09-02T08:15:42.123456Z");
		project.put("min_annotations_to_start_training", 0);
		project.put("start_training_on_annotation_update", false);
		project.put("show_collab_predictions", true);
		project.put("num_tasks_with_annotations", 61234);
		project.put("task_number", 100000);
		project.put("useful_annotation_number", 61234);
		project.put("ground_truth_number", 120);
		project.put("skipped_annotations_number", 311);
		project.put("total_annotations_number", 61545);
		project.put("total_predictions_number", 100000);
		project.put("sampling", "Sequential sampling");
		project.put("show_ground_truth_first", false);
		project.put("show_overlap_first", false);
		project.put("overlap_cohort_percentage", 100);
		project.put("task_data_login", null);
		project.put("task_data_password", null);
		project.put("control_weights", Map.of("label", Map.of("type", "Labels", "overall", 1.0, "labels",
				Map.of("PER", 1.0, "ORG", 1.0, "LOC", 1.0, "MISC", 1.0)), "sentiment",
				Map.of("type", "Choices", "overall", 1.0, "labels",
						Map.of("Positive", 1.0, "Negative", 1.0, "Neutral", 1.0))));
		project.put("parsed_label_config", Map.of("label", Map.of("type", "Labels", "to_name", List.of("text"),
				"inputs", List.of(Map.of("type", "Text", "value", "text")), "labels",
				List.of("PER", "ORG", "LOC", "MISC")), "sentiment",
				Map.of("type", "Choices", "to_name", List.of("text"), "inputs",
						List.of(Map.of("type", "Text", "value", "text")), "labels",
						List.of("Positive", "Negative", "Neutral"))));
		project.put("evaluate_predictions_automatically", false);
		project.put("config_has_control_tags", true);
		project.put("skip_queue", "REQUEUE_FOR_OTHERS");
		project.put("reveal_preannotations_interactively", false);
		project.put("pinned_at", null);
		project.put("finished_task_number", 61234);
		project.put("queue_total", 38766);
		project.put("queue_done", 61234);
		project.put("workspace", 2);
		return MAPPER.writeValueAsBytes(project);
	}

	/** {@code GET /api/tasks/?project=..&page=..&page_size=100}: any page up to the last. */
	public static byte[] taskPage(long total) {
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (int i = 1; i <= PAGE_SIZE; i++) {
			tasks.add(task(i));
		}
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("tasks", tasks);
		page.put("total", total);
		page.put("total_annotations", total);
		page.put("total_predictions", 0);
		return MAPPER.writeValueAsBytes(page);
	}

	private static Map<String, Object> task(int id) {
		String text = "Review " + id + ": I ordered the Aurora X2 headphones from Northwind Traders in Berlin "
				+ "and Maria Schmidt from their support team replaced the faulty pair within two days. "
				+ "Sound is great, the case feels cheap.";
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("id", id);
		task.put("data", Map.of("text", text, "source", "shop-reviews-2024-09.jsonl", "review_id", "R" + (900000 + id),
				"rating", 4));
		task.put("meta", Map.of());
		task.put("created_at", "2024-09-02T08:20:11.402193Z");
		task.put("updated_at", "2024-09-05T14:03:57.118220Z");
		task.put("is_labeled", true);
		task.put("overlap", 1);
		task.put("inner_id", id);
		task.put("total_annotations", 1);
		task.put("cancelled_annotations", 0);
		task.put("total_predictions", 0);
		task.put("comment_count", 0);
		task.put("unresolved_comment_count", 0);
		task.put("last_comment_updated_at", null);
		task.put("project", PROJECT_ID);
		task.put("updated_by", List.of(Map.of("user_id", 3)));
		task.put("file_upload", 12);
		task.put("comment_authors", List.of());
		Map<String, Object> annotation = new LinkedHashMap<>();
		annotation.put("id", 500000 + id);
		annotation.put("result", List.of(region("a" + id, 68, 85, "Northwind Traders", "ORG"),
				region("b" + id, 89, 95, "Berlin", "LOC"), region("c" + id, 100, 113, "Maria Schmidt", "PER"),
				Map.of("id", "s" + id, "from_name", "sentiment", "to_name", "text", "type", "choices", "origin",
						"manual", "value", Map.of("choices", List.of("Positive")))));
		annotation.put("created_username", "ada@example.com, 3");
		annotation.put("created_ago", "3 days");
		annotation.put("completed_by", 3);
		annotation.put("was_cancelled", false);
		annotation.put("ground_truth", false);
		annotation.put("created_at", "2024-09-05T14:03:57.001337Z");
		annotation.put("updated_at", "2024-09-05T14:03:57.001337Z");
		annotation.put("draft_created_at", null);
		annotation.put("lead_time", 41.27);
		annotation.put("import_id", null);
		annotation.put("last_action", null);
		annotation.put("task", id);
		annotation.put("project", PROJECT_ID);
		annotation.put("updated_by", 3);
		annotation.put("parent_prediction", null);
		annotation.put("parent_annotation", null);
		annotation.put("last_created_by", null);
		task.put("annotations", List.of(annotation));
		task.put("predictions", List.of());
		task.put("annotators", List.of(3));
		task.put("drafts", List.of());
		task.put("storage_filename", null);
		return task;
	}

	private static Map<String, Object> region(String id, int start, int end, String text, String label) {
		return Map.of("id", id, "from_name", "label", "to_name", "text", "type", "labels", "origin", "manual",
				"value", Map.of("start", start, "end", end, "text", text, "labels", List.of(label)));
	}

	/** The 404 past the last page. */
	public static byte[] invalidPage() {
		return "{\"id\":\"4b3f9f0e-1c7a-4f59-9d0e-2a7f3c1b8e55\",\"status_code\":404,\"version\":\"1.13.1\",\"detail\":\"Invalid page.\",\"exc_info\":null}"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** {@code POST /api/projects/{id}/import}. */
	public static byte[] importResult() {
		return ("{\"task_count\":250000,\"annotation_count\":0,\"prediction_count\":0,\"duration\":0.5,"
				+ "\"file_upload_ids\":[],\"could_be_tasks_list\":false,\"found_formats\":[],\"data_columns\":[]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Tasks to import: {@code {"data": {...}}} objects made lazily, one at a time. */
	public static Stream<Map<String, Object>> tasksToImport(int count) {
		return IntStream.range(0, count).mapToObj(Fixtures::taskToImport);
	}

	private static Map<String, Object> taskToImport(int i) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("text", "Generated review " + i + ": delivery was quick and the product works as described.");
		data.put("source", "benchmark");
		data.put("review_id", "G" + i);
		return Map.of("data", data);
	}

}
