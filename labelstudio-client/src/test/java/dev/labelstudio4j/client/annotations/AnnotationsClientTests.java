package dev.labelstudio4j.client.annotations;

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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link AnnotationsClient}.
 */
class AnnotationsClientTests extends WireMockTestBase {

	private static final String REGION = """
			{"id": "r1", "from_name": "label", "to_name": "image", "type": "rectanglelabels",
			 "original_width": 640, "original_height": 480, "image_rotation": 0,
			 "value": {"x": 12.5, "y": 8.0, "width": 30.0, "height": 22.5, "rotation": 0,
			           "rectanglelabels": ["Car"]}}""";

	private static final String ANNOTATION_41 = """
			{"id": 41, "result": [%s], "created_username": "maria@example.org, 3", "created_ago": "2 minutes",
			 "completed_by": 3, "unique_id": "6c1f6e2e-4b7a-4d4e-9f3e-1c2d3e4f5a6b", "was_cancelled": false,
			 "ground_truth": true, "created_at": "2025-03-04T10:15:30.123456Z",
			 "updated_at": "2025-03-04T10:17:02Z", "draft_created_at": null, "lead_time": 42.75,
			 "import_id": null, "last_action": "submitted", "task": 1207, "project": 12, "updated_by": 3,
			 "parent_prediction": 88, "parent_annotation": null, "last_created_by": 3,
			 "brand_new_field": {"nested": [1, 2]}}""".formatted(REGION);

	private final LabelStudioClient client = client();

	@Test
	void getSendsGetToAnnotationPathAndParsesEveryField() {
		stubFor(get(urlEqualTo("/api/annotations/41/")).willReturn(okJson(ANNOTATION_41)));
		Annotation annotation = this.client.annotations().get(41);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/annotations/41/")).withHeader("Authorization",
				equalTo("Token " + API_KEY)));
		assertThat(annotation.id()).isEqualTo(41);
		assertThat(annotation.result()).hasSize(1);
		assertThat(annotation.result().get(0).fromName()).isEqualTo("label");
		assertThat(annotation.result().get(0).type()).isEqualTo("rectanglelabels");
		assertThat(annotation.result().get(0).labels()).containsExactly("Car");
		assertThat(annotation.result().get(0).x()).isEqualTo(12.5);
		Map<String, Object> value = annotation.result().get(0).value();
		assertThat(value).containsEntry("rectanglelabels", List.of("Car")).containsEntry("x", 12.5);
		assertThat(annotation.createdUsername()).isEqualTo("maria@example.org, 3");
		assertThat(annotation.completedBy()).isEqualTo(3L);
		assertThat(annotation.wasCancelled()).isFalse();
		assertThat(annotation.groundTruth()).isTrue();
		assertThat(annotation.createdAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T10:15:30.123456Z"));
		assertThat(annotation.draftCreatedAt()).isNull();
		assertThat(annotation.leadTime()).isEqualTo(42.75);
		assertThat(annotation.lastAction()).isEqualTo("submitted");
		assertThat(annotation.task()).isEqualTo(1207L);
		assertThat(annotation.project()).isEqualTo(12L);
		assertThat(annotation.updatedBy()).isEqualTo(3);
		assertThat(annotation.updatedByIds()).containsExactly(3L);
		assertThat(annotation.parentPrediction()).isEqualTo(88L);
		assertThat(annotation.parentAnnotation()).isNull();
	}

	@Test
	void updatedByIsReadLenientlyWhenTheServerSendsAList() {
		stubFor(get(urlEqualTo("/api/annotations/5/"))
			.willReturn(okJson("{\"id\": 5, \"updated_by\": [{\"user_id\": 7}, {\"user_id\": 9}], \"result\": []}")));
		Annotation annotation = this.client.annotations().get(5);
		assertThat(annotation.updatedByIds()).containsExactly(7L, 9L);
		assertThat(annotation.result()).isEmpty();
	}

	@Test
	void deleteSendsDeleteToAnnotationPath() {
		stubFor(delete(urlEqualTo("/api/annotations/41/")).willReturn(aResponse().withStatus(204)));
		this.client.annotations().delete(41);
		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/annotations/41/")));
	}

	@Test
	void updateSendsPatchWithOnlyTheFieldsSet() {
		stubFor(patch(urlEqualTo("/api/annotations/41/")).willReturn(okJson(ANNOTATION_41)));
		AnnotationUpdate update = AnnotationUpdate.builder()
			.result(List.of(Map.of("from_name", "label", "to_name", "image", "type", "choices", "value",
					Map.of("choices", List.of("Positive")))))
			.wasCancelled(false)
			.groundTruth(true)
			.build();
		Annotation annotation = this.client.annotations().update(41, update);
		verify(exactly(1), patchRequestedFor(urlEqualTo("/api/annotations/41/")).withRequestBody(equalToJson("""
				{"result": [{"from_name": "label", "to_name": "image", "type": "choices",
				             "value": {"choices": ["Positive"]}}],
				 "was_cancelled": false, "ground_truth": true}""")));
		assertThat(annotation.id()).isEqualTo(41);
	}

	@Test
	void updateSendsEveryFieldWithSnakeCaseNames() {
		stubFor(patch(urlEqualTo("/api/annotations/41/")).willReturn(okJson(ANNOTATION_41)));
		this.client.annotations()
			.update(41, AnnotationUpdate.builder()
				.task(1207)
				.project(12)
				.completedBy(3)
				.updatedBy(4)
				.leadTime(12.5)
				.build(), RequestOptions.none());
		verify(patchRequestedFor(urlEqualTo("/api/annotations/41/")).withRequestBody(equalToJson(
				"{\"task\": 1207, \"project\": 12, \"completed_by\": 3, \"updated_by\": 4, \"lead_time\": 12.5}")));
	}

	@Test
	void listSendsGetToTaskAnnotationsPath() {
		stubFor(get(urlEqualTo("/api/tasks/1207/annotations/")).willReturn(okJson("[" + ANNOTATION_41
				+ ", {\"id\": 42, \"result\": [], \"was_cancelled\": true, \"task\": 1207, \"updated_by\": null}]")));
		List<Annotation> annotations = this.client.annotations().list(1207);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/tasks/1207/annotations/")));
		assertThat(annotations).extracting(Annotation::id).containsExactly(41L, 42L);
		assertThat(annotations.get(1).wasCancelled()).isTrue();
		assertThat(annotations.get(1).updatedByIds()).isEmpty();
	}

	@Test
	void listOfTaskWithoutAnnotationsIsEmpty() {
		stubFor(get(urlEqualTo("/api/tasks/9/annotations/")).willReturn(okJson("[]")));
		assertThat(this.client.annotations().list(9)).isEmpty();
	}

	@Test
	void createSendsPostToTaskAnnotationsPathWithBody() {
		stubFor(post(urlEqualTo("/api/tasks/1207/annotations/")).willReturn(okJson(ANNOTATION_41).withStatus(201)));
		AnnotationCreate create = AnnotationCreate.builder()
			.result(List.of(Map.of("from_name", "label", "to_name", "image", "type", "rectanglelabels", "value",
					Map.of("x", 12.5, "y", 8.0, "width", 30.0, "height", 22.5, "rectanglelabels", List.of("Car")))))
			.wasCancelled(false)
			.groundTruth(true)
			.leadTime(42.75)
			.build();
		Annotation annotation = this.client.annotations().create(1207, create);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/tasks/1207/annotations/"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"result": [{"from_name": "label", "to_name": "image", "type": "rectanglelabels",
					             "value": {"x": 12.5, "y": 8.0, "width": 30.0, "height": 22.5,
					                       "rectanglelabels": ["Car"]}}],
					 "was_cancelled": false, "ground_truth": true, "lead_time": 42.75}""")));
		assertThat(annotation.id()).isEqualTo(41);
		assertThat(annotation.groundTruth()).isTrue();
	}

	@Test
	void createWithEmptyParamsSendsEmptyObject() {
		stubFor(post(urlEqualTo("/api/tasks/3/annotations/")).willReturn(okJson("{\"id\": 50}").withStatus(201)));
		assertThat(this.client.annotations().create(3, AnnotationCreate.builder().build()).id()).isEqualTo(50);
		verify(postRequestedFor(urlEqualTo("/api/tasks/3/annotations/")).withRequestBody(equalToJson("{}")));
	}

	@Test
	void getOfMissingAnnotationThrowsNotFound() {
		stubFor(get(urlEqualTo("/api/annotations/404/")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"0f6e4b1c\", \"status_code\": 404, \"version\": \"1.13.1\", "
					+ "\"detail\": \"No Annotation matches the given query.\", \"exc_info\": null}")));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.annotations().get(404))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getDetail()).isEqualTo("No Annotation matches the given query.");
				assertThat(ex.getErrorId()).isEqualTo("0f6e4b1c");
			});
	}

	@Test
	void createRejectedByServerThrowsBadRequestWithValidationErrors() {
		stubFor(post(urlEqualTo("/api/tasks/3/annotations/")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status_code\": 400, \"detail\": \"Validation error\", "
					+ "\"validation_errors\": {\"result\": [\"Expected a list of items but got type \\\"dict\\\".\"]}}")));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.annotations().create(3, AnnotationCreate.builder().build()))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsOnlyKeys("result"));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/tasks/3/annotations/")));
	}

	@Test
	void invalidArgumentsAreRejectedBeforeAnyRequest() {
		AnnotationsClient annotations = this.client.annotations();
		AnnotationCreate create = AnnotationCreate.builder().build();
		AnnotationUpdate update = AnnotationUpdate.builder().build();
		assertThatIllegalArgumentException().isThrownBy(() -> annotations.get(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> annotations.get(-1)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> annotations.get(1, null))
			.withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> annotations.delete(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> annotations.update(0, update))
			.withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> annotations.update(1, null))
			.withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> annotations.list(0)).withMessageContaining("taskId");
		assertThatIllegalArgumentException().isThrownBy(() -> annotations.create(0, create))
			.withMessageContaining("taskId");
		assertThatIllegalArgumentException().isThrownBy(() -> annotations.create(1, null))
			.withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> AnnotationCreate.builder().task(0))
			.withMessageContaining("task");
		assertThatIllegalArgumentException().isThrownBy(() -> AnnotationCreate.builder().result(null))
			.withMessageContaining("result");
		assertThatIllegalArgumentException().isThrownBy(() -> AnnotationUpdate.builder().leadTime(-1))
			.withMessageContaining("leadTime");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() {
		stubFor(any(urlPathMatching("/api/annotations/1/")).willReturn(okJson("{\"id\": 1}")));
		stubFor(get(urlEqualTo("/api/tasks/2/annotations/")).willReturn(okJson("[]")));
		stubFor(post(urlEqualTo("/api/tasks/2/annotations/")).willReturn(okJson("{\"id\": 1}")));
		assertThat(taggedOperations((client) -> {
			client.annotations().get(1);
			client.annotations().delete(1);
			client.annotations().update(1, AnnotationUpdate.builder().build());
			client.annotations().list(2);
			client.annotations().create(2, AnnotationCreate.builder().build());
		})).containsExactly("annotations.create", "annotations.delete", "annotations.get", "annotations.list",
				"annotations.update");
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
