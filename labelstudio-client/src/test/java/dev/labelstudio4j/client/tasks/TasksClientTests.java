package dev.labelstudio4j.client.tasks;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.projects.ProjectImport;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TasksClientTests extends WireMockTestBase {

	private static String task(long id, String text) {
		return """
				{"id": %d, "data": {"text": "%s"}, "meta": {"source": "zendesk"}, "project": 7, "inner_id": %d,
				 "is_labeled": true, "overlap": 1, "total_annotations": 1, "cancelled_annotations": 0,
				 "total_predictions": 1, "comment_count": 0, "unresolved_comment_count": 0, "comment_authors": [],
				 "annotations": [{"id": 501, "completed_by": 3, "was_cancelled": false, "lead_time": 12.4,
				   "result": [{"from_name": "sentiment", "to_name": "text", "type": "choices",
				               "value": {"choices": ["Positive"]}}]}],
				 "predictions": [{"id": 77, "model_version": "v3", "score": 0.91, "result": []}],
				 "drafts": [], "annotators": [3], "file_upload": 31, "storage_filename": null,
				 "avg_lead_time": 12.4, "draft_exists": false, "updated_by": 3,
				 "created_at": "2026-03-02T10:15:30.123456Z", "updated_at": "2026-03-02T11:00:00Z",
				 "completed_at": "2026-03-02T11:00:00Z", "last_comment_updated_at": null, "new_server_field": {"a": 1}}
				""".formatted(id, text, id - 1000);
	}

	@Test
	void listSendsEveryFilterAndPagesByTheTotal() {
		stubFor(get(urlPathEqualTo("/api/tasks/")).withQueryParam("page", equalTo("1")).willReturn(okJson("""
				{"tasks": [%s, %s], "total": 3, "total_annotations": 3, "total_predictions": 3}
				""".formatted(task(1001, "Quick delivery"), task(1002, "Broken lid")))));
		stubFor(get(urlPathEqualTo("/api/tasks/")).withQueryParam("page", equalTo("2")).willReturn(okJson("""
				{"tasks": [%s], "total": 3, "total_annotations": 3, "total_predictions": 3}
				""".formatted(task(1003, "Would buy again")))));
		String query = "{\"filters\":{\"conjunction\":\"and\",\"items\":[{\"filter\":\"filter:tasks:completed_at\","
				+ "\"operator\":\"greater\",\"type\":\"Datetime\",\"value\":\"2026-01-01T00:00:00.000Z\"}]}}";

		Page<Task> page = client().tasks()
			.list(TaskListParams.builder()
				.project(7)
				.view(12)
				.fields(TaskFields.ALL)
				.resolveUri(false)
				.query(query)
				.review(false)
				.include("id,data,annotations")
				.pageSize(2)
				.build());

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.hasNext()).isTrue();
		assertThat(page.stream().map(Task::id)).containsExactly(1001L, 1002L, 1003L);
		String expectedQuery = "project=7&view=12&fields=all&resolve_uri=false&query="
				+ "%7B%22filters%22%3A%7B%22conjunction%22%3A%22and%22%2C%22items%22%3A%5B%7B%22filter%22%3A%22filter%3Atasks%3Acompleted_at%22"
				+ "%2C%22operator%22%3A%22greater%22%2C%22type%22%3A%22Datetime%22%2C%22value%22%3A%222026-01-01T00%3A00%3A00.000Z%22%7D%5D%7D%7D"
				+ "&review=false&include=id%2Cdata%2Cannotations";
		verify(getRequestedFor(urlEqualTo("/api/tasks/?" + expectedQuery + "&page=1&page_size=2")));
		verify(getRequestedFor(urlEqualTo("/api/tasks/?" + expectedQuery + "&page=2&page_size=2")));
		verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/tasks/")));
	}

	@Test
	void listOfAProjectReadsTasksLeniently() {
		stubFor(get(urlPathEqualTo("/api/tasks/")).willReturn(okJson("""
				{"tasks": [%s], "total": 1, "total_annotations": 1, "total_predictions": 1}
				""".formatted(task(1001, "Quick delivery")))));

		Page<Task> page = client().tasks().list(7);

		Task task = page.items().get(0);
		assertThat(task.data()).containsEntry("text", "Quick delivery");
		assertThat(task.meta()).containsEntry("source", "zendesk");
		assertThat(task.fileUpload()).isEqualTo("31");
		assertThat(task.updatedBy()).containsExactly(3);
		assertThat(task.annotations()).singleElement().satisfies((a) -> assertThat(a.id()).isEqualTo(501));
		assertThat(task.predictions()).hasSize(1);
		assertThat(task.innerId()).isEqualTo(1);
		assertThat(page.hasNext()).isFalse();
		verify(getRequestedFor(urlEqualTo("/api/tasks/?project=7&page=1&page_size=100")));
	}

	@Test
	void createSendsDataAndProject() {
		stubFor(post(urlEqualTo("/api/tasks/")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"id": 1004, "data": {"text": "Late but polite courier"}, "meta": {}, "project": 7,
					 "file_upload": "6b25fc23-reviews.csv", "updated_by": [{"user_id": 3}],
					 "created_at": "2026-03-02T12:00:00Z", "updated_at": "2026-03-02T12:00:00Z"}
					""")));

		Task task = client().tasks().create(7, Map.of("text", "Late but polite courier"));

		assertThat(task.id()).isEqualTo(1004);
		assertThat(task.fileUpload()).isEqualTo("6b25fc23-reviews.csv");
		assertThat(task.updatedBy()).containsExactly(Map.of("user_id", 3));
		verify(postRequestedFor(urlEqualTo("/api/tasks/"))
			.withRequestBody(equalToJson("{\"data\": {\"text\": \"Late but polite courier\"}, \"project\": 7}")));
	}

	@Test
	void getReadsTheTask() {
		stubFor(get(urlEqualTo("/api/tasks/1001/")).willReturn(okJson(task(1001, "Quick delivery"))));

		Task task = client().tasks().get(1001);

		assertThat(task.totalAnnotations()).isEqualTo(1);
		assertThat(task.createdAt()).isNotNull();
		verify(getRequestedFor(urlEqualTo("/api/tasks/1001/")));
	}

	@Test
	void updateSendsOnlyTheSetFields() {
		stubFor(patch(urlEqualTo("/api/tasks/1001/")).willReturn(okJson(task(1001, "Quick delivery!"))));

		Task task = client().tasks()
			.update(1001, TaskUpdate.builder().data(Map.of("text", "Quick delivery!")).meta(Map.of("reviewed", true)).build());

		assertThat(task.data()).containsEntry("text", "Quick delivery!");
		verify(patchRequestedFor(urlEqualTo("/api/tasks/1001/")).withRequestBody(
				equalToJson("{\"data\": {\"text\": \"Quick delivery!\"}, \"meta\": {\"reviewed\": true}}")));
	}

	@Test
	void deleteSendsDelete() {
		stubFor(delete(urlEqualTo("/api/tasks/1001/")).willReturn(aResponse().withStatus(204)));

		client().tasks().delete(1001);

		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/tasks/1001/")));
	}

	@Test
	void deleteAllSendsDeleteToTheProjectTasks() {
		stubFor(delete(urlEqualTo("/api/projects/7/tasks/")).willReturn(aResponse().withStatus(204)));

		client().tasks().deleteAll(7);

		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/projects/7/tasks/")));
	}

	@Test
	void importStatusReadsTheImport() {
		stubFor(get(urlEqualTo("/api/projects/7/imports/55/")).willReturn(okJson("""
				{"id": 55, "project": 7, "status": "completed", "error": null, "url": null,
				 "commit_to_project": true, "return_task_ids": false,
				 "created_at": "2026-03-02T10:15:30Z", "updated_at": "2026-03-02T10:15:33Z",
				 "finished_at": "2026-03-02T10:15:33Z", "task_count": 120, "annotation_count": 4,
				 "prediction_count": 120, "duration": 3, "file_upload_ids": [31], "could_be_tasks_list": true,
				 "found_formats": {".csv": 1}, "data_columns": ["text"], "task_ids": [], "tasks": null}
				""")));

		ProjectImport status = client().tasks().importStatus(7, 55);

		assertThat(status.isCompleted()).isTrue();
		assertThat(status.taskCount()).isEqualTo(120);
		assertThat(status.toResult().fileUploadIds()).containsExactly(31L);
		assertThat(status.toResult().foundFormats()).containsExactly(".csv");
		verify(getRequestedFor(urlEqualTo("/api/projects/7/imports/55/")));
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> client().tasks().get(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> client().tasks().create(0, Map.of()))
			.withMessageContaining("projectId");
		assertThatIllegalArgumentException().isThrownBy(() -> client().tasks().create(7, null))
			.withMessageContaining("data");
		assertThatIllegalArgumentException().isThrownBy(() -> client().tasks().importStatus(7, 0))
			.withMessageContaining("importId");
		assertThatIllegalArgumentException().isThrownBy(() -> TaskListParams.builder().pageSize(0))
			.withMessageContaining("pageSize");
		verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() {
		stubFor(get(urlPathEqualTo("/api/tasks/")).willReturn(okJson("{\"tasks\": [], \"total\": 0}")));
		stubFor(post(urlEqualTo("/api/tasks/")).willReturn(okJson(task(1001, "t"))));
		stubFor(any(urlEqualTo("/api/tasks/1001/")).willReturn(okJson(task(1001, "t"))));
		stubFor(delete(urlEqualTo("/api/projects/7/tasks/")).willReturn(aResponse().withStatus(204)));
		stubFor(get(urlEqualTo("/api/projects/7/imports/55/")).willReturn(okJson("{\"id\": 55, \"status\": \"completed\"}")));
		assertThat(taggedOperations((client) -> {
			client.tasks().list(7);
			client.tasks().create(7, Map.of("text", "t"));
			client.tasks().get(1001);
			client.tasks().update(1001, TaskUpdate.builder().meta(Map.of("k", 1)).build());
			client.tasks().delete(1001);
			client.tasks().deleteAll(7);
			client.tasks().importStatus(7, 55);
		})).containsExactly("tasks.create", "tasks.create_many_status", "tasks.delete", "tasks.delete_all_tasks",
				"tasks.get", "tasks.list", "tasks.update");
	}

	private List<String> taggedOperations(Consumer<LabelStudioClient> calls) {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		calls.accept(clientBuilder().observationRegistry(observations).build());
		return meters.find("labelstudio.client.requests")
			.timers()
			.stream()
			.map((timer) -> timer.getId().getTag("labelstudio.operation"))
			.distinct()
			.sorted()
			.toList();
	}

}
