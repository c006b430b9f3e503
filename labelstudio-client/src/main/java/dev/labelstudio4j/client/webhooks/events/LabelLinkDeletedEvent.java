package dev.labelstudio4j.client.webhooks.events;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * A label link was deleted ({@code LABEL_LINK_DELETED}; the payload carries its id only). Parsed by {@link
 * WebhookEvents#parse(byte[])}; {@link #toString()} names ids and sizes, not the payload.
 *
 * @param labelLinkId the id of the deleted label link
 * @param project the project, {@code null} when the payload has none
 * @param payload the whole body as read
 */
public record LabelLinkDeletedEvent(long labelLinkId, @Nullable Project project,
		Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.LABEL_LINK_DELETED;
	}

	@Override
	public String toString() {
		return "LabelLinkDeletedEvent[labelLinkId=" + this.labelLinkId
				+ ", project=" + ((this.project != null) ? this.project.id() : null) + "]";
	}

}
