package dev.labelstudio4j.emulator;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.annotations.AnnotationBulkCreate;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.webhooks.Webhook;
import dev.labelstudio4j.client.webhooks.WebhookAction;
import dev.labelstudio4j.client.webhooks.WebhookActionInfo;
import dev.labelstudio4j.client.webhooks.WebhookCreate;
import dev.labelstudio4j.client.webhooks.WebhookUpdate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The emulator's webhooks: CRUD with the open-source server's rules, and real deliveries to a receiver (a
 * second WireMock server) when tasks, annotations and projects change through the API.
 */
class WebhooksTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private LabelStudioEmulator emulator;

	private LabelStudioClient client;

	private WireMockServer receiver;

	private Calls calls;

	@BeforeEach
	void start() {
		this.emulator = LabelStudioEmulator.start();
		this.client = this.emulator.client();
		this.calls = new Calls(this.client);
		this.receiver = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
		this.receiver.start();
		this.receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
	}

	@AfterEach
	void stop() {
		this.emulator.close();
		this.receiver.stop();
	}

	private String hook() {
		return "http://127.0.0.1:" + this.receiver.port() + "/hook";
	}

	@Test
	void crudFollowsTheServersRules() {
		long project = this.calls.createProject("P", Calls.SENTIMENT_CONFIG);
		long other = this.calls.createProject("Q", Calls.SENTIMENT_CONFIG);
		Webhook created = this.client.webhooks().create(WebhookCreate.builder(hook()).project(project)
			.sendForAllActions(false).actions(WebhookAction.ANNOTATION_CREATED)
			.headers(Map.of("X-Secret", "s")).build());
		assertThat(created.id()).isEqualTo(1);
		assertThat(created.project()).isEqualTo(project);
		assertThat(created.organization()).isEqualTo(1);
		assertThat(created.sendPayload()).isTrue();
		assertThat(created.isActive()).isTrue();
		assertThat(created.headers()).containsExactly(Map.entry("X-Secret", "s"));
		assertThat(created.actions()).containsExactly(WebhookAction.ANNOTATION_CREATED);
		assertThat(created.createdAt()).isNotNull();
		this.client.webhooks().create(WebhookCreate.builder(hook()).project(other).build());
		assertThat(this.client.webhooks().list()).extracting(Webhook::id).containsExactly(1L, 2L);
		assertThat(this.client.webhooks().list(other)).extracting(Webhook::id).containsExactly(2L);
		assertThat(this.client.webhooks().listOrganizationLevel()).isEmpty();

		// a PATCH without actions empties them; the project is read-only
		this.calls.map(ApiRequest.patch("webhooks.update", "/api/webhooks/{id}/").path("id", 1)
			.jsonBody(Map.of("is_active", false, "project", other)));
		Webhook patched = this.client.webhooks().get(1);
		assertThat(patched.actions()).isEmpty();
		assertThat(patched.isActive()).isFalse();
		assertThat(patched.project()).isEqualTo(project);
		Webhook updated = this.client.webhooks().update(1,
				WebhookUpdate.builder(WebhookAction.ANNOTATION_UPDATED).isActive(true).build());
		assertThat(updated.actions()).containsExactly(WebhookAction.ANNOTATION_UPDATED);

		this.client.webhooks().delete(2);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.webhooks().get(2));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.webhooks().delete(2));
	}

	@Test
	void organizationLevelWebhooksAreRefusedLikeOnOpenSource() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.client.webhooks().create(WebhookCreate.builder(hook()).build()))
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo("Project not found."));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.client.webhooks().create(WebhookCreate.builder(hook()).project(99).build()))
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo("Project not found."));
	}

	@Test
	void projectWebhookWithAnOrganizationOnlyActionIsA400() {
		long project = this.calls.createProject("P", Calls.SENTIMENT_CONFIG);
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.calls.map(
				ApiRequest.post("webhooks.create", "/api/webhooks/")
					.jsonBody(Map.of("url", hook(), "project", project, "actions", List.of("PROJECT_DELETED")))))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsEntry("non_field_errors",
					List.of("Project webhook can't contain organization-only action.")));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.calls.map(
				ApiRequest.post("webhooks.create", "/api/webhooks/")
					.jsonBody(Map.of("url", hook(), "project", project, "actions", List.of("NO_SUCH_ACTION")))))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsKey("actions"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.calls.map(
				ApiRequest.post("webhooks.create", "/api/webhooks/")
					.jsonBody(Map.of("url", hook(), "project", project, "headers", Map.of("Bad Name", "x")))))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsKey("headers"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.calls.map(
				ApiRequest.post("webhooks.create", "/api/webhooks/")
					.jsonBody(Map.of("project", project))))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsEntry("url",
					List.of("This field is required.")));
		assertThat(this.client.webhooks().list()).isEmpty();
	}

	@Test
	void infoListsTheActionsWithoutAuthentication() {
		Map<String, WebhookActionInfo> all = LabelStudioClient.create(this.emulator.baseUrl(), "wrong-key")
			.webhooks().info();
		assertThat(all).hasSize(12).containsEntry("ANNOTATIONS_CREATED",
				WebhookActionInfo.builder()
					.name("Annotations created")
					.description("")
					.key("annotation")
					.organizationOnly(false)
					.build());
		assertThat(this.client.webhooks().info(true)).containsOnlyKeys("PROJECT_CREATED", "PROJECT_DELETED");
		assertThat(this.client.webhooks().info(false)).hasSize(10).doesNotContainKey("PROJECT_CREATED");
	}

	@Test
	void bulkAnnotationsAreDeliveredAsOneAnnotationsCreatedWithLists() throws Exception {
		long project = this.calls.createProject("P", Calls.SENTIMENT_CONFIG);
		this.calls.importTasks(project, List.of(Map.of("text", "good"), Map.of("text", "bad")));
		this.client.webhooks().create(WebhookCreate.builder(hook()).project(project).sendForAllActions(false)
			.actions(WebhookAction.ANNOTATIONS_CREATED).build());
		List<Long> created = this.client.annotations()
			.createBulk(AnnotationBulkCreate.builder()
				.tasks(List.of(1L, 2L))
				.project(project)
				.result(List.of(Calls.choice("Positive")))
				.build());
		this.emulator.awaitWebhookDeliveries();

		List<LoggedRequest> requests = this.receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
		assertThat(requests).hasSize(1);
		Map<?, ?> body = this.json.readValue(requests.get(0).getBody(), Map.class);
		assertThat(body.get("action")).isEqualTo("ANNOTATIONS_CREATED");
		assertThat((List<?>) body.get("annotation")).extracting((a) -> ((Number) obj(a).get("id")).longValue())
			.containsExactlyElementsOf(created);
		assertThat((List<?>) body.get("task")).extracting((t) -> obj(t).get("id")).containsExactly(1, 2);
		assertThat(obj(body.get("project"))).containsEntry("id", (int) project);
	}

	@Test
	void annotationCreatedIsDeliveredWithThePayloadAndCustomHeaders() throws Exception {
		long project = this.calls.createProject("P", Calls.SENTIMENT_CONFIG);
		this.calls.importTasks(project, List.of(Map.of("text", "good")));
		this.client.webhooks().create(WebhookCreate.builder(hook()).project(project).sendForAllActions(false)
			.actions(WebhookAction.ANNOTATION_CREATED).headers(Map.of("X-LabelStudio-Secret", "s3cr3t")).build());
		Map<String, Object> annotation = this.calls.createAnnotation(1,
				Map.of("result", List.of(Calls.choice("Positive"))));
		this.emulator.awaitWebhookDeliveries();

		this.receiver.verify(1, postRequestedFor(urlEqualTo("/hook"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("X-LabelStudio-Secret", equalTo("s3cr3t")));
		LoggedRequest request = this.receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
		Map<?, ?> body = this.json.readValue(request.getBody(), Map.class);
		assertThat(body.get("action")).isEqualTo("ANNOTATION_CREATED");
		assertThat(obj(body.get("annotation"))).containsEntry("id", ((Number) annotation.get("id")).intValue())
			.containsEntry("task", 1);
		assertThat(obj(body.get("task"))).containsEntry("id", 1).containsEntry("is_labeled", true);
		assertThat(obj(body.get("project"))).containsEntry("id", (int) project)
			.containsEntry("total_annotations_number", 1);
		assertThat(this.emulator.webhookDeliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.action()).isEqualTo("ANNOTATION_CREATED");
			assertThat(delivery.succeeded()).isTrue();
			assertThat(delivery.webhook()).isEqualTo(1);
			assertThat(delivery.toString()).doesNotContain("s3cr3t");
		});
	}

	@Test
	void everyChangeFiresItsActionInOrder() throws Exception {
		long project = this.calls.createProject("P", Calls.SENTIMENT_CONFIG);
		this.client.webhooks().create(WebhookCreate.builder(hook()).project(project).build());
		this.calls.importTasks(project, List.of(Map.of("text", "a"), Map.of("text", "b")));
		this.calls.createAnnotation(1, Map.of("result", List.of(Calls.choice("Positive"))));
		this.calls.map(ApiRequest.patch("annotations.update", "/api/annotations/{id}/")
			.path("id", 1).jsonBody(Map.of("ground_truth", true)));
		this.calls.none(ApiRequest.delete("annotations.delete", "/api/annotations/{id}/")
			.path("id", 1));
		this.calls.none(ApiRequest.delete("tasks.delete", "/api/tasks/{id}/")
			.path("id", 2));
		this.calls.map(ApiRequest.patch("projects.update", "/api/projects/{id}/")
			.path("id", project).jsonBody(Map.of("title", "Renamed")));
		this.emulator.awaitWebhookDeliveries();

		List<WebhookDelivery> deliveries = this.emulator.webhookDeliveries();
		assertThat(deliveries).extracting(WebhookDelivery::action).containsExactly("TASKS_CREATED",
				"ANNOTATION_CREATED", "ANNOTATION_UPDATED", "ANNOTATIONS_DELETED", "TASKS_DELETED", "PROJECT_UPDATED");
		Map<?, ?> tasksCreated = this.json.readValue(deliveries.get(0).body(), Map.class);
		assertThat((List<?>) tasksCreated.get("tasks")).hasSize(2);
		assertThat(this.json.readValue(deliveries.get(3).body(), Map.class).get("annotations"))
			.isEqualTo(List.of(Map.of("id", 1)));
		assertThat(this.json.readValue(deliveries.get(4).body(), Map.class).get("tasks"))
			.isEqualTo(List.of(Map.of("id", 2)));
		assertThat(obj(this.json.readValue(deliveries.get(5).body(), Map.class).get("project")))
			.containsEntry("title", "Renamed");
		// PROJECT_CREATED and PROJECT_DELETED are organization-only: no project webhook fires for them
		this.calls.none(ApiRequest.delete("projects.delete", "/api/projects/{id}/")
			.path("id", project));
		this.emulator.awaitWebhookDeliveries();
		assertThat(this.emulator.webhookDeliveries()).hasSize(6);
	}

	@Test
	void withoutPayloadOnlyTheActionIsSentAndInactiveOrOtherWebhooksStayQuiet() throws Exception {
		long project = this.calls.createProject("P", Calls.SENTIMENT_CONFIG);
		long other = this.calls.createProject("Q", Calls.SENTIMENT_CONFIG);
		this.calls.importTasks(project, List.of(Map.of("text", "a")));
		this.client.webhooks().create(WebhookCreate.builder(hook()).project(project).sendPayload(false).build());
		this.client.webhooks().create(WebhookCreate.builder(hook() + "?inactive").project(project).isActive(false)
			.build());
		this.client.webhooks().create(WebhookCreate.builder(hook() + "?other").project(other).build());
		this.client.webhooks().create(WebhookCreate.builder(hook() + "?tasks").project(project)
			.sendForAllActions(false).actions(WebhookAction.TASKS_CREATED).build());
		this.calls.createAnnotation(1, Map.of("result", List.of(Calls.choice("Positive"))));
		this.emulator.awaitWebhookDeliveries();
		assertThat(this.emulator.webhookDeliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.url()).isEqualTo(hook());
			assertThat(delivery.body()).isEqualTo("{\"action\":\"ANNOTATION_CREATED\"}");
		});
	}

	@Test
	void aReceiverThatIsDownOrSlowIsTriedOnceWithinOneSecond() {
		long project = this.calls.createProject("P", Calls.SENTIMENT_CONFIG);
		this.receiver.stubFor(post(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
		this.client.webhooks().create(WebhookCreate.builder(hook().replace("/hook", "/slow")).project(project).build());
		this.calls.importTasks(project, List.of(Map.of("text", "a")));
		this.emulator.awaitWebhookDeliveries();
		assertThat(this.emulator.webhookDeliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.status()).isZero();
			assertThat(delivery.failure()).isEqualTo("HttpTimeoutException");
			assertThat(delivery.succeeded()).isFalse();
		});
		this.receiver.verify(1, postRequestedFor(urlEqualTo("/slow")));
	}

	@Test
	void resetForgetsWebhooksAndDeliveries() {
		long project = this.calls.createProject("P", Calls.SENTIMENT_CONFIG);
		this.client.webhooks().create(WebhookCreate.builder(hook()).project(project).build());
		this.calls.importTasks(project, List.of(Map.of("text", "a")));
		this.emulator.awaitWebhookDeliveries();
		assertThat(this.emulator.webhookDeliveries()).hasSize(1);
		this.emulator.reset();
		assertThat(this.emulator.webhookDeliveries()).isEmpty();
		assertThat(this.emulator.client().webhooks().list()).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> obj(Object value) {
		return (Map<String, Object>) value;
	}

}
