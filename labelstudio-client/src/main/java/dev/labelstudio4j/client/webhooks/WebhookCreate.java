package dev.labelstudio4j.client.webhooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * The body of {@link WebhooksClient#create(WebhookCreate)}: the project, the URL and what to send. Immutable;
 * what is not set is not sent and takes the server's default. A webhook without a project is
 * organization-level, which open-source servers refuse (404 "Project not found."). {@link #toString()} shows
 * header names only.
 */
public final class WebhookCreate extends AbstractWebhookParams {

	private final @Nullable Long project;

	private WebhookCreate(Builder builder) {
		super(builder);
		this.project = builder.project;
	}

	/**
	 * Create a new builder.
	 * @param url where the events are POSTed
	 * @return a builder with the URL set
	 */
	public static Builder builder(String url) {
		return new Builder().url(url);
	}

	/**
	 * Return the project the webhook belongs to; it cannot change after creation.
	 * @return the project id, or {@code null} for an organization-level webhook
	 */
	@JsonProperty
	public @Nullable Long project() {
		return this.project;
	}

	@Override
	public String toString() {
		return "WebhookCreate[project=" + this.project + ", " + describeFields() + "]";
	}

	/**
	 * Builder for {@link WebhookCreate}.
	 */
	public static final class Builder extends AbstractWebhookParams.AbstractBuilder<Builder> {

		private @Nullable Long project;

		private Builder() {
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * Set the project the webhook belongs to. Without one the webhook is organization-level.
		 * @param project the project id
		 * @return this builder
		 */
		public Builder project(long project) {
			this.project = Args.positive(project, "project");
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 * @throws IllegalArgumentException if a project webhook lists an organization-only action, which the
		 * server refuses
		 */
		public WebhookCreate build() {
			if (this.project != null && this.actions != null) {
				for (WebhookAction action : this.actions) {
					if (action.isOrganizationOnly()) {
						throw new IllegalArgumentException("actions must not contain the organization-only action "
								+ action + " in a project webhook");
					}
				}
			}
			return new WebhookCreate(this);
		}

	}

}
