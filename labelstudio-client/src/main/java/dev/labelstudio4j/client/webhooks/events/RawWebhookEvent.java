package dev.labelstudio4j.client.webhooks.events;

import java.util.Map;

import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * An event without a type of its own: an action this library has no type for (newer or Enterprise actions such
 * as {@code REVIEW_CREATED}), a delivery without payload (a webhook with {@code send_payload=false} sends only
 * {@code {"action": ...}}), or a payload whose shape does not fit its action's type. Nothing is lost: the
 * payload is kept as read. {@link #toString()} names the action and the payload's keys only.
 *
 * @param action the action
 * @param payload the whole body as read
 */
public record RawWebhookEvent(WebhookAction action, Map<String, Object> payload) implements WebhookEvent {

	@Override
	public String toString() {
		return "RawWebhookEvent[action=" + this.action + ", keys=" + this.payload.keySet() + "]";
	}

}
