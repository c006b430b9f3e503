package dev.labelstudio4j.autoconfigure.webhook;

import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the deliveries the receiver got by action and outcome, as the counter
 * {@value #METER_NAME}. Without Micrometer (or without a {@code MeterRegistry}) nothing is counted.
 */
interface WebhookMetrics {

	/** The name of the counter. */
	String METER_NAME = "labelstudio.webhook.events";

	/** The action tag of a delivery whose action is not known (unauthorized, too large, invalid). */
	String NO_ACTION = "none";

	/** Counts nothing. */
	WebhookMetrics NONE = (action, outcome) -> {
	};

	/**
	 * Count one delivery.
	 * @param action the action's name, or {@link #NO_ACTION}
	 * @param outcome how it ended
	 */
	void record(String action, WebhookOutcome outcome);

	/**
	 * Counts on a Micrometer registry. The action tag is the action's name when it looks like one
	 * (upper-case letters and '_', at most 64), else {@code other}, so the tag stays bounded.
	 */
	final class Micrometer implements WebhookMetrics {

		private static final Pattern ACTION = Pattern.compile("[A-Z_]{1,64}");

		private final MeterRegistry registry;

		Micrometer(MeterRegistry registry) {
			this.registry = registry;
		}

		@Override
		public void record(String action, WebhookOutcome outcome) {
			String tag = (action.equals(NO_ACTION) || ACTION.matcher(action).matches()) ? action : "other";
			Counter.builder(METER_NAME)
				.description("Label Studio webhook deliveries received, by action and outcome")
				.tag("action", tag)
				.tag("outcome", outcome.tag())
				.register(this.registry)
				.increment();
		}

	}

}
