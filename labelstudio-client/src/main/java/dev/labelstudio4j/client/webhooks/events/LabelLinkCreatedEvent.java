package dev.labelstudio4j.client.webhooks.events;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * Label links were created ({@code LABEL_LINK_CREATED}, labels manager). Parsed by {@link
 * WebhookEvents#parse(byte[])}; {@link #toString()} names ids and sizes, not the payload.
 *
 * @param labelLinks the label links as read
 * @param project the project, {@code null} when the payload has none
 * @param payload the whole body as read
 */
public record LabelLinkCreatedEvent(List<Map<String, Object>> labelLinks, @Nullable Project project,
		Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.LABEL_LINK_CREATED;
	}

	@Override
	public String toString() {
		return "LabelLinkCreatedEvent[labelLinks=" + this.labelLinks.size()
				+ ", project=" + ((this.project != null) ? this.project.id() : null) + "]";
	}

}
