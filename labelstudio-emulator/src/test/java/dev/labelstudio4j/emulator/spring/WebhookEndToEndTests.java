package dev.labelstudio4j.emulator.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.webhooks.Webhook;
import dev.labelstudio4j.client.webhooks.WebhookAction;
import dev.labelstudio4j.client.webhooks.events.AnnotationCreatedEvent;
import dev.labelstudio4j.client.webhooks.events.WebhookEvent;
import dev.labelstudio4j.emulator.LabelStudioEmulator;
import dev.labelstudio4j.emulator.WebhookDelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole loop through the emulator: the application registers its webhook on start-up, an annotation is
 * created through the API, the emulator POSTs {@code ANNOTATION_CREATED} with the secret header, and the
 * application's listener receives an {@link AnnotationCreatedEvent}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "labelstudio.webhook.secret=" + WebhookEndToEndTests.SECRET,
				"labelstudio.webhook.register.project=1",
				"labelstudio.webhook.register.url=http://127.0.0.1:${local.server.port}/labelstudio/webhook",
				"labelstudio.webhook.register.actions=ANNOTATION_CREATED,TASKS_CREATED" })
@AutoConfigureLabelStudioEmulator
@ExtendWith(OutputCaptureExtension.class)
class WebhookEndToEndTests {

	static final String SECRET = "e2e-5ecret-0b8c7d6e5f";

	private static final String CONFIG = """
			<View>
			  <Text name="text" value="$text"/>
			  <Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices>
			</View>""";

	@Autowired
	LabelStudioEmulator emulator;

	@Autowired
	LabelStudioClient client;

	@Autowired
	Received received;

	@LocalServerPort
	int port;

	@Test
	void createAnAnnotationReceiveAnnotationCreatedEvent(CapturedOutput output) {
		List<Webhook> webhooks = this.client.webhooks().list(1);
		assertThat(webhooks).singleElement().satisfies((webhook) -> {
			assertThat(webhook.url()).isEqualTo("http://127.0.0.1:" + this.port + "/labelstudio/webhook");
			assertThat(webhook.headers()).containsEntry("X-LabelStudio-Secret", SECRET);
			assertThat(webhook.actions()).containsExactly(WebhookAction.ANNOTATION_CREATED, WebhookAction.TASKS_CREATED);
		});
		this.client.projects().importTasks(1, List.of(Map.of("text", "I love it")));
		long annotation = this.client.annotations()
			.create(1, AnnotationCreate.builder()
				.result(List.of(Map.of("from_name", "sentiment", "to_name", "text", "type", "choices", "value",
						Map.of("choices", List.of("Positive")))))
				.build())
			.id();
		this.emulator.awaitWebhookDeliveries();
		assertThat(this.emulator.webhookDeliveries()).extracting(WebhookDelivery::action, WebhookDelivery::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TASKS_CREATED", 200),
					org.assertj.core.groups.Tuple.tuple("ANNOTATION_CREATED", 200));
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.received.annotations.isEmpty());
		assertThat(this.received.annotations).singleElement().satisfies((event) -> {
			assertThat(event.annotation().id()).isEqualTo(annotation);
			assertThat(event.task().id()).isEqualTo(1);
			assertThat(event.project().id()).isEqualTo(1);
			assertThat(event.project().title()).isEqualTo("Webhooks");
		});
		assertThat(output.getAll()).doesNotContain(SECRET);
	}

	static class Received {

		final List<AnnotationCreatedEvent> annotations = new CopyOnWriteArrayList<>();

		final List<WebhookEvent> all = new CopyOnWriteArrayList<>();

		@EventListener
		void on(AnnotationCreatedEvent event) {
			this.annotations.add(event);
		}

		@EventListener
		void on(WebhookEvent event) {
			this.all.add(event);
		}

	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

		@Bean
		Received received() {
			return new Received();
		}

		/** Creates the project before the application is ready, when the webhook is registered. */
		@Bean
		ApplicationRunner createProject(LabelStudioClient client) {
			return (args) -> client.projects().create(ProjectCreate.builder().title("Webhooks").labelConfig(CONFIG).build());
		}

	}

}
