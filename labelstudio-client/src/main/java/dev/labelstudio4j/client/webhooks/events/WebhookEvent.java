package dev.labelstudio4j.client.webhooks.events;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * One event Label Studio delivered to a webhook: its action, the payload as read, and a typed view of it by
 * action. {@link RawWebhookEvent} stands for any action without a type of its own (newer or Enterprise actions
 * such as {@code REVIEW_CREATED}) and for deliveries without the payload the type needs (a webhook with
 * {@code send_payload=false} sends only {@code {"action": ...}}). Immutable.
 */
public sealed interface WebhookEvent permits AnnotationCreatedEvent, AnnotationsCreatedEvent, AnnotationUpdatedEvent,
		AnnotationsDeletedEvent, TasksCreatedEvent, TasksDeletedEvent, ProjectCreatedEvent, ProjectUpdatedEvent,
		ProjectDeletedEvent, LabelLinkCreatedEvent, LabelLinkUpdatedEvent, LabelLinkDeletedEvent, RawWebhookEvent {

	/**
	 * Return the action that fired the event.
	 * @return the action
	 */
	WebhookAction action();

	/**
	 * Return the whole body as read, {@code action} included.
	 * @return a read-only map
	 */
	Map<String, Object> payload();

	/**
	 * Return the id of the project the event belongs to, from the payload's {@code project} object.
	 * @return the project id, or {@code null} when the payload has none
	 */
	default @Nullable Long projectId() {
		return (payload().get("project") instanceof Map<?, ?> project && project.get("id") instanceof Number id)
				? id.longValue() : null;
	}

}
