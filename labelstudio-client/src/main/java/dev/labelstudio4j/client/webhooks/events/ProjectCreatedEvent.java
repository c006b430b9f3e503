package dev.labelstudio4j.client.webhooks.events;

import java.util.Map;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * A project was created ({@code PROJECT_CREATED}, organization-level webhooks only). Parsed by {@link
 * WebhookEvents#parse(byte[])}; {@link #toString()} names ids and sizes, not the payload.
 *
 * @param project the project, all its fields and counters
 * @param payload the whole body as read
 */
public record ProjectCreatedEvent(Project project, Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.PROJECT_CREATED;
	}

	@Override
	public String toString() {
		return "ProjectCreatedEvent[project=" + this.project.id() + "]";
	}

}
