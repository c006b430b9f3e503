package dev.labelstudio4j.client.projects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.files.UploadFile;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectImportTests extends WireMockTestBase {

	private static final String SYNC_ANSWER = """
			{"task_count": 2, "annotation_count": 0, "prediction_count": 1, "duration": 0.0831,
			 "file_upload_ids": [], "could_be_tasks_list": false, "found_formats": [],
			 "data_columns": ["text"], "task_ids": [1001, 1002]}
			""";

	private static final String TASKS_JSON = """
			[{"data": {"text": "The delivery was quick and the parcel intact."}},
			 {"data": {"text": "Support never answered my two emails."},
			  "predictions": [{"model_version": "v3", "score": 0.91,
			    "result": [{"from_name": "sentiment", "to_name": "text", "type": "choices",
			                "value": {"choices": ["Negative"]}}]}]}]
			""";

	private static List<Map<String, Object>> tasks() {
		Map<String, Object> prediction = Map.of("model_version", "v3", "score", 0.91, "result",
				List.of(Map.of("from_name", "sentiment", "to_name", "text", "type", "choices", "value",
						Map.of("choices", List.of("Negative")))));
		return List.of(Map.of("data", Map.of("text", "The delivery was quick and the parcel intact.")),
				Map.of("data", Map.of("text", "Support never answered my two emails."), "predictions",
						List.of(prediction)));
	}

	@Test
	void importTasksSendsTheTasksAsAJsonArrayWithTheQueryFlags() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created(SYNC_ANSWER)));

		ImportResult result = client().projects()
			.importTasks(7, tasks(), ImportOptions.builder()
				.commitToProject(true)
				.returnTaskIds(true)
				.preannotatedFromFields("prediction", "score")
				.build());

		assertThat(result.taskCount()).isEqualTo(2);
		assertThat(result.annotationCount()).isZero();
		assertThat(result.predictionsCount()).isEqualTo(1);
		assertThat(result.duration()).isEqualTo(0.0831);
		assertThat(result.dataColumns()).containsExactly("text");
		assertThat(result.taskIds()).containsExactly(1001L, 1002L);
		assertThat(result.importId()).isNull();
		verify(postRequestedFor(urlEqualTo(
				"/api/projects/7/import?commit_to_project=true&return_task_ids=true&preannotated_from_fields=prediction%2Cscore"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson(TASKS_JSON)));
	}

	@Test
	void importTasksWithoutOptionsSendsNoQuery() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created("""
				{"task_count": 2, "annotation_count": 0, "predictions_count": 0, "duration": 0.05}
				""")));

		ImportResult result = client().projects().importTasks(7, tasks());

		assertThat(result.predictionsCount()).isZero();
		verify(postRequestedFor(urlEqualTo("/api/projects/7/import")).withRequestBody(equalToJson(TASKS_JSON)));
	}

	@Test
	void importTasksFromAStreamWritesEveryElement() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created(SYNC_ANSWER)));

		client().projects().importTasks(7, tasks().stream());

		verify(postRequestedFor(urlEqualTo("/api/projects/7/import")).withRequestBody(equalToJson(TASKS_JSON)));
	}

	@Test
	void anEmptyListIsAnEmptyArray() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created("{\"task_count\": 0}")));

		assertThat(client().projects().importTasks(7, List.of()).taskCount()).isZero();

		verify(postRequestedFor(urlEqualTo("/api/projects/7/import")).withRequestBody(equalToJson("[]")));
	}

	@Test
	void aListIsReplayedWhenTheServerRefusedIt() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("ready"));
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).inScenario("busy")
			.whenScenarioStateIs("ready")
			.willReturn(created(SYNC_ANSWER)));

		assertThat(client().projects().importTasks(7, tasks()).taskCount()).isEqualTo(2);

		verify(exactly(2), postRequestedFor(urlEqualTo("/api/projects/7/import")).withRequestBody(equalToJson(TASKS_JSON)));
	}

	@Test
	void aStreamIsNeverReplayed() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> client().projects().importTasks(7, tasks().stream()))
			.isInstanceOf(ServerErrorException.class);

		verify(exactly(1), postRequestedFor(urlEqualTo("/api/projects/7/import")));
	}

	@Test
	void anIterableThatIsNotACollectionIsNeverReplayed() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(aResponse().withStatus(503)));
		Iterable<Map<String, Object>> once = () -> tasks().iterator();

		assertThatThrownBy(() -> client().projects().importTasks(7, once)).isInstanceOf(ServerErrorException.class);

		verify(exactly(1), postRequestedFor(urlEqualTo("/api/projects/7/import")));
	}

	@Test
	void importFilesSendsOnePartPerFile(@TempDir Path dir) throws IOException {
		Path csv = dir.resolve("reviews.csv");
		String csvContent = "text\nGreat value for money\nArrived broken\n";
		Files.writeString(csv, csvContent);
		String jsonContent = "[{\"data\": {\"text\": \"Would buy again\"}}]";
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created("""
				{"task_count": 3, "annotation_count": 0, "predictions_count": 0, "duration": 0.2,
				 "file_upload_ids": [31, 32], "could_be_tasks_list": true, "found_formats": [".csv", ".json"],
				 "data_columns": ["text"]}
				""")));

		ImportResult result = client().projects()
			.importFiles(7, List.of(UploadFile.of(csv),
					UploadFile.of("more.json", jsonContent.getBytes(StandardCharsets.UTF_8))),
					ImportOptions.builder().commitToProject(false).build());

		assertThat(result.fileUploadIds()).containsExactly(31L, 32L);
		assertThat(result.couldBeTasksList()).isTrue();
		assertThat(result.foundFormats()).containsExactly(".csv", ".json");
		verify(postRequestedFor(urlEqualTo("/api/projects/7/import?commit_to_project=false"))
			.withHeader("Content-Type", containing("multipart/form-data"))
			.withRequestBodyPart(aMultipart().withName("file")
				.withHeader("Content-Disposition", containing("filename=\"reviews.csv\""))
				.withBody(equalTo(csvContent))
				.build())
			.withRequestBodyPart(aMultipart().withName("file1")
				.withHeader("Content-Disposition", containing("filename=\"more.json\""))
				.withBody(equalTo(jsonContent))
				.build()));
	}

	@Test
	void importFromUrlSendsTheUrlFormField() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created("""
				{"task_count": 250, "annotation_count": 0, "predictions_count": 0, "duration": 1.7,
				 "file_upload_ids": [40], "could_be_tasks_list": true, "found_formats": [".csv"],
				 "data_columns": ["text", "source"]}
				""")));

		ImportResult result = client().projects().importFromUrl(7, "https://data.example.com/exports/reviews 03.csv?v=2");

		assertThat(result.taskCount()).isEqualTo(250);
		verify(postRequestedFor(urlEqualTo("/api/projects/7/import"))
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withRequestBody(equalTo("url=https%3A%2F%2Fdata.example.com%2Fexports%2Freviews+03.csv%3Fv%3D2")));
	}

	@Test
	void anAsynchronousImportIsPolledUntilItCompletes() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created("{\"import\": 55}")));
		stubImportStatuses(55, status(55, "created", null, 0), status(55, "in_progress", null, 0),
				status(55, "completed", null, 2));

		ImportResult result = client().projects()
			.importTasks(7, tasks(), ImportOptions.builder().returnTaskIds(true).pollInterval(Duration.ofMillis(1)).build());

		assertThat(result.importId()).isEqualTo(55);
		assertThat(result.taskCount()).isEqualTo(2);
		assertThat(result.annotationCount()).isZero();
		assertThat(result.predictionsCount()).isEqualTo(1);
		assertThat(result.taskIds()).containsExactly(1001L, 1002L);
		assertThat(result.foundFormats()).containsExactly(".json");
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/projects/7/import?return_task_ids=true")));
		verify(exactly(3), getRequestedFor(urlEqualTo("/api/projects/7/imports/55/")));
	}

	@Test
	void aFailedAsynchronousImportSaysWhatWasImported() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created("{\"import\": 56}")));
		stubImportStatuses(56, status(56, "in_progress", null, 0),
				status(56, "failed", "Error in task 2: data field \\\"text\\\" is missing", 0));

		assertThatThrownBy(() -> client().projects()
			.importTasks(7, tasks(), ImportOptions.builder().pollInterval(Duration.ofMillis(1)).build()))
			.isInstanceOfSatisfying(ImportFailedException.class, (ex) -> {
				assertThat(ex.getImportId()).isEqualTo(56);
				assertThat(ex.getProjectId()).isEqualTo(7);
				assertThat(ex.getError()).isEqualTo("Error in task 2: data field \"text\" is missing");
				assertThat(ex.getImportStatus().taskCount()).isZero();
				assertThat(ex.getOperation()).isEqualTo("projects.import_tasks");
				assertThat(ex.getMessage()).contains("import 56 of project 7 failed")
					.contains("data field \"text\" is missing")
					.contains("0 tasks");
			});
		verify(exactly(2), getRequestedFor(urlEqualTo("/api/projects/7/imports/56/")));
	}

	@Test
	void anAsynchronousImportThatNeverFinishesTimesOut() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created("{\"import\": 57}")));
		stubFor(get(urlEqualTo("/api/projects/7/imports/57/")).willReturn(okJson(status(57, "in_progress", null, 0))));

		assertThatThrownBy(() -> client().projects()
			.importTasks(7, tasks(),
					ImportOptions.builder().pollInterval(Duration.ofMillis(1)).timeout(Duration.ofMillis(50)).build()))
			.isInstanceOfSatisfying(ImportTimeoutException.class, (ex) -> {
				assertThat(ex.getImportId()).isEqualTo(57);
				assertThat(ex.getLastStatus()).isNotNull();
				assertThat(ex.getLastStatus().status()).isEqualTo("in_progress");
			});
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		List<Map<String, Object>> withNull = new ArrayList<>(tasks());
		withNull.add(null);
		assertThatIllegalArgumentException().isThrownBy(() -> client().projects().importTasks(7, withNull))
			.withMessageContaining("tasks");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client().projects().importTasks(0, tasks()))
			.withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> client().projects().importFiles(7, List.of()))
			.withMessageContaining("files");
		assertThatIllegalArgumentException().isThrownBy(() -> client().projects().importFromUrl(7, ""))
			.withMessageContaining("url");
		assertThatIllegalArgumentException().isThrownBy(() -> UploadFile.of(Path.of("/no/such/file.csv")))
			.withMessageContaining("path");
		assertThatIllegalArgumentException().isThrownBy(() -> UploadFile.of("../x.csv", new byte[0]))
			.withMessageContaining("filename");
		verify(0, anyRequestedFor(anyUrl()));
	}

	private static void stubImportStatuses(long importId, String... bodies) {
		String url = "/api/projects/7/imports/" + importId + "/";
		for (int i = 0; i < bodies.length; i++) {
			String state = (i == 0) ? Scenario.STARTED : "poll" + i;
			stubFor(get(urlEqualTo(url)).inScenario("import" + importId)
				.whenScenarioStateIs(state)
				.willReturn(okJson(bodies[i]))
				.willSetStateTo((i + 1 < bodies.length) ? "poll" + (i + 1) : state));
		}
	}

	private static String status(long id, String status, String error, int taskCount) {
		return """
				{"id": %d, "project": 7, "status": "%s", "error": %s, "traceback": null, "url": null,
				 "commit_to_project": true, "return_task_ids": true,
				 "created_at": "2026-03-02T10:15:30.123456Z", "updated_at": "2026-03-02T10:15:31.5Z",
				 "finished_at": %s, "task_count": %d, "annotation_count": 0, "prediction_count": %d,
				 "duration": %d, "file_upload_ids": [], "could_be_tasks_list": false, "found_formats": {".json": 1},
				 "data_columns": ["text"], "task_ids": %s, "tasks": null}
				""".formatted(id, status, (error != null) ? "\"" + error + "\"" : "null",
				status.equals("completed") || status.equals("failed") ? "\"2026-03-02T10:15:33Z\"" : "null",
				taskCount, (taskCount > 0) ? 1 : 0, (taskCount > 0) ? 2 : 0,
				(taskCount > 0) ? Arrays.toString(new long[] { 1001, 1002 }) : "[]");
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String body) {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body);
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(created("{\"import\": 58}")));
		stubFor(get(urlEqualTo("/api/projects/7/imports/58/")).willReturn(okJson(status(58, "completed", null, 2))));
		assertThat(taggedOperations((client) -> client.projects()
			.importTasks(7, tasks(), ImportOptions.builder().pollInterval(Duration.ofMillis(1)).build())))
			.containsExactly("projects.import_tasks", "tasks.create_many_status");
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
