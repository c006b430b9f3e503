package dev.labelstudio4j.client.projects;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectsClientTests extends WireMockTestBase {

	private static final String LABEL_CONFIG = "<View><Text name=\"text\" value=\"$text\"/>"
			+ "<Choices name=\"sentiment\" toName=\"text\"><Choice value=\"Positive\"/><Choice value=\"Negative\"/>"
			+ "</Choices></View>";

	private static String project(long id, String title) {
		return """
				{"id": %d, "title": "%s", "description": "Customer reviews, March batch",
				 "label_config": "<View/>", "color": "#FF8800", "maximum_annotations": 2,
				 "created_at": "2026-03-02T10:15:30.123456Z", "created_by": {"id": 3, "email": "ana@example.com"},
				 "task_number": 120, "num_tasks_with_annotations": 40, "is_published": false,
				 "control_weights": {"sentiment": {"type": "Choices", "labels": {"Positive": 1.0}, "overall": 1.0}},
				 "workspace": 4, "queue_total": 120, "some_future_field": [1, 2]}
				""".formatted(id, title);
	}

	@Test
	void listSendsFiltersAndWalksEveryPage() {
		stubFor(get(urlPathEqualTo("/api/projects/")).withQueryParam("page", equalTo("1"))
			.willReturn(okJson("""
					{"count": 3, "next": "http://localhost/api/projects/?page=2&page_size=2", "previous": null,
					 "results": [%s, %s]}
					""".formatted(project(1, "Reviews"), project(2, "Reviews II")))));
		stubFor(get(urlPathEqualTo("/api/projects/")).withQueryParam("page", equalTo("2"))
			.willReturn(okJson("""
					{"count": 3, "next": null, "previous": "http://localhost/api/projects/?page=1&page_size=2",
					 "results": [%s]}
					""".formatted(project(3, "Reviews III")))));

		Page<Project> page = client().projects()
			.list(ProjectListParams.builder().ordering("-created_at").ids(1, 2, 3).title("Reviews").pageSize(2).build());

		assertThat(page.items()).extracting(Project::id).containsExactly(1L, 2L);
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.stream().map(Project::title)).containsExactly("Reviews", "Reviews II", "Reviews III");
		verify(getRequestedFor(
				urlEqualTo("/api/projects/?ordering=-created_at&ids=1%2C2%2C3&title=Reviews&page=1&page_size=2")));
		verify(getRequestedFor(
				urlEqualTo("/api/projects/?ordering=-created_at&ids=1%2C2%2C3&title=Reviews&page=2&page_size=2")));
	}

	@Test
	void createSendsOnlyTheSetFields() {
		stubFor(post(urlEqualTo("/api/projects/")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(project(42, "Sentiment"))));

		Project created = client().projects()
			.create(ProjectCreate.builder()
				.title("Sentiment")
				.description("Customer reviews, March batch")
				.labelConfig(LABEL_CONFIG)
				.expertInstruction("<p>Pick one</p>")
				.showInstruction(true)
				.showSkipButton(false)
				.enableEmptyAnnotation(false)
				.showAnnotationHistory(true)
				.revealPreannotationsInteractively(true)
				.showCollabPredictions(false)
				.maximumAnnotations(2)
				.color("#FF8800")
				.controlWeights(Map.of("sentiment", Map.of("type", "Choices", "overall", 1.0)))
				.workspace(4L)
				.modelVersion("v3")
				.build());

		assertThat(created.id()).isEqualTo(42);
		assertThat(created.title()).isEqualTo("Sentiment");
		assertThat(created.taskNumber()).isEqualTo(120);
		assertThat(created.workspace()).isEqualTo(4);
		assertThat(created.controlWeights()).containsKey("sentiment");
		verify(postRequestedFor(urlEqualTo("/api/projects/")).withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"title": "Sentiment", "description": "Customer reviews, March batch",
					 "label_config": %s, "expert_instruction": "<p>Pick one</p>", "show_instruction": true,
					 "show_skip_button": false, "enable_empty_annotation": false, "show_annotation_history": true,
					 "reveal_preannotations_interactively": true, "show_collab_predictions": false,
					 "maximum_annotations": 2, "color": "#FF8800",
					 "control_weights": {"sentiment": {"type": "Choices", "overall": 1.0}},
					 "workspace": 4, "model_version": "v3"}
					""".formatted(quote(LABEL_CONFIG)))));
	}

	@Test
	void createWithTitleOnlySendsTitleOnly() {
		stubFor(post(urlEqualTo("/api/projects/")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(project(43, "Bare"))));

		client().projects().create(ProjectCreate.builder().title("Bare").build());

		verify(postRequestedFor(urlEqualTo("/api/projects/")).withRequestBody(equalToJson("{\"title\": \"Bare\"}")));
	}

	@Test
	void getReadsTheProject() {
		stubFor(get(urlEqualTo("/api/projects/42/")).willReturn(okJson(project(42, "Sentiment"))));

		Project project = client().projects().get(42, RequestOptions.builder().header("X-Tenant", "acme").build());

		assertThat(project.title()).isEqualTo("Sentiment");
		assertThat(project.maximumAnnotations()).isEqualTo(2);
		verify(getRequestedFor(urlEqualTo("/api/projects/42/")).withHeader("X-Tenant", equalTo("acme")));
	}

	@Test
	void deleteSendsDelete() {
		stubFor(delete(urlEqualTo("/api/projects/42/")).willReturn(aResponse().withStatus(204)));

		client().projects().delete(42);

		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/projects/42/")));
	}

	@Test
	void updateSendsOnlyTheChangedFields() {
		stubFor(patch(urlEqualTo("/api/projects/42/")).willReturn(okJson(project(42, "Sentiment v2"))));

		Project updated = client().projects()
			.update(42, ProjectUpdate.builder().title("Sentiment v2").maximumAnnotations(3).showSkipButton(true).build());

		assertThat(updated.title()).isEqualTo("Sentiment v2");
		verify(patchRequestedFor(urlEqualTo("/api/projects/42/")).withRequestBody(
				equalToJson("{\"title\": \"Sentiment v2\", \"maximum_annotations\": 3, \"show_skip_button\": true}")));
	}

	@Test
	void validateConfigSendsTheConfig() {
		stubFor(post(urlEqualTo("/api/projects/42/validate/"))
			.willReturn(okJson("{\"label_config\": " + quote(LABEL_CONFIG) + "}")));

		ProjectLabelConfig config = client().projects().validateConfig(42, LABEL_CONFIG);

		assertThat(config.labelConfig()).isEqualTo(LABEL_CONFIG);
		verify(postRequestedFor(urlEqualTo("/api/projects/42/validate/"))
			.withRequestBody(equalToJson("{\"label_config\": " + quote(LABEL_CONFIG) + "}")));
	}

	@Test
	void validateConfigRejectionIsABadRequest() {
		stubFor(post(urlEqualTo("/api/projects/42/validate/")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"id": "5b0f7c1e-0d7a-4f8e-9d59-3c1f2f3f9a10", "status_code": 400, "version": "1.20.0",
					 "detail": "Validation error",
					 "validation_errors": {"label_config": ["These fields are not present in the data: text"]}}
					""")));

		assertThatThrownBy(() -> client().projects().validateConfig(42, "<View><Text name=\"t\" value=\"$text\"/></View>"))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.getValidationErrors()).containsEntry("label_config",
						List.of("These fields are not present in the data: text"));
				assertThat(ex.getOperation()).isEqualTo("projects.validate_config");
			});
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> client().projects().delete(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> client().projects().validateConfig(1, " "))
			.withMessageContaining("labelConfig");
		assertThatIllegalArgumentException().isThrownBy(() -> client().projects().update(1, null))
			.withMessageContaining("update");
		assertThatIllegalArgumentException().isThrownBy(() -> client().projects().create(null))
			.withMessageContaining("project");
		verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
				com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
	}

	static String quote(String text) {
		return dev.labelstudio4j.client.internal.LabelStudioJson.get().writeString(text);
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() {
		stubFor(get(urlPathEqualTo("/api/projects/")).willReturn(okJson("{\"count\": 0, \"next\": null, \"results\": []}")));
		stubFor(post(urlEqualTo("/api/projects/")).willReturn(okJson(project(42, "Sentiment"))));
		stubFor(any(urlEqualTo("/api/projects/42/")).willReturn(okJson(project(42, "Sentiment"))));
		stubFor(post(urlEqualTo("/api/projects/42/validate/")).willReturn(okJson("{\"label_config\": \"<View/>\"}")));
		assertThat(taggedOperations((client) -> {
			client.projects().list();
			client.projects().create(ProjectCreate.builder().title("Sentiment").build());
			client.projects().get(42);
			client.projects().update(42, ProjectUpdate.builder().title("Sentiment").build());
			client.projects().delete(42);
			client.projects().validateConfig(42, "<View/>");
		})).containsExactly("projects.create", "projects.delete", "projects.get", "projects.list", "projects.update",
				"projects.validate_config");
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
