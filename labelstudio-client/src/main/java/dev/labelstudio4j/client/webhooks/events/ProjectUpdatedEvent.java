package dev.labelstudio4j.client.webhooks.events;

import java.util.Map;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * A project was updated ({@code PROJECT_UPDATED}). Parsed by {@link WebhookEvents#parse(byte[])}; {@link
 * #toString()} names ids and sizes, not the payload.
 *
 * @param project the project, all its fields and counters
 * @param payload the whole body as read
 */
public record ProjectUpdatedEvent(Project project, Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.PROJECT_UPDATED;
	}

	@Override
	public String toString() {
		return "ProjectUpdatedEvent[project=" + this.project.id() + "]";
	}

}
