package dev.labelstudio4j.client.webhooks.events;

/**
 * A body that is not a Label Studio webhook delivery: not JSON, not a JSON object, or without a string
 * {@code action}. The message says which, never the body's content.
 */
public final class InvalidWebhookPayloadException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	InvalidWebhookPayloadException(String message) {
		super(message);
	}

}
