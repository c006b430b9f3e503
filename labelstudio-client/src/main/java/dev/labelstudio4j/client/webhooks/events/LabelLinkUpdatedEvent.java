package dev.labelstudio4j.client.webhooks.events;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * A label link was updated ({@code LABEL_LINK_UPDATED}, labels manager). Parsed by {@link
 * WebhookEvents#parse(byte[])}; {@link #toString()} names ids and sizes, not the payload.
 *
 * @param labelLink the label link as read
 * @param label its label as read, {@code null} when the payload has none
 * @param project the project, {@code null} when the payload has none
 * @param payload the whole body as read
 */
public record LabelLinkUpdatedEvent(Map<String, Object> labelLink, @Nullable Map<String, Object> label,
		@Nullable Project project, Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.LABEL_LINK_UPDATED;
	}

	@Override
	public String toString() {
		return "LabelLinkUpdatedEvent[labelLink=" + this.labelLink.get("id")
				+ ", project=" + ((this.project != null) ? this.project.id() : null) + "]";
	}

}
