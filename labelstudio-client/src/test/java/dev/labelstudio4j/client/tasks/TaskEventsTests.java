package dev.labelstudio4j.client.tasks;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link TasksClient#createEvent(long, TaskEventCreate)}.
 */
class TaskEventsTests extends WireMockTestBase {

	private final LabelStudioClient client = client();

	@Test
	void createEventSendsKeyTimeAndDetails() {
		stubFor(post(urlEqualTo("/api/tasks/8/events/")).willReturn(okJson("""
				{"id": 3, "task": 8, "project": 2, "organization": 1, "actor": 1, "event_key": "annotation_loaded",
				 "event_time": "2026-01-02T03:04:05Z", "annotation": 12, "annotation_draft": null, "review": null,
				 "meta": {"source": "api"}, "created_at": "2026-01-02T03:04:06Z"}""").withStatus(201)));
		TaskEvent event = this.client.tasks()
			.createEvent(8, TaskEventCreate.builder("annotation_loaded", OffsetDateTime.parse("2026-01-02T03:04:05Z"))
				.annotation(12)
				.meta(Map.of("source", "api"))
				.build());
		assertThat(event.id()).isEqualTo(3);
		assertThat(event.task()).isEqualTo(8L);
		assertThat(event.eventKey()).isEqualTo("annotation_loaded");
		assertThat(event.eventTime()).isEqualTo(OffsetDateTime.parse("2026-01-02T03:04:05Z"));
		assertThat(event.annotation()).isEqualTo(12L);
		assertThat(event.meta()).isEqualTo(Map.of("source", "api"));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/tasks/8/events/")).withRequestBody(equalToJson(
				"{\"event_key\": \"annotation_loaded\", \"event_time\": \"2026-01-02T03:04:05Z\", \"annotation\": 12,"
						+ " \"meta\": {\"source\": \"api\"}}")));
	}

	@Test
	void argumentsAreChecked() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TaskEventCreate.builder(" ", OffsetDateTime.parse("2026-01-02T03:04:05Z")))
			.withMessageContaining("eventKey");
		assertThatIllegalArgumentException().isThrownBy(() -> TaskEventCreate.builder("x", null))
			.withMessageContaining("eventTime");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.tasks().createEvent(0,
				TaskEventCreate.builder("x", OffsetDateTime.parse("2026-01-02T03:04:05Z")).build()))
			.withMessageContaining("taskId");
	}

}
