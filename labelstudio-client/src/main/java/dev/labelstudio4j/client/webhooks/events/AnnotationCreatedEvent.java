package dev.labelstudio4j.client.webhooks.events;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * An annotation was created ({@code ANNOTATION_CREATED}). Parsed by {@link WebhookEvents#parse(byte[])}; {@link
 * #toString()} names ids and sizes, not the payload.
 *
 * @param annotation the annotation, all its fields
 * @param task the task it belongs to, {@code null} when the payload has none
 * @param project the project, {@code null} when the payload has none
 * @param payload the whole body as read
 */
public record AnnotationCreatedEvent(Annotation annotation, @Nullable Task task, @Nullable Project project,
		Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.ANNOTATION_CREATED;
	}

	@Override
	public String toString() {
		return "AnnotationCreatedEvent[annotation=" + this.annotation.id()
				+ ", task=" + ((this.task != null) ? this.task.id() : null)
				+ ", project=" + ((this.project != null) ? this.project.id() : null) + "]";
	}

}
