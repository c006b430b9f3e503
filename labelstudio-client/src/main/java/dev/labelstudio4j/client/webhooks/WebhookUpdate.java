package dev.labelstudio4j.client.webhooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.labelstudio4j.client.internal.Args;

/**
 * The body of {@link WebhooksClient#update(long, WebhookUpdate)}. Label Studio empties a webhook's action list
 * on a PATCH without {@code actions}, so this body always carries the full list: the builder takes it, and
 * {@link #from(Webhook)} starts from a webhook's current one. Everything else that is not set is not sent and
 * stays as it is; the project cannot change. Immutable; {@link #toString()} shows header names only.
 */
public final class WebhookUpdate extends AbstractWebhookParams {

	private WebhookUpdate(Builder builder) {
		super(builder);
	}

	/**
	 * Create a new builder with the full action list the webhook is to have.
	 * @param actions the actions, an empty list for none (with {@code sendForAllActions} the list is ignored)
	 * @return a builder with the actions set
	 */
	public static Builder builder(List<WebhookAction> actions) {
		return new Builder().actions(actions);
	}

	/**
	 * Create a new builder with the full action list the webhook is to have. For none, pass an empty list to
	 * {@link #builder(List)}.
	 * @param action the first action
	 * @param more the other actions
	 * @return a builder with the actions set
	 */
	public static Builder builder(WebhookAction action, WebhookAction... more) {
		Args.notNull(action, "action");
		Args.notNull(more, "more");
		List<WebhookAction> actions = new ArrayList<>();
		actions.add(action);
		actions.addAll(Arrays.asList(more));
		return new Builder().actions(actions);
	}

	/**
	 * Create a new builder that keeps a webhook's current actions.
	 * @param webhook the webhook as read from the server
	 * @return a builder with the webhook's actions set
	 * @throws IllegalArgumentException if the webhook's {@code actions} arrived in a shape that cannot be read
	 * as action names (keeping them would replace them with the part that could be read)
	 */
	public static Builder from(Webhook webhook) {
		Args.notNull(webhook, "webhook");
		Object raw = webhook.rawField("actions");
		if (raw != null && !(raw instanceof String)
				&& !(raw instanceof List<?> names && names.stream().allMatch(String.class::isInstance))) {
			throw new IllegalArgumentException("webhook has actions that are not a list of names; "
					+ "set the actions with WebhookUpdate.builder(List) instead");
		}
		return new Builder().actions(webhook.actions());
	}

	/**
	 * Builder for {@link WebhookUpdate}.
	 */
	public static final class Builder extends AbstractWebhookParams.AbstractBuilder<Builder> {

		private Builder() {
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 */
		public WebhookUpdate build() {
			return new WebhookUpdate(this);
		}

	}

}
