package dev.labelstudio4j.autoconfigure.webhook;

/**
 * How a delivery to the receiver ended, the {@code outcome} tag of the {@code labelstudio.webhook.events}
 * counter.
 */
public enum WebhookOutcome {

	/** Its event was published and every listener returned. */
	PUBLISHED("published"),

	/** Its event was published and a listener threw. */
	LISTENER_ERROR("listener_error"),

	/** The listener queue was full: answered 503, the event was not published. */
	REJECTED("rejected"),

	/** The secret was missing or wrong: answered 401, nothing was read or published. */
	UNAUTHORIZED("unauthorized"),

	/** The body was larger than {@code labelstudio.webhook.max-body-size}: answered 413. */
	TOO_LARGE("too_large"),

	/** The body was not a webhook delivery: answered 400. */
	INVALID("invalid");

	private final String tag;

	WebhookOutcome(String tag) {
		this.tag = tag;
	}

	/**
	 * Return the value of the {@code outcome} tag.
	 * @return the tag value, for example {@code published}
	 */
	public String tag() {
		return this.tag;
	}

}
