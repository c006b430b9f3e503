package dev.labelstudio4j.emulator;

import org.jspecify.annotations.Nullable;

/**
 * One webhook delivery the emulator made: which webhook, where, for which action, the JSON body it POSTed and
 * how it ended. The custom headers (the receiver's secret, usually) are not recorded.
 *
 * @param webhook the webhook id
 * @param url where the event was POSTed
 * @param action the action, for example {@code ANNOTATION_CREATED}
 * @param body the JSON body as sent
 * @param status the receiver's HTTP status, {@code 0} when no answer came
 * @param failure why no answer came (timeout after 1 s, connection refused, ...), {@code null} when one did
 */
public record WebhookDelivery(long webhook, String url, String action, String body, int status,
		@Nullable String failure) {

	/**
	 * Return whether the receiver answered with a 2xx status.
	 * @return whether the delivery succeeded
	 */
	public boolean succeeded() {
		return this.status >= 200 && this.status < 300;
	}

	@Override
	public String toString() {
		return "WebhookDelivery[webhook=" + this.webhook + ", url=" + this.url + ", action=" + this.action
				+ ", status=" + this.status + ", failure=" + this.failure + ", body=" + this.body.length() + " chars]";
	}

}
