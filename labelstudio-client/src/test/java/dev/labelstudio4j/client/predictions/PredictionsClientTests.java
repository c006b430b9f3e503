package dev.labelstudio4j.client.predictions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.regions.Region;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link PredictionsClient}.
 */
class PredictionsClientTests extends WireMockTestBase {

	private static final List<Map<String, Object>> SENTIMENT = List.of(Map.of("from_name", "sentiment", "to_name",
			"text", "type", "choices", "value", Map.of("choices", List.of("Negative"))));

	private static final String SENTIMENT_JSON = """
			[{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["Negative"]}}]""";

	private static final String PREDICTION_77 = """
			{"id": 77, "result": %s, "model_version": "sentiment-bert-2025-02", "created_ago": "1 hour",
			 "score": 0.87, "cluster": null, "neighbors": [[1208, 0.93], [1311, 0.91]], "mislabeling": 0.0,
			 "created_at": "2025-03-04T09:00:00Z", "updated_at": "2025-03-04T09:05:00.5Z", "model": 2,
			 "model_run": null, "task": 1207, "project": 12, "state": "created"}""".formatted(SENTIMENT_JSON);

	private final LabelStudioClient client = client();

	@Test
	void listSendsGetWithoutQuery() {
		stubFor(get(urlEqualTo("/api/predictions/")).willReturn(okJson("[" + PREDICTION_77 + "]")));
		List<Prediction> predictions = this.client.predictions().list();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/predictions/")).withHeader("Authorization",
				equalTo("Token " + API_KEY)));
		assertThat(predictions).singleElement().satisfies(PredictionsClientTests::assertPrediction77);
	}

	@Test
	void listSendsTaskAndProjectQuery() {
		stubFor(get(urlPathEqualTo("/api/predictions/")).willReturn(okJson("[]")));
		assertThat(this.client.predictions().list(PredictionListParams.builder().task(1207).project(12).build()))
			.isEmpty();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/predictions/?task=1207&project=12")));
	}

	@Test
	void listSendsOnlyTheFiltersSet() {
		stubFor(get(urlPathEqualTo("/api/predictions/")).willReturn(okJson("[{\"id\": 5, \"task\": 3}]")));
		assertThat(this.client.predictions()
			.list(PredictionListParams.builder().project(12).build(), RequestOptions.none())).extracting(Prediction::id)
			.containsExactly(5L);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/predictions/?project=12")));
	}

	@Test
	void createSendsPostWithSnakeCaseBody() {
		stubFor(post(urlEqualTo("/api/predictions/")).willReturn(okJson(PREDICTION_77).withStatus(201)));
		Prediction prediction = this.client.predictions()
			.create(PredictionCreate.builder()
				.task(1207)
				.result(SENTIMENT)
				.score(0.87)
				.modelVersion("sentiment-bert-2025-02")
				.build());
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/predictions/")).withRequestBody(equalToJson("""
				{"task": 1207, "result": %s, "score": 0.87, "model_version": "sentiment-bert-2025-02"}"""
			.formatted(SENTIMENT_JSON))));
		assertPrediction77(prediction);
	}

	@Test
	void createWithRegionsSendsLabelStudioResultJson() {
		stubFor(post(urlEqualTo("/api/predictions/")).willReturn(okJson(PREDICTION_77).withStatus(201)));
		this.client.predictions()
			.create(PredictionCreate.builder()
				.task(1207)
				.regions(Region.rectangle("label", "image")
					.id("r1")
					.x(10)
					.y(20.5)
					.width(30)
					.height(40)
					.rotation(5)
					.labels("Car")
					.score(0.9)
					.build(), Region.choices("sentiment", "text").choices("Negative").build())
				.build());
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/predictions/")).withRequestBody(equalToJson("""
				{"task": 1207, "result": [
				 {"id": "r1", "type": "rectanglelabels", "from_name": "label", "to_name": "image", "score": 0.9,
				  "value": {"x": 10.0, "y": 20.5, "width": 30.0, "height": 40.0, "rotation": 5.0,
				            "rectanglelabels": ["Car"]}},
				 %s]}""".formatted(SENTIMENT_JSON.strip().substring(1, SENTIMENT_JSON.strip().length() - 1)))));
	}

	@Test
	void createWithoutOptionalFieldsSendsTaskAndResultOnly() {
		stubFor(post(urlEqualTo("/api/predictions/")).willReturn(okJson(PREDICTION_77).withStatus(201)));
		this.client.predictions().create(PredictionCreate.builder().task(1207).result(List.of()).build());
		verify(postRequestedFor(urlEqualTo("/api/predictions/"))
			.withRequestBody(equalToJson("{\"task\": 1207, \"result\": []}")));
	}

	@Test
	void getSendsGetToPredictionPath() {
		stubFor(get(urlEqualTo("/api/predictions/77/")).willReturn(okJson(PREDICTION_77)));
		assertPrediction77(this.client.predictions().get(77));
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/predictions/77/")));
	}

	@Test
	void deleteSendsDeleteToPredictionPath() {
		stubFor(delete(urlEqualTo("/api/predictions/77/")).willReturn(aResponse().withStatus(204)));
		this.client.predictions().delete(77);
		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/predictions/77/")));
	}

	@Test
	void updateSendsPatchWithOnlyTheFieldsSet() {
		stubFor(patch(urlEqualTo("/api/predictions/77/")).willReturn(okJson(PREDICTION_77)));
		Prediction prediction = this.client.predictions()
			.update(77, PredictionUpdate.builder().score(0.5).modelVersion("sentiment-bert-2025-03").build());
		verify(exactly(1), patchRequestedFor(urlEqualTo("/api/predictions/77/"))
			.withRequestBody(equalToJson("{\"score\": 0.5, \"model_version\": \"sentiment-bert-2025-03\"}")));
		assertThat(prediction.id()).isEqualTo(77);
	}

	@Test
	void updateCanSendTaskAndResult() {
		stubFor(patch(urlEqualTo("/api/predictions/77/")).willReturn(okJson(PREDICTION_77)));
		this.client.predictions()
			.update(77, PredictionUpdate.builder().task(1207).result(SENTIMENT).build(), RequestOptions.none());
		verify(patchRequestedFor(urlEqualTo("/api/predictions/77/"))
			.withRequestBody(equalToJson("{\"task\": 1207, \"result\": %s}".formatted(SENTIMENT_JSON))));
	}

	@Test
	void getOfMissingPredictionThrowsNotFound() {
		stubFor(get(urlEqualTo("/api/predictions/404/")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status_code\": 404, \"detail\": \"No Prediction matches the given query.\"}")));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.predictions().get(404))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
	}

	@Test
	void createOnUnknownTaskThrowsBadRequest() {
		stubFor(post(urlEqualTo("/api/predictions/")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status_code\": 400, \"detail\": \"Validation error\", \"validation_errors\": "
					+ "{\"task\": [\"Invalid pk \\\"999\\\" - object does not exist.\"]}}")));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.predictions()
				.create(PredictionCreate.builder().task(999).result(SENTIMENT).build()))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsOnlyKeys("task"));
	}

	@Test
	void invalidArgumentsAreRejectedBeforeAnyRequest() {
		PredictionsClient predictions = this.client.predictions();
		PredictionUpdate update = PredictionUpdate.builder().build();
		assertThatIllegalArgumentException().isThrownBy(() -> predictions.list(null)).withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> predictions.create(null))
			.withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> predictions.get(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> predictions.delete(-1)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> predictions.update(0, update)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> predictions.update(77, null))
			.withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> PredictionCreate.builder().result(SENTIMENT).build())
			.withMessageContaining("task");
		assertThatIllegalArgumentException().isThrownBy(() -> PredictionCreate.builder().task(1).build())
			.withMessageContaining("result");
		assertThatIllegalArgumentException().isThrownBy(() -> PredictionUpdate.builder().score(Double.NaN))
			.withMessageContaining("score");
		assertThatIllegalArgumentException().isThrownBy(() -> PredictionUpdate.builder().modelVersion(""))
			.withMessageContaining("modelVersion");
		assertThatIllegalArgumentException().isThrownBy(() -> PredictionListParams.builder().task(0))
			.withMessageContaining("task");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() {
		stubFor(get(urlEqualTo("/api/predictions/")).willReturn(okJson("[]")));
		stubFor(post(urlEqualTo("/api/predictions/")).willReturn(okJson("{\"id\": 1}")));
		stubFor(any(urlEqualTo("/api/predictions/1/")).willReturn(okJson("{\"id\": 1}")));
		assertThat(taggedOperations((client) -> {
			client.predictions().list();
			client.predictions().create(PredictionCreate.builder().task(1).result(List.of()).build());
			client.predictions().get(1);
			client.predictions().delete(1);
			client.predictions().update(1, PredictionUpdate.builder().build());
		})).containsExactly("predictions.create", "predictions.delete", "predictions.get", "predictions.list",
				"predictions.update");
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

	private static void assertPrediction77(Prediction prediction) {
		assertThat(prediction.id()).isEqualTo(77);
		assertThat(prediction.result()).extracting(Region::rawJson).isEqualTo(SENTIMENT);
		assertThat(prediction.result()).containsExactly(Region.choices("sentiment", "text").choices("Negative").build());
		assertThat(prediction.result().get(0).choices()).containsExactly("Negative");
		assertThat(prediction.modelVersion()).isEqualTo("sentiment-bert-2025-02");
		assertThat(prediction.createdAgo()).isEqualTo("1 hour");
		assertThat(prediction.score()).isEqualTo(0.87);
		assertThat(prediction.cluster()).isNull();
		assertThat(prediction.neighbors()).isEqualTo(List.of(List.of(1208, 0.93), List.of(1311, 0.91)));
		assertThat(prediction.mislabeling()).isEqualTo(0.0);
		assertThat(prediction.createdAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T09:00:00Z"));
		assertThat(prediction.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T09:05:00.5Z"));
		assertThat(prediction.model()).isEqualTo(2L);
		assertThat(prediction.modelRun()).isNull();
		assertThat(prediction.task()).isEqualTo(1207L);
		assertThat(prediction.project()).isEqualTo(12L);
	}

}
