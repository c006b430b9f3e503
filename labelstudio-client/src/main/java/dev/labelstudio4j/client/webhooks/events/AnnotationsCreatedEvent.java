package dev.labelstudio4j.client.webhooks.events;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * Annotations were created in bulk ({@code ANNOTATIONS_CREATED}; the payload carries them as a list under {@code
 * annotation} and their tasks as a list under {@code task}). Parsed by {@link WebhookEvents#parse(byte[])}; {@link
 * #toString()} names ids and sizes, not the payload.
 *
 * @param annotations the annotations
 * @param tasks their tasks, empty when the payload has none
 * @param project the project, {@code null} when the payload has none
 * @param payload the whole body as read
 */
public record AnnotationsCreatedEvent(List<Annotation> annotations, List<Task> tasks, @Nullable Project project,
		Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.ANNOTATIONS_CREATED;
	}

	@Override
	public String toString() {
		return "AnnotationsCreatedEvent[annotations=" + this.annotations.size() + ", tasks=" + this.tasks.size()
				+ ", project=" + ((this.project != null) ? this.project.id() : null) + "]";
	}

}
