package dev.labelstudio4j.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.predictions.Prediction;
import dev.labelstudio4j.client.regions.Region;
import dev.labelstudio4j.client.predictions.PredictionListParams;
import dev.labelstudio4j.client.projects.ImportFailedException;
import dev.labelstudio4j.client.projects.ImportOptions;
import dev.labelstudio4j.client.projects.ImportResult;
import dev.labelstudio4j.client.projects.ImportTimeoutException;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.tasks.Task;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Asynchronous imports, imports from a URL and {@code preannotated_from_fields}, through the real
 * client's import methods and its import polling.
 */
class ImportModesTests {

	static final ImportOptions FAST_POLLING = ImportOptions.builder()
		.pollInterval(Duration.ofMillis(10))
		.timeout(Duration.ofSeconds(30))
		.build();

	@Test
	void asynchronousImportsAnswerAnImportIdAndComplete() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.builder().asyncImports(true).start()) {
			LabelStudioClient client = emulator.client();
			long project = sentimentProject(client);
			ImportResult result = client.projects().importTasks(project,
					List.of(Map.of("text", "a"), Map.of("data", Map.of("text", "b"), "predictions",
							List.of(Map.of("result", List.of(Calls.choice("Positive")))))),
					ImportOptions.builder().pollInterval(Duration.ofMillis(10)).returnTaskIds(true).build());
			assertThat(result.taskCount()).isEqualTo(2);
			assertThat(result.predictionsCount()).isEqualTo(1);
			assertThat(client.projects().get(project).taskNumber()).isEqualTo(2);
			assertThat(client.tasks().importStatus(project, 1).status()).isEqualTo("completed");
			assertThat(client.tasks().importStatus(project, 1).taskIds()).isEqualTo(List.of(1, 2));
			emulator.wireMock().verify(1, postRequestedFor(urlPathEqualTo("/api/projects/" + project + "/import")));
			emulator.wireMock().verify(getRequestedFor(urlEqualTo("/api/projects/" + project + "/imports/1/")));
		}
	}

	@Test
	void anInvalidTaskFailsTheAsynchronousImportWithTheServersReasonAndImportsNothing() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.builder().asyncImports(true).start()) {
			LabelStudioClient client = emulator.client();
			long project = sentimentProject(client);
			assertThatExceptionOfType(ImportFailedException.class)
				.isThrownBy(() -> client.projects().importTasks(project,
						List.of(Map.of("text", "fine"), Map.of("title", "no text")), FAST_POLLING))
				.satisfies((ex) -> {
					assertThat(ex.getProjectId()).isEqualTo(project);
					assertThat(ex.getImportId()).isEqualTo(1);
					assertThat(ex.getError()).isEqualTo(
							"\"text\" key is expected in task data [task #2], the label config uses $text");
					assertThat(ex.getImportStatus().status()).isEqualTo("failed");
				});
			assertThat(client.projects().get(project).taskNumber()).isZero();
		}
	}

	@Test
	void aRefusedSynchronousImportLeavesNoImportRecord() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient client = emulator.client();
			long project = sentimentProject(client);
			assertThatExceptionOfType(BadRequestException.class)
				.isThrownBy(() -> client.projects().importTasks(project, List.of(Map.of("title", "no text"))));
			client.projects().importTasks(project, List.of(Map.of("text", "fine")));
			assertThat(client.tasks().importStatus(project, 1).status()).isEqualTo("completed");
			assertThat(client.tasks().importStatus(project, 1).taskCount()).isEqualTo(1);
			assertThatExceptionOfType(dev.labelstudio4j.client.NotFoundException.class)
				.isThrownBy(() -> client.tasks().importStatus(project, 2));
		}
	}

	@Test
	void anImportThatDoesNotFinishInTimeIsATimeout() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.builder().asyncImportDelay(Duration.ofMinutes(5))
			.start()) {
			LabelStudioClient client = emulator.client();
			long project = sentimentProject(client);
			assertThatExceptionOfType(ImportTimeoutException.class)
				.isThrownBy(() -> client.projects().importTasks(project, List.of(Map.of("text", "late")),
						ImportOptions.builder().pollInterval(Duration.ofMillis(10)).timeout(Duration.ofMillis(100)).build()))
				.satisfies((ex) -> {
					assertThat(ex.getImportId()).isEqualTo(1);
					assertThat(ex.getTimeout()).isEqualTo(Duration.ofMillis(100));
					assertThat(ex.getLastStatus().status()).isEqualTo("created");
				});
			assertThat(client.projects().get(project).taskNumber()).isZero();
		}
	}

	@Test
	void importFromAUrlOnThisMachine() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient client = emulator.client();
			long project = sentimentProject(client);
			emulator.wireMock().stubFor(get("/files/tasks.json")
				.willReturn(okJson("[{\"text\": \"from json\"}, {\"text\": \"second\"}]")));
			emulator.wireMock().stubFor(get("/files/tasks.csv")
				.willReturn(aResponse().withBody("text\nfrom csv\n")));
			ImportResult json = client.projects().importFromUrl(project, emulator.baseUrl() + "/files/tasks.json");
			assertThat(json.taskCount()).isEqualTo(2);
			assertThat(json.foundFormats()).containsExactly(".json");
			ImportResult csv = client.projects().importFromUrl(project, emulator.baseUrl() + "/files/tasks.csv");
			assertThat(csv.taskCount()).isEqualTo(1);
			assertThat(csv.couldBeTasksList()).isTrue();
			ImportResult inline = client.projects().importFromUrl(project, "[{\"text\": \"inline\"}]");
			assertThat(inline.taskCount()).isEqualTo(1);
			assertThat(client.tasks().list(project).stream().map((t) -> t.data().get("text")))
				.containsExactly("from json", "second", "from csv", "inline");
			emulator.wireMock().verify(postRequestedFor(urlPathEqualTo("/api/projects/" + project + "/import"))
				.withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock
					.containing("application/x-www-form-urlencoded")));
		}
	}

	@Test
	void urlsTheServerOrTheEmulatorWillNotDownloadAreRefused() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient client = emulator.client();
			long project = sentimentProject(client);
			assertThatExceptionOfType(BadRequestException.class)
				.isThrownBy(() -> client.projects().importFromUrl(project, "file:///etc/passwd"))
				.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsEntry("non_field_errors",
						List.of("The provided URL was not valid. URLs must begin with http:// or https://,"
								+ " and cannot be local IPs.")));
			assertThatExceptionOfType(BadRequestException.class)
				.isThrownBy(() -> client.projects().importFromUrl(project, "https://example.com/tasks.json"))
				.satisfies((ex) -> assertThat(ex.getValidationErrors().get("non_field_errors")).singleElement()
					.asString().endsWith("only from 127.0.0.1 or localhost, not from example.com"));
			assertThatExceptionOfType(BadRequestException.class)
				.isThrownBy(() -> client.projects().importFromUrl(project, emulator.baseUrl() + "/missing.json"))
				.satisfies((ex) -> assertThat(ex.getValidationErrors().get("non_field_errors")).singleElement()
					.asString().endsWith("HTTP status 404"));
			assertThat(client.projects().get(project).taskNumber()).isZero();
		}
	}

	@Test
	void preannotatedFromFieldsTurnTaskFieldsIntoPredictions() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient client = emulator.client();
			long project = sentimentProject(client);
			ImportResult result = client.projects().importTasks(project,
					List.of(Map.of("text", "good", "guess", List.of(Calls.choice("Positive"))),
							Map.of("data", Map.of("text", "bad", "guess", List.of(Calls.choice("Negative"))))),
					ImportOptions.builder().preannotatedFromFields("guess").build());
			assertThat(result.taskCount()).isEqualTo(2);
			assertThat(result.predictionsCount()).isEqualTo(2);
			Task first = client.tasks().get(1);
			assertThat(first.data()).isEqualTo(Map.of("text", "good"));
			List<Prediction> predictions = client.predictions().list(PredictionListParams.builder().task(2).build());
			assertThat(predictions).singleElement()
				.satisfies((p) -> assertThat(p.result()).extracting(Region::rawJson).containsExactly(Calls.choice("Negative")));
			emulator.wireMock().verify(postRequestedFor(urlPathEqualTo("/api/projects/" + project + "/import"))
				.withQueryParam("preannotated_from_fields", com.github.tomakehurst.wiremock.client.WireMock.equalTo("guess")));
			assertThatExceptionOfType(BadRequestException.class)
				.isThrownBy(() -> client.projects().importTasks(project, List.of(Map.of("text", "no guess")),
						ImportOptions.builder().preannotatedFromFields("guess").build()))
				.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsEntry("non_field_errors",
						List.of("Task #1: \"guess\" (from preannotated_from_fields) is not in the task data")));
			assertThat(client.projects().get(project).taskNumber()).isEqualTo(2);
		}
	}

	static long sentimentProject(LabelStudioClient client) {
		return client.projects().create(ProjectCreate.builder().title("Imports").labelConfig(Calls.SENTIMENT_CONFIG).build())
			.id();
	}

}
