package dev.labelstudio4j.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.webhooks.Webhook;
import dev.labelstudio4j.emulator.LabelStudioEmulator;
import dev.labelstudio4j.emulator.WebhookDelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample's webhook loop on the embedded emulator: its project's webhook is registered on start-up with the
 * secret header, the annotator button creates annotations, the emulator delivers {@code ANNOTATION_CREATED}
 * and the dashboard shows the events.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleWebhookTests {

	@LocalServerPort
	private int port;

	@Autowired
	private LabelStudioClient client;

	@Autowired
	private LabelStudioEmulator emulator;

	@Autowired
	private WebhookEventLog events;

	@Autowired
	private Environment environment;

	@Test
	void theAnnotatorsAnnotationsComeBackAsWebhookEvents() {
		String secret = this.environment.getProperty("labelstudio.webhook.secret");
		assertThat(secret).hasSize(48);
		List<Webhook> webhooks = this.client.webhooks().list(1);
		assertThat(webhooks).singleElement().satisfies((webhook) -> {
			assertThat(webhook.url()).isEqualTo("http://127.0.0.1:" + this.port + "/labelstudio/webhook");
			assertThat(webhook.headers()).containsEntry("X-LabelStudio-Secret", secret);
		});
		RestClient rest = RestClient.create("http://localhost:" + this.port);
		Map<String, List<Long>> created = rest.post()
			.uri("/api/annotate?count=2")
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, List<Long>>>() {
			});
		assertThat(created.get("annotations")).hasSize(2);
		this.emulator.awaitWebhookDeliveries();
		assertThat(this.emulator.webhookDeliveries()).filteredOn((d) -> d.action().equals("ANNOTATION_CREATED"))
			.hasSize(2)
			.allMatch(WebhookDelivery::succeeded);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.events.latest()
			.stream()
			.filter((event) -> event.action().equals("ANNOTATION_CREATED"))
			.count() == 2);
		assertThat(this.events.latest().get(0).projectId()).isEqualTo(1);
		String dashboard = rest.get().uri("/").retrieve().body(String.class);
		assertThat(dashboard).contains("Latest webhook events").contains("ANNOTATION_CREATED")
			.contains("Play an annotator").doesNotContain(secret);
		List<Map<String, Object>> json = rest.get().uri("/api/webhook-events").retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			});
		assertThat(json).first().satisfies((event) -> assertThat(event).containsEntry("action", "ANNOTATION_CREATED"));
	}

	@Test
	void aBadCountIs400() {
		RestClient rest = RestClient.create("http://localhost:" + this.port);
		Integer status = rest.post()
			.uri("/api/annotate?count=0")
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(status).isEqualTo(400);
	}

}
