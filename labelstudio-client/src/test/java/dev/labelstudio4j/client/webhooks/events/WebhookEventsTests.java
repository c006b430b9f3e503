package dev.labelstudio4j.client.webhooks.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.webhooks.WebhookAction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link WebhookEvents}: every payload shape Label Studio sends, by action.
 */
class WebhookEventsTests {

	private static final String PROJECT = """
			{"id": 2, "title": "New Project #2", "label_config": "<View/>", "token": "project-share-token",
			 "task_number": 3, "total_annotations_number": 1, "created_by": {"id": 1, "email": "a@b.c"},
			 "organization": 1, "created_at": "2021-08-17T13:51:02.590839Z"}""";

	private static final String ANNOTATION = """
			{"id": 17, "result": [{"value": {"start": 0, "end": 26, "text": "x", "labels": ["Answer"]},
			 "id": "WArqkkifYE", "from_name": "answer", "to_name": "text", "type": "labels"}],
			 "was_cancelled": false, "ground_truth": false, "created_at": "2021-08-17T13:51:02.590839Z",
			 "updated_at": "2021-08-17T13:51:02.590839Z", "lead_time": 37.13, "prediction": {}, "result_count": 0,
			 "task": 19, "completed_by": 1, "unique_id": "5c2b", "last_action": null}""";

	private static final String TASK = """
			{"id": 19, "data": {"text": "Hello"}, "meta": {}, "created_at": "2021-08-17T13:51:02.590839Z",
			 "updated_at": "2021-08-17T13:51:02.590839Z", "is_labeled": true, "overlap": 1, "project": 2,
			 "file_upload": 46}""";

	@Test
	void annotationCreated() {
		WebhookEvent event = WebhookEvents.parse("{\"action\": \"ANNOTATION_CREATED\", \"annotation\": " + ANNOTATION
				+ ", \"task\": " + TASK + ", \"project\": " + PROJECT + "}");
		assertThat(event).isInstanceOfSatisfying(AnnotationCreatedEvent.class, (created) -> {
			assertThat(created.action()).isEqualTo(WebhookAction.ANNOTATION_CREATED);
			assertThat(created.annotation().id()).isEqualTo(17);
			assertThat(created.annotation().task()).isEqualTo(19);
			assertThat(created.annotation().leadTime()).isEqualTo(37.13);
			assertThat(created.annotation().result()).singleElement()
				.satisfies((region) -> assertThat(region.fromName()).isEqualTo("answer"));
			assertThat(created.task()).isNotNull();
			assertThat(created.task().id()).isEqualTo(19);
			assertThat(created.task().data()).containsEntry("text", "Hello");
			assertThat(created.project()).isNotNull();
			assertThat(created.project().title()).isEqualTo("New Project #2");
			assertThat(created.projectId()).isEqualTo(2);
			assertThat(created.payload()).containsKeys("action", "annotation", "task", "project");
			assertThat(created.toString()).isEqualTo("AnnotationCreatedEvent[annotation=17, task=19, project=2]");
		});
	}

	@Test
	void annotationCreatedWithoutTaskKey() {
		WebhookEvent event = WebhookEvents
			.parse("{\"action\": \"ANNOTATION_CREATED\", \"annotation\": " + ANNOTATION + "}");
		assertThat(event).isInstanceOfSatisfying(AnnotationCreatedEvent.class, (created) -> {
			assertThat(created.task()).isNull();
			assertThat(created.project()).isNull();
			assertThat(created.projectId()).isNull();
		});
	}

	@Test
	void annotationUpdated() {
		WebhookEvent event = WebhookEvents.parse("{\"action\": \"ANNOTATION_UPDATED\", \"annotation\": " + ANNOTATION
				+ ", \"task\": " + TASK + ", \"project\": " + PROJECT + "}");
		assertThat(event).isInstanceOfSatisfying(AnnotationUpdatedEvent.class, (updated) -> {
			assertThat(updated.action()).isEqualTo(WebhookAction.ANNOTATION_UPDATED);
			assertThat(updated.annotation().id()).isEqualTo(17);
			assertThat(updated.task().id()).isEqualTo(19);
		});
	}

	@Test
	void annotationsCreatedCarriesListsUnderSingularKeys() {
		String second = ANNOTATION.replace("\"id\": 17", "\"id\": 18").replace("\"task\": 19", "\"task\": 20");
		WebhookEvent event = WebhookEvents.parse("{\"action\": \"ANNOTATIONS_CREATED\", \"annotation\": [" + ANNOTATION
				+ ", " + second + "], \"task\": [" + TASK + ", " + TASK.replace("\"id\": 19", "\"id\": 20")
				+ "], \"project\": " + PROJECT + "}");
		assertThat(event).isInstanceOfSatisfying(AnnotationsCreatedEvent.class, (created) -> {
			assertThat(created.annotations()).extracting((a) -> a.id()).containsExactly(17L, 18L);
			assertThat(created.tasks()).extracting((t) -> t.id()).containsExactly(19L, 20L);
			assertThat(created.project().id()).isEqualTo(2);
			assertThat(created.toString()).isEqualTo("AnnotationsCreatedEvent[annotations=2, tasks=2, project=2]");
		});
	}

	@Test
	void annotationsDeletedCarriesIds() {
		WebhookEvent event = WebhookEvents.parse(
				"{\"action\": \"ANNOTATIONS_DELETED\", \"annotations\": [{\"id\": 17}, {\"id\": 21}], \"project\": "
						+ PROJECT + "}");
		assertThat(event).isInstanceOfSatisfying(AnnotationsDeletedEvent.class, (deleted) -> {
			assertThat(deleted.annotationIds()).containsExactly(17L, 21L);
			assertThat(deleted.projectId()).isEqualTo(2);
		});
	}

	@Test
	void tasksCreated() {
		WebhookEvent event = WebhookEvents
			.parse("{\"action\": \"TASKS_CREATED\", \"tasks\": [" + TASK + "], \"project\": " + PROJECT + "}");
		assertThat(event).isInstanceOfSatisfying(TasksCreatedEvent.class, (created) -> {
			assertThat(created.tasks()).singleElement().satisfies((task) -> {
				assertThat(task.id()).isEqualTo(19);
				assertThat(task.fileUpload()).isEqualTo("46");
			});
			assertThat(created.project().taskNumber()).isEqualTo(3);
		});
	}

	@Test
	void tasksDeletedCarriesIds() {
		WebhookEvent event = WebhookEvents.parse(
				"{\"action\": \"TASKS_DELETED\", \"tasks\": [{\"id\": 18}, {\"id\": 19}], \"project\": " + PROJECT
						+ "}");
		assertThat(event).isInstanceOfSatisfying(TasksDeletedEvent.class,
				(deleted) -> assertThat(deleted.taskIds()).containsExactly(18L, 19L));
	}

	@Test
	void projectCreatedUpdatedDeleted() {
		assertThat(WebhookEvents.parse("{\"action\": \"PROJECT_CREATED\", \"project\": " + PROJECT + "}"))
			.isInstanceOfSatisfying(ProjectCreatedEvent.class, (created) -> {
				assertThat(created.project().id()).isEqualTo(2);
				assertThat(created.project().labelConfig()).isEqualTo("<View/>");
			});
		assertThat(WebhookEvents.parse("{\"action\": \"PROJECT_UPDATED\", \"project\": " + PROJECT + "}"))
			.isInstanceOfSatisfying(ProjectUpdatedEvent.class,
					(updated) -> assertThat(updated.project().title()).isEqualTo("New Project #2"));
		assertThat(WebhookEvents.parse("{\"action\": \"PROJECT_DELETED\", \"project\": {\"id\": 3}}"))
			.isInstanceOfSatisfying(ProjectDeletedEvent.class, (deleted) -> {
				assertThat(deleted.deletedProjectId()).isEqualTo(3);
				assertThat(deleted.projectId()).isEqualTo(3);
			});
	}

	@Test
	void labelLinks() {
		assertThat(WebhookEvents.parse("{\"action\": \"LABEL_LINK_CREATED\", \"label_link\": [{\"id\": 5, \"from_name\":"
				+ " \"sentiment\", \"label\": 9}], \"project\": " + PROJECT + "}"))
			.isInstanceOfSatisfying(LabelLinkCreatedEvent.class, (created) -> {
				assertThat(created.labelLinks()).singleElement()
					.satisfies((link) -> assertThat(link).containsEntry("from_name", "sentiment"));
				assertThat(created.project().id()).isEqualTo(2);
			});
		assertThat(WebhookEvents.parse("{\"action\": \"LABEL_LINK_UPDATED\", \"label_link\": {\"id\": 5},"
				+ " \"label\": {\"id\": 9, \"value\": \"Positive\"}, \"project\": " + PROJECT + "}"))
			.isInstanceOfSatisfying(LabelLinkUpdatedEvent.class, (updated) -> {
				assertThat(updated.labelLink()).containsEntry("id", 5);
				assertThat(updated.label()).containsEntry("value", "Positive");
			});
		assertThat(WebhookEvents.parse("{\"action\": \"LABEL_LINK_DELETED\", \"label_link\": {\"id\": 5}}"))
			.isInstanceOfSatisfying(LabelLinkDeletedEvent.class, (deleted) -> {
				assertThat(deleted.labelLinkId()).isEqualTo(5);
				assertThat(deleted.project()).isNull();
			});
	}

	@Test
	void withoutPayloadOnlyTheActionArrivesAsRawEvent() {
		assertThat(WebhookEvents.parse("{\"action\": \"ANNOTATION_UPDATED\"}"))
			.isInstanceOfSatisfying(RawWebhookEvent.class, (raw) -> {
				assertThat(raw.action()).isEqualTo(WebhookAction.ANNOTATION_UPDATED);
				assertThat(raw.payload()).containsExactly(Map.entry("action", "ANNOTATION_UPDATED"));
				assertThat(raw.projectId()).isNull();
			});
	}

	@Test
	void unknownActionArrivesAsRawEventWithItsPayload() {
		assertThat(WebhookEvents.parse(("{\"action\": \"REVIEW_CREATED\", \"review\": {\"id\": 4}, \"project\": "
				+ PROJECT + "}").getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(RawWebhookEvent.class, (raw) -> {
				assertThat(raw.action().value()).isEqualTo("REVIEW_CREATED");
				assertThat(raw.action().isKnown()).isFalse();
				assertThat(raw.payload()).containsEntry("review", Map.of("id", 4));
				assertThat(raw.projectId()).isEqualTo(2);
				assertThat(raw.toString()).doesNotContain("project-share-token");
			});
	}

	@Test
	void payloadOfAnotherShapeArrivesAsRawEvent() {
		assertThat(WebhookEvents.parse("{\"action\": \"TASKS_DELETED\", \"tasks\": [\"x\"]}"))
			.isInstanceOf(RawWebhookEvent.class);
		assertThat(WebhookEvents.parse("{\"action\": \"ANNOTATIONS_CREATED\", \"annotation\": [1, 2]}"))
			.isInstanceOf(RawWebhookEvent.class);
		assertThat(WebhookEvents.parse("{\"action\": \"ANNOTATION_CREATED\", \"annotation\": {\"id\": {\"no\": 1}}}"))
			.isInstanceOf(RawWebhookEvent.class);
	}

	@Test
	void driftedFieldsInsideAPayloadKeepItTyped() {
		WebhookEvent event = WebhookEvents
			.parse("{\"action\": \"ANNOTATION_CREATED\", \"annotation\": {\"id\": \"17\", \"lead_time\": \"slow\"},"
					+ " \"task\": {\"id\": \"19\"}, \"project\": {\"id\": 2, \"title\": 7}}");
		assertThat(event).isInstanceOfSatisfying(AnnotationCreatedEvent.class, (created) -> {
			assertThat(created.annotation().id()).isEqualTo(17L);
			assertThat(created.annotation().leadTime()).isNull();
			assertThat(created.annotation().rawField("lead_time")).isEqualTo("slow");
			assertThat(created.task().id()).isEqualTo(19L);
			assertThat(created.project().title()).isNull();
			assertThat(created.project().rawField("title")).isEqualTo(7);
		});
		assertThat(WebhookEvents.parse("{\"action\": \"TASKS_DELETED\", \"tasks\": [{\"id\": \"4\"}, 5]}"))
			.isInstanceOfSatisfying(TasksDeletedEvent.class, (deleted) -> assertThat(deleted.taskIds()).containsExactly(4L, 5L));
		assertThat(WebhookEvents.parse("{\"action\": \"PROJECT_DELETED\", \"project\": {\"id\": \"9\"}}"))
			.isInstanceOfSatisfying(ProjectDeletedEvent.class, (deleted) -> assertThat(deleted.deletedProjectId()).isEqualTo(9L));
	}

	@Test
	void bodiesThatAreNotWebhooksAreRefused() {
		assertThatExceptionOfType(InvalidWebhookPayloadException.class).isThrownBy(() -> WebhookEvents.parse("nope"))
			.withMessage("The body is not JSON");
		assertThatExceptionOfType(InvalidWebhookPayloadException.class).isThrownBy(() -> WebhookEvents.parse(""))
			.withMessage("The body is not JSON");
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> WebhookEvents.parse("[{\"action\": \"TASKS_CREATED\"}]"))
			.withMessage("The body is not a JSON object");
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> WebhookEvents.parse("{\"tasks\": []}"))
			.withMessage("The body has no string 'action'");
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> WebhookEvents.parse("{\"action\": 3, \"secret\": \"s3cr3t\"}"))
			.withMessage("The body has no string 'action'");
		assertThatExceptionOfType(InvalidWebhookPayloadException.class)
			.isThrownBy(() -> WebhookEvents.parse("{\"action\": \"s3cr3t\"")).withMessageNotContaining("s3cr3t");
	}

}
