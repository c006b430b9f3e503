package dev.labelstudio4j.client.ml;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MlClientTests extends WireMockTestBase {

	private static final String BACKEND = """
			{"id": 3, "project": 7, "url": "http://ml-backend:9090", "title": "Sentiment model",
			 "description": "DistilBERT fine-tuned on reviews", "state": "CO", "readable_state": "Connected",
			 "error_message": null, "is_interactive": true, "auth_method": "BASIC_AUTH", "basic_auth_user": "labelstudio",
			 "basic_auth_pass": "s3cr3t-from-server", "basic_auth_pass_is_set": true,
			 "extra_params": {"threshold": 0.5, "labels": ["Positive", "Negative"]},
			 "model_version": "distilbert-2026-03-01", "auto_update": true, "timeout": 100.0,
			 "created_at": "2026-03-01T08:00:00Z", "updated_at": "2026-03-02T09:30:00.5Z"}
			""";

	@Test
	void listOfAProjectSendsTheProject() {
		stubFor(get(urlPathEqualTo("/api/ml/")).willReturn(okJson("[" + BACKEND + "]")));

		List<MlBackend> backends = client().ml().list(7);

		assertThat(backends).singleElement().satisfies((backend) -> {
			assertThat(backend.id()).isEqualTo(3);
			assertThat(backend.state()).isEqualTo("CO");
			assertThat(backend.extraParams()).containsEntry("threshold", 0.5);
			assertThat(backend.basicAuthPassIsSet()).isEqualTo(true);
			assertThat(backend.toString()).doesNotContain("s3cr3t-from-server");
		});
		verify(getRequestedFor(urlEqualTo("/api/ml/?project=7")));
	}

	@Test
	void listOfAllSendsNoQuery() {
		stubFor(get(urlPathEqualTo("/api/ml/")).willReturn(okJson("[]")));

		assertThat(client().ml().list()).isEmpty();

		verify(getRequestedFor(urlEqualTo("/api/ml/")));
	}

	@Test
	void createSendsTheSetFields() {
		stubFor(post(urlEqualTo("/api/ml/")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(BACKEND)));
		MlBackendCreate backend = MlBackendCreate.builder()
			.url("http://ml-backend:9090")
			.project(7L)
			.isInteractive(true)
			.title("Sentiment model")
			.description("DistilBERT fine-tuned on reviews")
			.authMethod(MlAuthMethod.BASIC_AUTH)
			.basicAuthUser("labelstudio")
			.basicAuthPass("hunter2-very-secret")
			.extraParams(Map.of("threshold", 0.5))
			.timeout(100)
			.build();

		MlBackend created = client().ml().create(backend);

		assertThat(created.title()).isEqualTo("Sentiment model");
		assertThat(created.modelVersion()).isEqualTo("distilbert-2026-03-01");
		assertThat(backend.toString()).doesNotContain("hunter2").contains("basicAuthPass=***");
		verify(postRequestedFor(urlEqualTo("/api/ml/")).withRequestBody(equalToJson("""
				{"url": "http://ml-backend:9090", "project": 7, "is_interactive": true, "title": "Sentiment model",
				 "description": "DistilBERT fine-tuned on reviews", "auth_method": "BASIC_AUTH",
				 "basic_auth_user": "labelstudio", "basic_auth_pass": "hunter2-very-secret",
				 "extra_params": {"threshold": 0.5}, "timeout": 100}
				""")));
	}

	@Test
	void getUsesThePathWithoutTrailingSlash() {
		stubFor(get(urlEqualTo("/api/ml/3")).willReturn(okJson(BACKEND)));

		MlBackend backend = client().ml().get(3);

		assertThat(backend.url()).isEqualTo("http://ml-backend:9090");
		assertThat(backend.createdAt()).isNotNull();
		verify(getRequestedFor(urlEqualTo("/api/ml/3")));
	}

	@Test
	void deleteUsesThePathWithoutTrailingSlash() {
		stubFor(delete(urlEqualTo("/api/ml/3")).willReturn(aResponse().withStatus(204)));

		client().ml().delete(3);

		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/ml/3")));
	}

	@Test
	void updateSendsOnlyTheChangedFields() {
		stubFor(patch(urlEqualTo("/api/ml/3")).willReturn(okJson(BACKEND)));
		MlBackendUpdate update = MlBackendUpdate.builder().title("Sentiment model v2").basicAuthPass("rotated-pass").build();

		client().ml().update(3, update);

		assertThat(update.toString()).doesNotContain("rotated-pass");
		verify(patchRequestedFor(urlEqualTo("/api/ml/3"))
			.withRequestBody(equalToJson("{\"title\": \"Sentiment model v2\", \"basic_auth_pass\": \"rotated-pass\"}")));
	}

	@Test
	void predictInteractiveSendsTaskAndContext() {
		stubFor(post(urlEqualTo("/api/ml/3/interactive-annotating")).willReturn(okJson("""
				{"data": {"result": [{"from_name": "label", "to_name": "text", "type": "labels",
				  "value": {"start": 4, "end": 12, "labels": ["Product"]}}], "score": 0.87}}
				""")));

		Map<String, Object> answer = client().ml()
			.predictInteractive(3, 1001, Map.of("result", List.of(Map.of("type", "keypointlabels",
					"value", Map.of("x", 12.5, "y", 40.0)))));

		assertThat(answer).containsKey("data");
		verify(postRequestedFor(urlEqualTo("/api/ml/3/interactive-annotating")).withRequestBody(equalToJson("""
				{"task": 1001, "context": {"result": [{"type": "keypointlabels", "value": {"x": 12.5, "y": 40.0}}]}}
				""")));
	}

	@Test
	void predictInteractiveWithoutContextAndAnEmptyAnswer() {
		stubFor(post(urlEqualTo("/api/ml/3/interactive-annotating")).willReturn(aResponse().withStatus(200)));

		assertThat(client().ml().predictInteractive(3, 1001)).isEmpty();

		verify(postRequestedFor(urlEqualTo("/api/ml/3/interactive-annotating"))
			.withRequestBody(equalToJson("{\"task\": 1001}")));
	}

	@Test
	void trainSendsUseGroundTruth() {
		stubFor(post(urlEqualTo("/api/ml/3/train")).willReturn(okJson("{}")));

		client().ml().train(3, true);

		verify(postRequestedFor(urlEqualTo("/api/ml/3/train")).withRequestBody(equalToJson("{\"use_ground_truth\": true}")));
	}

	@Test
	void trainWithoutOptionSendsAnEmptyObject() {
		stubFor(post(urlEqualTo("/api/ml/3/train")).willReturn(aResponse().withStatus(200)));

		client().ml().train(3);

		verify(postRequestedFor(urlEqualTo("/api/ml/3/train")).withRequestBody(equalToJson("{}")));
	}

	@Test
	void aFailedTrainingIsAServerErrorAndIsNotRetried() {
		stubFor(post(urlEqualTo("/api/ml/3/train")).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status_code\": 500, \"detail\": \"Server responded with an error.\"}")));

		assertThatThrownBy(() -> client().ml().train(3)).isInstanceOfSatisfying(ServerErrorException.class,
				(ex) -> assertThat(ex.getOperation()).isEqualTo("ml.train"));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/ml/3/train")));
	}

	@Test
	void listModelVersionsReadsTheVersions() {
		stubFor(get(urlEqualTo("/api/ml/3/versions")).willReturn(okJson("""
				{"versions": ["distilbert-2026-02-01", "distilbert-2026-03-01"], "message": ""}
				""")));

		ModelVersions versions = client().ml().listModelVersions(3);

		assertThat(versions.versions()).containsExactly("distilbert-2026-02-01", "distilbert-2026-03-01");
		verify(getRequestedFor(urlEqualTo("/api/ml/3/versions")));
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> client().ml().get(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> client().ml().predictInteractive(3, 0))
			.withMessageContaining("task");
		assertThatIllegalArgumentException().isThrownBy(() -> client().ml().list(0))
			.withMessageContaining("projectId");
		assertThatIllegalArgumentException().isThrownBy(() -> MlBackendCreate.builder().timeout(0))
			.withMessageContaining("timeout");
		verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() {
		stubFor(any(urlPathEqualTo("/api/ml/")).willReturn(okJson("[]")));
		stubFor(post(urlEqualTo("/api/ml/")).willReturn(okJson(BACKEND)));
		stubFor(any(urlEqualTo("/api/ml/3")).willReturn(okJson(BACKEND)));
		stubFor(post(urlEqualTo("/api/ml/3/interactive-annotating")).willReturn(okJson("{}")));
		stubFor(post(urlEqualTo("/api/ml/3/train")).willReturn(okJson("{}")));
		stubFor(get(urlEqualTo("/api/ml/3/versions")).willReturn(okJson("{\"versions\": []}")));
		assertThat(taggedOperations((client) -> {
			client.ml().list();
			client.ml().create(MlBackendCreate.builder().url("http://ml-backend:9090").project(7L).build());
			client.ml().get(3);
			client.ml().update(3, MlBackendUpdate.builder().title("t").build());
			client.ml().delete(3);
			client.ml().predictInteractive(3, 1001);
			client.ml().train(3);
			client.ml().listModelVersions(3);
		})).containsExactly("ml.create", "ml.delete", "ml.get", "ml.list", "ml.list_model_versions",
				"ml.predict_interactive", "ml.train", "ml.update");
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
