package dev.labelstudio4j.client.webhooks;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
 * Wire tests for {@link WebhooksClient}.
 */
class WebhooksClientTests extends WireMockTestBase {

	private static final String SECRET = "s3cr3t-webhook-value";

	private static final String WEBHOOK_7 = """
			{"id": 7, "organization": 1, "project": 12, "url": "https://hooks.example.com/ls",
			 "send_payload": true, "send_for_all_actions": false,
			 "headers": {"X-LabelStudio-Secret": "%s"}, "is_active": true,
			 "actions": ["ANNOTATION_CREATED", "REVIEW_CREATED"],
			 "created_at": "2026-01-10T12:00:00.123456Z", "updated_at": "2026-01-10T12:00:01Z",
			 "consecutive_failures": 2, "added_by_a_newer_server": {"x": 1}}""".formatted(SECRET);

	private final LabelStudioClient client = client();

	@Test
	void listSendsGetWithoutQuery() {
		stubFor(get(urlEqualTo("/api/webhooks/")).willReturn(okJson("[" + WEBHOOK_7 + "]")));
		List<Webhook> webhooks = this.client.webhooks().list();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/webhooks/")).withHeader("Authorization",
				equalTo("Token " + API_KEY)));
		assertThat(webhooks).singleElement().satisfies(WebhooksClientTests::assertWebhook7);
	}

	@Test
	void listForProjectSendsProjectQuery() {
		stubFor(get(urlPathEqualTo("/api/webhooks/")).willReturn(okJson("[" + WEBHOOK_7 + "]")));
		assertThat(this.client.webhooks().list(12)).extracting(Webhook::id).containsExactly(7L);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/webhooks/?project=12")));
	}

	@Test
	void listOrganizationLevelSendsIsnull() {
		stubFor(get(urlPathEqualTo("/api/webhooks/"))
			.willReturn(okJson("[{\"id\": 3, \"project\": null, \"url\": \"https://h.example.com/\"}]")));
		List<Webhook> webhooks = this.client.webhooks().listOrganizationLevel();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/webhooks/?project=isnull")));
		assertThat(webhooks).singleElement().satisfies((webhook) -> {
			assertThat(webhook.isOrganizationLevel()).isTrue();
			assertThat(webhook.headers()).isNull();
		});
	}

	@Test
	void createSendsPostWithEveryFieldSet() {
		stubFor(post(urlEqualTo("/api/webhooks/")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(WEBHOOK_7)));
		Webhook webhook = this.client.webhooks()
			.create(WebhookCreate.builder("https://hooks.example.com/ls")
				.project(12)
				.sendPayload(true)
				.sendForAllActions(false)
				.headers(Map.of("X-LabelStudio-Secret", SECRET))
				.isActive(true)
				.actions(WebhookAction.ANNOTATION_CREATED, WebhookAction.of("REVIEW_CREATED"))
				.build());
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/webhooks/"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"project": 12, "url": "https://hooks.example.com/ls", "send_payload": true,
					 "send_for_all_actions": false, "headers": {"X-LabelStudio-Secret": "%s"},
					 "is_active": true, "actions": ["ANNOTATION_CREATED", "REVIEW_CREATED"]}""".formatted(SECRET))));
		assertWebhook7(webhook);
	}

	@Test
	void createWithOnlyUrlSendsOnlyUrl() {
		stubFor(post(urlEqualTo("/api/webhooks/")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": 9, \"project\": 4, \"url\": \"https://h.example.com/x\"}")));
		this.client.webhooks().create(WebhookCreate.builder("https://h.example.com/x").project(4).build());
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/webhooks/"))
			.withRequestBody(equalToJson("{\"project\": 4, \"url\": \"https://h.example.com/x\"}")));
	}

	@Test
	void createOrganizationLevelOnOpenSourceIsNotFound() {
		stubFor(post(urlEqualTo("/api/webhooks/")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Project not found.\"}")));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.client.webhooks().create(WebhookCreate.builder("https://h.example.com/x").build()))
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo("Project not found."));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/webhooks/"))
			.withRequestBody(equalToJson("{\"url\": \"https://h.example.com/x\"}")));
	}

	@Test
	void infoSendsGetWithoutQueryAndReadsActionsByName() {
		stubFor(get(urlEqualTo("/api/webhooks/info/")).willReturn(okJson("""
				{"PROJECT_CREATED": {"name": "Project created", "description": "", "key": "project",
				                     "organization-only": true},
				 "ANNOTATION_CREATED": {"name": "Annotation created", "description": "", "key": "annotation",
				                        "organization-only": false}}""")));
		Map<String, WebhookActionInfo> info = this.client.webhooks().info();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/webhooks/info/")));
		assertThat(info).containsOnlyKeys("PROJECT_CREATED", "ANNOTATION_CREATED");
		assertThat(info.get("PROJECT_CREATED"))
			.isEqualTo(WebhookActionInfo.builder()
				.name("Project created")
				.description("")
				.key("project")
				.organizationOnly(true)
				.build());
		assertThat(info.get("ANNOTATION_CREATED").organizationOnly()).isFalse();
	}

	@Test
	void infoSendsOrganizationOnlyInLowerCase() {
		stubFor(get(urlPathEqualTo("/api/webhooks/info/")).willReturn(okJson("{}")));
		this.client.webhooks().info(true);
		this.client.webhooks().info(false);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/webhooks/info/?organization-only=true")));
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/webhooks/info/?organization-only=false")));
	}

	@Test
	void getSendsGetWithId() {
		stubFor(get(urlEqualTo("/api/webhooks/7/")).willReturn(okJson(WEBHOOK_7)));
		assertWebhook7(this.client.webhooks().get(7));
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/webhooks/7/")));
	}

	@Test
	void updateAlwaysSendsTheFullActionList() {
		stubFor(patch(urlEqualTo("/api/webhooks/7/")).willReturn(okJson(WEBHOOK_7)));
		this.client.webhooks().update(7, WebhookUpdate.builder(List.of()).isActive(false).build());
		verify(exactly(1), patchRequestedFor(urlEqualTo("/api/webhooks/7/"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"is_active\": false, \"actions\": []}")));
	}

	@Test
	void updateFromWebhookKeepsItsActions() {
		stubFor(get(urlEqualTo("/api/webhooks/7/")).willReturn(okJson(WEBHOOK_7)));
		stubFor(patch(urlEqualTo("/api/webhooks/7/")).willReturn(okJson(WEBHOOK_7)));
		Webhook current = this.client.webhooks().get(7);
		this.client.webhooks().update(7, WebhookUpdate.from(current).url("https://hooks.example.com/v2")
			.headers(Map.of("X-LabelStudio-Secret", "rotated"))
			.build());
		verify(exactly(1), patchRequestedFor(urlEqualTo("/api/webhooks/7/")).withRequestBody(equalToJson("""
				{"url": "https://hooks.example.com/v2", "headers": {"X-LabelStudio-Secret": "rotated"},
				 "actions": ["ANNOTATION_CREATED", "REVIEW_CREATED"]}""")));
	}

	@Test
	void updateFromAWebhookWhoseActionsDriftedRefusesRatherThanClearThem() {
		assertThat(WebhookUpdate.from(Webhook.builder().id(7).build()).build().actions()).isEmpty();
		stubFor(get(urlEqualTo("/api/webhooks/8/"))
			.willReturn(okJson("{\"id\": 8, \"actions\": [\"ANNOTATION_CREATED\", {\"name\": \"REVIEW_CREATED\"}]}")));
		Webhook webhook = this.client.webhooks().get(8);
		assertThat(webhook.actions()).containsExactly(WebhookAction.ANNOTATION_CREATED);
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUpdate.from(webhook))
			.withMessage("webhook has actions that are not a list of names; "
					+ "set the actions with WebhookUpdate.builder(List) instead");
	}

	@Test
	void deleteSendsDeleteWithId() {
		stubFor(delete(urlEqualTo("/api/webhooks/7/")).willReturn(aResponse().withStatus(204)));
		this.client.webhooks().delete(7);
		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/webhooks/7/")));
	}

	@Test
	void projectWebhookWithOrganizationOnlyActionIsRefusedByTheServer() {
		stubFor(post(urlEqualTo("/api/webhooks/")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("[\"Project webhook can't contain organization-only action.\"]")));
		// a name the client does not know as organization-only reaches the server, which refuses it
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.client.webhooks()
			.create(WebhookCreate.builder("https://h.example.com/x")
				.project(4)
				.sendForAllActions(false)
				.actions(WebhookAction.of("REVIEW_CREATED"))
				.build()));
	}

	@Test
	void badArgumentsFailBeforeAnyRequest() {
		WebhooksClient webhooks = this.client.webhooks();
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks.list(0)).withMessageContaining("project");
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks.get(-1)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks.delete(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks.create(null)).withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks.update(0, WebhookUpdate.builder(List.of()).build()))
			.withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> webhooks.update(1, null))
			.withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookCreate.builder(" "))
			.withMessageContaining("url");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookCreate.builder("https://h/" + "x".repeat(2048)))
			.withMessageContaining("url must be at most 2048");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookCreate.builder("https://h.example.com/")
			.project(3)
			.actions(WebhookAction.ANNOTATION_CREATED, WebhookAction.PROJECT_CREATED)
			.build()).withMessage("actions must not contain the organization-only action PROJECT_CREATED in a project webhook");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookAction.of(""))
			.withMessageContaining("value");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUpdate.builder(null))
			.withMessageContaining("actions");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void headersFollowTheServersRulesBeforeAnyRequest() {
		Map<String, String> eleven = new LinkedHashMap<>();
		for (int i = 0; i < 11; i++) {
			eleven.put("H" + i, "v");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookCreate.builder("https://h.example.com/")
			.headers(eleven)).withMessage("headers must hold at most 10 headers but holds 11");
		Map<String, String> ten = new LinkedHashMap<>(eleven);
		ten.remove("H10");
		assertThat(WebhookCreate.builder("https://h.example.com/").headers(ten).build().headers()).hasSize(10);
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUpdate.builder(List.of())
			.headers(Map.of("Bad Header", SECRET)))
			.withMessage("headers has a header name that does not match [a-zA-Z0-9-_]+: 'Bad Header'")
			.withMessageNotContaining(SECRET);
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUpdate.builder(List.of())
			.headers(Map.of("X:Secret", SECRET))).withMessageContaining("'X:Secret'");
		Map<String, String> nullValue = new LinkedHashMap<>();
		nullValue.put("X-Secret", null);
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookUpdate.builder(List.of()).headers(nullValue))
			.withMessage("headers has a null value for header 'X-Secret'");
		assertThat(WebhookUpdate.builder(List.of()).headers(Map.of("a_B-9", "x")).build().headers())
			.containsEntry("a_B-9", "x");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void toStringMasksHeaderValues() {
		stubFor(get(urlEqualTo("/api/webhooks/7/")).willReturn(okJson(WEBHOOK_7)));
		Webhook webhook = this.client.webhooks().get(7);
		assertThat(webhook.toString()).contains("X-LabelStudio-Secret=***").doesNotContain(SECRET);
		WebhookCreate create = WebhookCreate.builder("https://h.example.com/")
			.headers(Map.of("X-LabelStudio-Secret", SECRET))
			.build();
		assertThat(create.toString()).contains("X-LabelStudio-Secret=***").doesNotContain(SECRET);
		WebhookUpdate update = WebhookUpdate.from(webhook).build();
		assertThat(update.toString()).doesNotContain(SECRET);
		assertThat(update.headers()).isNull();
	}

	@Test
	void unknownActionsAreKept() {
		WebhookAction review = WebhookAction.of("REVIEW_CREATED");
		assertThat(review.isKnown()).isFalse();
		assertThat(review.value()).isEqualTo("REVIEW_CREATED");
		assertThat(review).isEqualTo(WebhookAction.of("REVIEW_CREATED")).hasToString("REVIEW_CREATED");
		assertThat(WebhookAction.of("ANNOTATION_CREATED")).isSameAs(WebhookAction.ANNOTATION_CREATED);
		assertThat(WebhookAction.knownValues()).hasSize(12).allMatch(WebhookAction::isKnown);
		assertThat(WebhookAction.knownValues()).filteredOn(WebhookAction::isOrganizationOnly)
			.containsExactly(WebhookAction.PROJECT_CREATED, WebhookAction.PROJECT_DELETED);
	}

	private static void assertWebhook7(Webhook webhook) {
		assertThat(webhook.id()).isEqualTo(7);
		assertThat(webhook.organization()).isEqualTo(1);
		assertThat(webhook.project()).isEqualTo(12);
		assertThat(webhook.isOrganizationLevel()).isFalse();
		assertThat(webhook.url()).isEqualTo("https://hooks.example.com/ls");
		assertThat(webhook.sendPayload()).isTrue();
		assertThat(webhook.sendForAllActions()).isFalse();
		assertThat(webhook.headers()).containsExactly(Map.entry("X-LabelStudio-Secret", SECRET));
		assertThat(webhook.isActive()).isTrue();
		assertThat(webhook.actions()).containsExactly(WebhookAction.ANNOTATION_CREATED,
				WebhookAction.of("REVIEW_CREATED"));
		assertThat(webhook.createdAt()).isEqualTo(OffsetDateTime.parse("2026-01-10T12:00:00.123456Z"));
		assertThat(webhook.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-01-10T12:00:01Z"));
		assertThat(webhook.consecutiveFailures()).isEqualTo(2);
	}

}
