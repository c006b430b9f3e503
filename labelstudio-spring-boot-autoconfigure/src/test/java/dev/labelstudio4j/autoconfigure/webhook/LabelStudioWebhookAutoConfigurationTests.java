package dev.labelstudio4j.autoconfigure.webhook;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.servlet.function.RouterFunction;

import dev.labelstudio4j.autoconfigure.InvalidLabelStudioConfigurationException;
import dev.labelstudio4j.autoconfigure.LabelStudioAutoConfiguration;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.webhooks.Webhook;
import dev.labelstudio4j.client.webhooks.WebhookAction;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LabelStudioWebhookAutoConfiguration}: when the receiver is on, back-off, settings that stop
 * the start-up, and the registration of the application's webhook.
 */
class LabelStudioWebhookAutoConfigurationTests {

	private static final String SECRET = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";

	@RegisterExtension
	static final WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class,
				LabelStudioWebhookAutoConfiguration.class));

	@Test
	void offWithoutSecret() {
		this.web.run((context) -> assertThat(context).doesNotHaveBean(WebhookEventDispatcher.class)
			.doesNotHaveBean("labelStudioWebhookRouterFunction")
			.doesNotHaveBean("labelStudioWebhookSecretSanitizingFunction"));
	}

	@Test
	void onInServletApplicationWithSecret() {
		this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				assertThat(context).hasSingleBean(WebhookEventDispatcher.class)
					.hasBean("labelStudioWebhookRouterFunction")
					.hasBean("labelStudioWebhookSecretSanitizingFunction")
					.doesNotHaveBean(WebhookRegistrar.class);
				assertThat(context.getBean(RouterFunction.class).toString()).contains("/labelstudio/webhook");
				assertThat(context.getBean(WebhookMetrics.class)).isInstanceOf(WebhookMetrics.Micrometer.class);
				assertThat(context.getBean(LabelStudioWebhookProperties.class).toString()).doesNotContain(SECRET);
			});
	}

	@Test
	void noReceiverOutsideAServletApplicationButTheSecretIsStillSanitized() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LabelStudioWebhookAutoConfiguration.class))
			.withPropertyValues("labelstudio.webhook.secret=" + SECRET)
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookEventDispatcher.class)
				.hasBean("labelStudioWebhookSecretSanitizingFunction"));
	}

	@Test
	void noReceiverWithoutSpringMvc() {
		this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET)
			.withClassLoader(new FilteredClassLoader(RouterFunction.class))
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookEventDispatcher.class));
	}

	@Test
	void countsNothingWithoutMicrometer() {
		this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasSingleBean(WebhookEventDispatcher.class)
				.doesNotHaveBean(WebhookMetrics.class));
	}

	@Test
	void customPathAndHeader() {
		this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET, "labelstudio.webhook.path=/hooks/ls",
				"labelstudio.webhook.secret-header=Authorization")
			.run((context) -> assertThat(context.getBean(RouterFunction.class).toString()).contains("/hooks/ls"));
	}

	@Test
	void secretIsSanitizedInEveryRelaxedForm() {
		this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET).run((context) -> {
			SanitizingFunction function = context.getBean("labelStudioWebhookSecretSanitizingFunction",
					SanitizingFunction.class);
			for (String key : List.of("labelstudio.webhook.secret", "LABELSTUDIO_WEBHOOK_SECRET",
					"labelstudio.webhook.Secret")) {
				SanitizableData data = new SanitizableData(null, key, SECRET);
				assertThat(function.filter().test(data)).as(key).isTrue();
				assertThat(function.apply(data).getValue()).as(key).isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
			for (String key : List.of("labelstudio.webhook.secret-header", "labelstudio.webhook.path", "secret")) {
				assertThat(function.filter().test(new SanitizableData(null, key, "x"))).as(key).isFalse();
			}
		});
	}

	@Test
	void badSettingsStopTheStartUpNamingTheProperty() {
		assertFails(this.web.withPropertyValues("labelstudio.webhook.secret= "), "labelstudio.webhook.secret");
		assertFails(this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET,
				"labelstudio.webhook.secret-header=X Secret"), "labelstudio.webhook.secret-header");
		assertFails(this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET,
				"labelstudio.webhook.path=hook"), "labelstudio.webhook.path");
		assertFails(this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET,
				"labelstudio.webhook.listeners.threads=0"), "labelstudio.webhook.listeners.threads");
		assertFails(this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET,
				"labelstudio.webhook.listeners.queue-capacity=0"), "labelstudio.webhook.listeners.queue-capacity");
		assertFails(this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET,
				"labelstudio.webhook.max-body-size=0"), "labelstudio.webhook.max-body-size");
		assertFails(this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET,
				"labelstudio.webhook.register.project=3", "labelstudio.webhook.register.url=http://app/hook"),
				"labelstudio.url");
		assertFails(this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET, "labelstudio.url=" + wm.baseUrl(),
				"labelstudio.api-key=k", "labelstudio.webhook.register.project=3"), "labelstudio.webhook.register.url");
		assertFails(this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET, "labelstudio.url=" + wm.baseUrl(),
				"labelstudio.api-key=k", "labelstudio.webhook.register.project=3",
				"labelstudio.webhook.register.url=http://app/hook", "labelstudio.webhook.register.actions=PROJECT_CREATED"),
				"labelstudio.webhook.register.actions");
	}

	private static void assertFails(WebApplicationContextRunner runner, String property) {
		runner.run((context) -> {
			assertThat(context).hasFailed();
			Throwable cause = context.getStartupFailure();
			while (cause != null && !(cause instanceof InvalidLabelStudioConfigurationException)) {
				cause = cause.getCause();
			}
			assertThat(cause).as("cause of " + context.getStartupFailure()).isNotNull();
			assertThat(((InvalidLabelStudioConfigurationException) cause).getProperty()).isEqualTo(property);
			assertThat(cause.getMessage()).doesNotContain(SECRET);
		});
	}

	@Test
	void registrarIsOnWithProjectAndUrl() {
		this.web.withPropertyValues("labelstudio.webhook.secret=" + SECRET, "labelstudio.url=" + wm.baseUrl(),
				"labelstudio.api-key=k", "labelstudio.webhook.register.project=3",
				"labelstudio.webhook.register.url=http://app.example.com:${local.server.port:8080}/labelstudio/webhook",
				"labelstudio.webhook.register.actions=ANNOTATION_CREATED,ANNOTATION_UPDATED")
			.run((context) -> assertThat(context).hasSingleBean(WebhookRegistrar.class));
	}

	@Test
	void registrationCreatesTheWebhookWhenNoneHasTheUrl() {
		wm.stubFor(get(urlPathEqualTo("/api/webhooks/")).willReturn(okJson(
				"[{\"id\": 4, \"project\": 3, \"url\": \"https://other.example.com/\", \"headers\": {}}]")));
		wm.stubFor(post(urlEqualTo("/api/webhooks/")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": 5, \"project\": 3, \"url\": \"https://app.example.com/labelstudio/webhook\"}")));
		Webhook webhook = registrar(List.of()).register("https://app.example.com/labelstudio/webhook");
		assertThat(webhook.id()).isEqualTo(5);
		wm.verify(exactly(1), postRequestedFor(urlEqualTo("/api/webhooks/")).withRequestBody(equalToJson("""
				{"project": 3, "url": "https://app.example.com/labelstudio/webhook", "send_payload": true,
				 "send_for_all_actions": true, "actions": [], "is_active": true,
				 "headers": {"X-LabelStudio-Secret": "%s"}}""".formatted(SECRET))));
		wm.verify(exactly(1), getRequestedFor(urlEqualTo("/api/webhooks/?project=3")));
		wm.resetAll();
	}

	@Test
	void registrationUpdatesTheWebhookWithTheUrlWhenItDiffersAndKeepsOtherHeaders() {
		wm.stubFor(get(urlPathEqualTo("/api/webhooks/")).willReturn(okJson("""
				[{"id": 6, "project": 3, "url": "https://app.example.com/labelstudio/webhook", "is_active": false,
				  "send_payload": true, "send_for_all_actions": true, "actions": [],
				  "headers": {"X-LabelStudio-Secret": "old", "X-Tenant": "t1"}}]""")));
		wm.stubFor(patch(urlEqualTo("/api/webhooks/6/")).willReturn(okJson("{\"id\": 6, \"project\": 3}")));
		registrar(List.of(WebhookAction.ANNOTATION_CREATED)).register("https://app.example.com/labelstudio/webhook");
		wm.verify(exactly(1), patchRequestedFor(urlEqualTo("/api/webhooks/6/")).withRequestBody(equalToJson("""
				{"send_payload": true, "send_for_all_actions": false, "actions": ["ANNOTATION_CREATED"],
				 "is_active": true, "headers": {"X-LabelStudio-Secret": "%s", "X-Tenant": "t1"}}""".formatted(SECRET))));
		wm.resetAll();
	}

	@Test
	void registrationSendsNothingWhenTheWebhookIsAsWanted() {
		wm.stubFor(get(urlPathEqualTo("/api/webhooks/")).willReturn(okJson("""
				[{"id": 6, "project": 3, "url": "https://app.example.com/labelstudio/webhook", "is_active": true,
				  "send_payload": true, "send_for_all_actions": false, "actions": ["ANNOTATION_CREATED"],
				  "headers": {"X-LabelStudio-Secret": "%s"}}]""".formatted(SECRET))));
		Webhook webhook = registrar(List.of(WebhookAction.ANNOTATION_CREATED))
			.register("https://app.example.com/labelstudio/webhook");
		assertThat(webhook.id()).isEqualTo(6);
		assertThat(wm.getAllServeEvents()).hasSize(1);
		wm.verify(exactly(0), postRequestedFor(urlEqualTo("/api/webhooks/")));
		wm.resetAll();
	}

	@Test
	void registrationResolvesPlaceholdersWhenReadyAndSurvivesAnUnreachableServer() {
		wm.stubFor(get(urlPathEqualTo("/api/webhooks/")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Not found.\"}")));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new org.springframework.core.env.MapPropertySource("test", Map.of("local.server.port", 4321)));
		WebhookRegistrar registrar = new WebhookRegistrar(client().webhooks(), environment, 3,
				"http://127.0.0.1:${local.server.port}/labelstudio/webhook", List.of(), "X-LabelStudio-Secret", SECRET);
		registrar.onApplicationEvent(null);
		wm.verify(exactly(1), getRequestedFor(urlEqualTo("/api/webhooks/?project=3")));
		assertThat(registrar.toString()).doesNotContain(SECRET);
		wm.resetAll();
	}

	private WebhookRegistrar registrar(List<WebhookAction> actions) {
		return new WebhookRegistrar(client().webhooks(), new StandardEnvironment(), 3,
				"https://app.example.com/labelstudio/webhook", actions, "X-LabelStudio-Secret", SECRET);
	}

	private static LabelStudioClient client() {
		return LabelStudioClient.builder().baseUrl(wm.baseUrl()).apiKey("k").build();
	}

}
