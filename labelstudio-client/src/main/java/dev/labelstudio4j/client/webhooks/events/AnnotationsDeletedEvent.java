package dev.labelstudio4j.client.webhooks.events;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * Annotations were deleted ({@code ANNOTATIONS_DELETED}; the payload carries their ids only). Parsed by {@link
 * WebhookEvents#parse(byte[])}; {@link #toString()} names ids and sizes, not the payload.
 *
 * @param annotationIds the ids of the deleted annotations
 * @param project the project, {@code null} when the payload has none
 * @param payload the whole body as read
 */
public record AnnotationsDeletedEvent(List<Long> annotationIds, @Nullable Project project,
		Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.ANNOTATIONS_DELETED;
	}

	@Override
	public String toString() {
		return "AnnotationsDeletedEvent[annotationIds=" + this.annotationIds
				+ ", project=" + ((this.project != null) ? this.project.id() : null) + "]";
	}

}
