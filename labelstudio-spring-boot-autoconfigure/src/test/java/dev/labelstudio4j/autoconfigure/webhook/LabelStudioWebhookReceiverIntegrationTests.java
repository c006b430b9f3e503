package dev.labelstudio4j.autoconfigure.webhook;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import dev.labelstudio4j.client.webhooks.WebhookAction;
import dev.labelstudio4j.client.webhooks.events.AnnotationCreatedEvent;
import dev.labelstudio4j.client.webhooks.events.AnnotationUpdatedEvent;
import dev.labelstudio4j.client.webhooks.events.AnnotationsCreatedEvent;
import dev.labelstudio4j.client.webhooks.events.AnnotationsDeletedEvent;
import dev.labelstudio4j.client.webhooks.events.LabelLinkCreatedEvent;
import dev.labelstudio4j.client.webhooks.events.LabelLinkDeletedEvent;
import dev.labelstudio4j.client.webhooks.events.LabelLinkUpdatedEvent;
import dev.labelstudio4j.client.webhooks.events.ProjectCreatedEvent;
import dev.labelstudio4j.client.webhooks.events.ProjectDeletedEvent;
import dev.labelstudio4j.client.webhooks.events.ProjectUpdatedEvent;
import dev.labelstudio4j.client.webhooks.events.RawWebhookEvent;
import dev.labelstudio4j.client.webhooks.events.TasksCreatedEvent;
import dev.labelstudio4j.client.webhooks.events.TasksDeletedEvent;
import dev.labelstudio4j.client.webhooks.events.WebhookEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The receiver in a running servlet application: the secret, bodies that are not webhooks, the body limit,
 * every payload shape published as its typed event, slow and failing listeners, a full listener queue, the
 * counter's tags, and the secret kept out of answers, logs and the actuator. One listener thread and a queue of
 * one, so a blocked listener fills the executor.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "labelstudio.webhook.secret=" + LabelStudioWebhookReceiverIntegrationTests.SECRET,
				"labelstudio.webhook.listeners.threads=1", "labelstudio.webhook.listeners.queue-capacity=1",
				"labelstudio.webhook.max-body-size=4KB", "management.endpoints.web.exposure.include=*",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always" })
@ExtendWith(OutputCaptureExtension.class)
class LabelStudioWebhookReceiverIntegrationTests {

	static final String SECRET = "w3bh00k-s3cr3t-7b1f0c9e2d";

	private static final String HEADER = "X-LabelStudio-Secret";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private Recorder recorder;

	@Autowired
	private MeterRegistry meters;

	@BeforeEach
	void clear() {
		this.recorder.events.clear();
		this.recorder.block = null;
		this.recorder.entered = new CountDownLatch(1);
		this.recorder.failOn = null;
	}

	@AfterEach
	void release() {
		CountDownLatch block = this.recorder.block;
		if (block != null) {
			block.countDown();
		}
	}

	private HttpResponse<String> post(String body, String secret) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/labelstudio/webhook"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (secret != null) {
			request.header(HEADER, secret);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private double count(String action, String outcome) {
		Counter counter = this.meters.find("labelstudio.webhook.events").tag("action", action).tag("outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	static Stream<Arguments> payloads() {
		String project = "{\"id\": 2, \"title\": \"P\"}";
		String annotation = "{\"id\": 17, \"result\": [], \"task\": 19}";
		String task = "{\"id\": 19, \"data\": {\"text\": \"x\"}}";
		return Stream.of(
				Arguments.of("{\"action\": \"ANNOTATION_CREATED\", \"annotation\": " + annotation + ", \"task\": " + task
						+ ", \"project\": " + project + "}", AnnotationCreatedEvent.class),
				Arguments.of("{\"action\": \"ANNOTATION_UPDATED\", \"annotation\": " + annotation + ", \"task\": " + task
						+ ", \"project\": " + project + "}", AnnotationUpdatedEvent.class),
				Arguments.of("{\"action\": \"ANNOTATIONS_CREATED\", \"annotation\": [" + annotation + "], \"task\": ["
						+ task + "], \"project\": " + project + "}", AnnotationsCreatedEvent.class),
				Arguments.of("{\"action\": \"ANNOTATIONS_DELETED\", \"annotations\": [{\"id\": 17}], \"project\": "
						+ project + "}", AnnotationsDeletedEvent.class),
				Arguments.of("{\"action\": \"TASKS_CREATED\", \"tasks\": [" + task + "], \"project\": " + project + "}",
						TasksCreatedEvent.class),
				Arguments.of("{\"action\": \"TASKS_DELETED\", \"tasks\": [{\"id\": 19}], \"project\": " + project + "}",
						TasksDeletedEvent.class),
				Arguments.of("{\"action\": \"PROJECT_CREATED\", \"project\": " + project + "}", ProjectCreatedEvent.class),
				Arguments.of("{\"action\": \"PROJECT_UPDATED\", \"project\": " + project + "}", ProjectUpdatedEvent.class),
				Arguments.of("{\"action\": \"PROJECT_DELETED\", \"project\": {\"id\": 2}}", ProjectDeletedEvent.class),
				Arguments.of("{\"action\": \"LABEL_LINK_CREATED\", \"label_link\": [{\"id\": 5}], \"project\": " + project
						+ "}", LabelLinkCreatedEvent.class),
				Arguments.of("{\"action\": \"LABEL_LINK_UPDATED\", \"label_link\": {\"id\": 5}, \"label\": {\"id\": 9},"
						+ " \"project\": " + project + "}", LabelLinkUpdatedEvent.class),
				Arguments.of("{\"action\": \"LABEL_LINK_DELETED\", \"label_link\": {\"id\": 5}}",
						LabelLinkDeletedEvent.class),
				Arguments.of("{\"action\": \"REVIEW_CREATED\", \"review\": {\"id\": 1}}", RawWebhookEvent.class),
				Arguments.of("{\"action\": \"ANNOTATION_CREATED\"}", RawWebhookEvent.class));
	}

	@ParameterizedTest
	@MethodSource("payloads")
	void everyPayloadShapeIsPublishedAsItsEvent(String body, Class<? extends WebhookEvent> type) throws Exception {
		String action = body.substring(body.indexOf(": \"") + 3, body.indexOf("\"", body.indexOf(": \"") + 3));
		double before = count(action, "published");
		HttpResponse<String> response = post(body, SECRET);
		assertThat(response.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.recorder.events.isEmpty());
		assertThat(this.recorder.events).singleElement().isInstanceOf(type)
			.satisfies((event) -> assertThat(event.action()).isEqualTo(WebhookAction.of(action)));
		await().atMost(Duration.ofSeconds(10)).until(() -> count(action, "published") == before + 1);
	}

	@Test
	void typedListenersGetTheirEvents() throws Exception {
		post("{\"action\": \"ANNOTATION_CREATED\", \"annotation\": {\"id\": 17, \"task\": 19}}", SECRET);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.recorder.annotations.isEmpty());
		assertThat(this.recorder.annotations).last().satisfies((event) -> assertThat(event.annotation().id()).isEqualTo(17));
	}

	@Test
	void aMissingOrWrongSecretIsRefusedWithNothingPublished(CapturedOutput output) throws Exception {
		double before = count("none", "unauthorized");
		String body = "{\"action\": \"TASKS_CREATED\", \"tasks\": []}";
		HttpResponse<String> missing = post(body, null);
		HttpResponse<String> wrong = post(body, SECRET.substring(1));
		HttpResponse<String> longer = post(body, SECRET + "x");
		for (HttpResponse<String> response : List.of(missing, wrong, longer)) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).contains(HEADER).doesNotContain(SECRET);
		}
		assertThat(count("none", "unauthorized")).isEqualTo(before + 3);
		// a request with the secret after them shows the executor was idle: nothing was published before it
		post("{\"action\": \"PROJECT_DELETED\", \"project\": {\"id\": 1}}", SECRET);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.recorder.events.isEmpty());
		assertThat(this.recorder.events).singleElement().isInstanceOf(ProjectDeletedEvent.class);
		assertThat(output.getAll()).doesNotContain(SECRET);
	}

	@Test
	void bodiesThatAreNotWebhooksAre400() throws Exception {
		double before = count("none", "invalid");
		for (String body : List.of("not json", "[1, 2]", "{\"tasks\": []}", "{\"action\": 5}", "")) {
			HttpResponse<String> response = post(body, SECRET);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.body()).contains("detail");
		}
		assertThat(count("none", "invalid")).isEqualTo(before + 5);
		assertThat(this.recorder.events).isEmpty();
	}

	@Test
	void aBodyPastTheLimitIs413WithOrWithoutContentLength() throws Exception {
		double before = count("none", "too_large");
		String big = "{\"action\": \"TASKS_CREATED\", \"tasks\": [], \"pad\": \"" + "x".repeat(5000) + "\"}";
		assertThat(post(big, SECRET).statusCode()).isEqualTo(413);
		HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/labelstudio/webhook"))
			.header("Content-Type", "application/json")
			.header(HEADER, SECRET)
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
			.build();
		assertThat(HTTP.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
		assertThat(count("none", "too_large")).isEqualTo(before + 2);
		assertThat(post("{\"action\": \"TASKS_CREATED\", \"tasks\": [], \"pad\": \"" + "x".repeat(3000) + "\"}", SECRET)
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aSlowListenerDoesNotHoldTheAnswerAndAFullQueueIs503() throws Exception {
		this.recorder.block = new CountDownLatch(1);
		double rejectedBefore = count("TASKS_DELETED", "rejected");
		String body = "{\"action\": \"TASKS_DELETED\", \"tasks\": [{\"id\": 1}]}";
		// the one listener thread takes the first event and blocks in the listener
		assertThat(post(body, SECRET).statusCode()).isEqualTo(200);
		assertThat(this.recorder.entered.await(10, TimeUnit.SECONDS)).isTrue();
		// the answer came while the listener is still blocked; the second event waits in the queue of one
		assertThat(post(body, SECRET).statusCode()).isEqualTo(200);
		HttpResponse<String> full = post(body, SECRET);
		assertThat(full.statusCode()).isEqualTo(503);
		assertThat(full.body()).contains("queue is full");
		assertThat(count("TASKS_DELETED", "rejected")).isEqualTo(rejectedBefore + 1);
		assertThat(this.recorder.events).hasSize(1);
		this.recorder.block.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorder.events.size() == 2);
	}

	@Test
	void aFailingListenerIsCountedAndLoggedAndTheNextEventStillArrives() throws Exception {
		this.recorder.failOn = "LABEL_LINK_DELETED";
		double before = count("LABEL_LINK_DELETED", "listener_error");
		assertThat(post("{\"action\": \"LABEL_LINK_DELETED\", \"label_link\": {\"id\": 5}}", SECRET).statusCode())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> count("LABEL_LINK_DELETED", "listener_error") == before + 1);
		post("{\"action\": \"PROJECT_DELETED\", \"project\": {\"id\": 1}}", SECRET);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.recorder.events.size() == 2);
	}

	@Test
	void theSecretIsMaskedInTheActuator() throws Exception {
		for (String path : List.of("/actuator/configprops", "/actuator/env", "/actuator/env/labelstudio.webhook.secret")) {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).doesNotContain(SECRET).contains("******");
		}
	}

	@Test
	void onlyPostIsServed() throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/labelstudio/webhook"))
					.header(HEADER, SECRET)
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isIn(404, 405);
	}

	/** Records every webhook event; can block in the listener or throw for one action. */
	static class Recorder {

		final List<WebhookEvent> events = new CopyOnWriteArrayList<>();

		final List<AnnotationCreatedEvent> annotations = new CopyOnWriteArrayList<>();

		volatile CountDownLatch block;

		volatile CountDownLatch entered = new CountDownLatch(1);

		volatile String failOn;

		@EventListener
		void on(WebhookEvent event) throws InterruptedException {
			this.events.add(event);
			this.entered.countDown();
			CountDownLatch latch = this.block;
			if (latch != null) {
				latch.await(30, TimeUnit.SECONDS);
			}
			if (event.action().value().equals(this.failOn)) {
				throw new IllegalStateException("listener failed on purpose");
			}
		}

		@EventListener
		void on(AnnotationCreatedEvent event) {
			this.annotations.add(event);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

		@Bean
		Recorder recorder() {
			return new Recorder();
		}

	}

}
