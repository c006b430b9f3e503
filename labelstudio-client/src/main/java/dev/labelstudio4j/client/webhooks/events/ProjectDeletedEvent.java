package dev.labelstudio4j.client.webhooks.events;

import java.util.Map;

import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * A project was deleted ({@code PROJECT_DELETED}, organization-level webhooks only; the payload carries its id
 * only). Parsed by {@link WebhookEvents#parse(byte[])}; {@link #toString()} names ids and sizes, not the payload.
 *
 * @param deletedProjectId the id of the deleted project
 * @param payload the whole body as read
 */
public record ProjectDeletedEvent(long deletedProjectId, Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.PROJECT_DELETED;
	}

	@Override
	public String toString() {
		return "ProjectDeletedEvent[deletedProjectId=" + this.deletedProjectId + "]";
	}

}
