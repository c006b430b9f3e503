package dev.labelstudio4j.client.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

import org.springframework.util.ClassUtils;

/**
 * The webhook fields that {@link WebhookCreate} and {@link WebhookUpdate} share: their accessors, how they are
 * written as JSON (the accessors, unset ones left out) and the builder setters, which check Label Studio's
 * rules before any I/O. Immutable; {@link #toString()} shows header names only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class AbstractWebhookParams {

	/** The longest URL the server stores. */
	static final int MAX_URL_LENGTH = 2048;

	private final @Nullable String url;

	private final @Nullable Boolean sendPayload;

	private final @Nullable Boolean sendForAllActions;

	private final @Nullable Map<String, String> headers;

	private final @Nullable Boolean isActive;

	private final @Nullable List<WebhookAction> actions;

	AbstractWebhookParams(AbstractBuilder<?> builder) {
		this.url = builder.url;
		this.sendPayload = builder.sendPayload;
		this.sendForAllActions = builder.sendForAllActions;
		this.headers = builder.headers;
		this.isActive = builder.isActive;
		this.actions = builder.actions;
	}

	/**
	 * Return where the events are POSTed.
	 * @return the URL or {@code null} when not set
	 */
	@JsonProperty
	public @Nullable String url() {
		return this.url;
	}

	/**
	 * Return whether the events carry their payload.
	 * @return the flag or {@code null} when not set
	 */
	@JsonProperty
	public @Nullable Boolean sendPayload() {
		return this.sendPayload;
	}

	/**
	 * Return whether the webhook fires for every action.
	 * @return the flag or {@code null} when not set
	 */
	@JsonProperty
	public @Nullable Boolean sendForAllActions() {
		return this.sendForAllActions;
	}

	/**
	 * Return the custom headers sent with every event.
	 * @return the headers or {@code null} when not set
	 */
	@JsonProperty
	public @Nullable Map<String, String> headers() {
		return this.headers;
	}

	/**
	 * Return whether the webhook is enabled.
	 * @return the flag or {@code null} when not set
	 */
	@JsonProperty("is_active")
	public @Nullable Boolean isActive() {
		return this.isActive;
	}

	/**
	 * Return the actions the webhook fires for when it does not fire for all.
	 * @return the actions or {@code null} when not set
	 */
	@JsonProperty
	public @Nullable List<WebhookAction> actions() {
		return this.actions;
	}

	String describeFields() {
		return "url=" + this.url + ", sendPayload=" + this.sendPayload + ", sendForAllActions="
				+ this.sendForAllActions + ", headers=" + WebhookHeaders.describe(this.headers) + ", isActive="
				+ this.isActive + ", actions=" + this.actions;
	}

	@Override
	public String toString() {
		return ClassUtils.getShortName(getClass()) + "[" + describeFields() + "]";
	}

	/**
	 * The builder setters of the shared fields.
	 * @param <B> the type of the concrete builder
	 */
	abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {

		@Nullable String url;

		@Nullable Boolean sendPayload;

		@Nullable Boolean sendForAllActions;

		@Nullable Map<String, String> headers;

		@Nullable Boolean isActive;

		@Nullable List<WebhookAction> actions;

		AbstractBuilder() {
		}

		abstract B self();

		/**
		 * Set where the events are POSTed.
		 * @param url an absolute URL of at most 2048 characters
		 * @return this builder
		 */
		public B url(String url) {
			Args.notBlank(url, "url");
			if (url.length() > MAX_URL_LENGTH) {
				throw new IllegalArgumentException(
						"url must be at most " + MAX_URL_LENGTH + " characters but has " + url.length());
			}
			this.url = url;
			return self();
		}

		/**
		 * Set whether the events carry their payload; with {@code false} the body is only
		 * {@code {"action": ...}}. The server's default is {@code true}.
		 * @param sendPayload the flag
		 * @return this builder
		 */
		public B sendPayload(boolean sendPayload) {
			this.sendPayload = sendPayload;
			return self();
		}

		/**
		 * Set whether the webhook fires for every action, ignoring {@code actions}. The server's default is
		 * {@code true}.
		 * @param sendForAllActions the flag
		 * @return this builder
		 */
		public B sendForAllActions(boolean sendForAllActions) {
			this.sendForAllActions = sendForAllActions;
			return self();
		}

		/**
		 * Set the custom headers sent with every event, for example the shared secret a receiver checks: at
		 * most 10, names matching {@code [a-zA-Z0-9-_]+}.
		 * @param headers the headers by name
		 * @return this builder
		 * @throws IllegalArgumentException if the headers break one of the rules
		 */
		public B headers(Map<String, String> headers) {
			this.headers = WebhookHeaders.validate(headers, "headers");
			return self();
		}

		/**
		 * Set whether the webhook is enabled. The server's default is {@code true}.
		 * @param isActive the flag
		 * @return this builder
		 */
		public B isActive(boolean isActive) {
			this.isActive = isActive;
			return self();
		}

		/**
		 * Set the actions the webhook fires for when {@code sendForAllActions} is {@code false}.
		 * @param actions the actions
		 * @return this builder
		 */
		public B actions(WebhookAction... actions) {
			return actions(Arrays.asList(Args.notNull(actions, "actions")));
		}

		/**
		 * Set the actions the webhook fires for when {@code sendForAllActions} is {@code false}.
		 * @param actions the actions
		 * @return this builder
		 */
		public B actions(List<WebhookAction> actions) {
			Args.notNull(actions, "actions");
			actions.forEach((action) -> Args.notNull(action, "actions"));
			this.actions = List.copyOf(actions);
			return self();
		}

	}

}
