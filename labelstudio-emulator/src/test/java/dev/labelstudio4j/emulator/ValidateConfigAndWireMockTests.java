package dev.labelstudio4j.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioApiException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.projects.Project;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Label config validation (with a hardened XML parser), routing strictness, WireMock's journal and
 * fault injection, and concurrent requests.
 */
class ValidateConfigAndWireMockTests {

	static LabelStudioEmulator emulator;

	LabelStudioClient client;

	Calls calls;

	@BeforeAll
	static void start() {
		emulator = LabelStudioEmulator.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
		this.client = emulator.client();
		this.calls = new Calls(this.client);
	}

	@Test
	void validateAcceptsAValidConfig() {
		long id = this.calls.createProject("Validate", Calls.SENTIMENT_CONFIG);
		Map<String, Object> answer = validate(id, "<View><Image name=\"img\" value=\"$image\"/>"
				+ "<RectangleLabels name=\"box\" toName=\"img\"><Label value=\"Car\"/></RectangleLabels></View>");
		assertThat(answer).containsEntry("label_config", "<View><Image name=\"img\" value=\"$image\"/>"
				+ "<RectangleLabels name=\"box\" toName=\"img\"><Label value=\"Car\"/></RectangleLabels></View>");
		emulator.wireMock().verify(postRequestedFor(urlEqualTo("/api/projects/" + id + "/validate/"))
			.withRequestBody(equalToJson("{\"label_config\": \"" + answer.get("label_config").toString().replace("\"", "\\\"")
					+ "\"}")));
	}

	@Test
	void validateRejectsMalformedXmlUnknownTargetsAndAnotherRoot() {
		long id = this.calls.createProject("Validate", Calls.SENTIMENT_CONFIG);
		for (String config : List.of("<View><Text name=\"t\" value=\"$text\">", "<Choices name=\"c\" toName=\"t\"/>",
				"<View><Choices name=\"c\" toName=\"missing\"/></View>")) {
			assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> validate(id, config))
				.satisfies((ex) -> {
					assertThat(ex.getDetail()).isEqualTo("Validation error");
					assertThat(ex.getValidationErrors()).containsKey("label_config");
				});
		}
	}

	@Test
	void validateRefusesDoctypesSoExternalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		long id = this.calls.createProject("Validate", Calls.SENTIMENT_CONFIG);
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE View [<!ENTITY x SYSTEM \"" + secret.toUri()
				+ "\">]><View><Header value=\"&x;\"/></View>";
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> validate(id, xxe))
			.satisfies((ex) -> {
				assertThat(ex.getValidationErrors().get("label_config")).singleElement().asString().contains("DOCTYPE");
				assertThat(ex.getBody()).doesNotContain("TOP-SECRET-CONTENT");
			});
	}

	@Test
	void projectCreateWithAnInvalidConfigIsAValidationError() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.calls.createProject("Bad", "<View><Text"))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsKey("label_config"));
	}

	@Test
	void pathsAreMatchedExactlyIncludingTrailingSlashes() {
		this.calls.createProject("Exact", Calls.SENTIMENT_CONFIG);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.calls.map(ApiRequest.get("projects.get", "/api/projects/{id}").path("id", 1)));
		assertThatExceptionOfType(LabelStudioApiException.class)
			.isThrownBy(() -> this.calls.map(ApiRequest.put("projects.update", "/api/projects/{id}/").path("id", 1)
				.jsonBody(Map.of("title", "x"))))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(405);
				assertThat(ex.getDetail()).isEqualTo("Method \"PUT\" not allowed.");
			});
	}

	@Test
	void stubsAddedThroughWireMockTakePrecedenceForFaultInjection() {
		long id = this.calls.createProject("Faults", Calls.SENTIMENT_CONFIG);
		LabelStudioClient noRetries = LabelStudioClient.builder()
			.baseUrl(emulator.baseUrl())
			.apiKey(emulator.apiKey())
			.retrySettings(RetrySettings.disabled())
			.build();
		emulator.wireMock().stubFor(WireMock.get("/api/projects/" + id + "/")
			.willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> noRetries.projects().get(id));
		emulator.wireMock().stubFor(WireMock.get("/api/projects/" + id + "/")
			.willReturn(WireMock.aResponse().withStatus(503).withBody("{\"detail\": \"down\"}")));
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> noRetries.projects().get(id));
		emulator.resetStubs();
		assertThat(noRetries.projects().get(id).title()).isEqualTo("Faults");
	}

	@Test
	void concurrentCreatesGetDistinctIdsAndAllTasksAreCounted() throws Exception {
		long project = this.calls.createProject("Concurrent", Calls.SENTIMENT_CONFIG);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Map<String, Object>>> imports = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				int n = i;
				imports.add(pool.submit(() -> this.calls.importTasks(project,
						List.of(Map.of("text", "a" + n), Map.of("text", "b" + n), Map.of("text", "c" + n)))));
			}
			List<Object> taskIds = new ArrayList<>();
			for (Future<Map<String, Object>> result : imports) {
				taskIds.addAll((List<?>) result.get().get("task_ids"));
			}
			assertThat(taskIds).hasSize(36).doesNotHaveDuplicates();
		}
		finally {
			pool.shutdownNow();
		}
		Project counted = this.client.projects().get(project);
		assertThat(counted.taskNumber()).isEqualTo(36);
	}

	private Map<String, Object> validate(long id, String config) {
		return this.calls.map(ApiRequest.post("projects.validate_config", "/api/projects/{id}/validate/")
			.path("id", id)
			.jsonBody(Map.of("label_config", config)));
	}

}
