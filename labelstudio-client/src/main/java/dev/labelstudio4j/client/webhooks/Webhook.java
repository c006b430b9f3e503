package dev.labelstudio4j.client.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A webhook: where Label Studio POSTs its events, for which actions, and with which custom headers. Unknown
 * fields are ignored. The custom {@code headers} usually hold the shared secret a receiver checks, so
 * {@link #toString()} shows their names only, never their values.
 *
 * @param id the webhook id
 * @param organization the id of the organization it belongs to
 * @param project the project it belongs to, {@code null} for an organization-level webhook
 * @param url where the events are POSTed
 * @param sendPayload whether the events carry their payload ({@code false}: only {@code {"action": ...}})
 * @param sendForAllActions whether it fires for every action, {@code actions} then being ignored
 * @param headers the custom headers sent with every event
 * @param isActive whether it is enabled
 * @param actions the actions it fires for when {@code sendForAllActions} is {@code false}
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 * @param consecutiveFailures the failed deliveries in a row (newer servers disable the webhook past a
 * threshold), {@code null} on servers that do not count them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Webhook(long id, @Nullable Long organization, @Nullable Long project, @Nullable String url,
		@Nullable Boolean sendPayload, @Nullable Boolean sendForAllActions, @Nullable Map<String, String> headers,
		@Nullable Boolean isActive, @Nullable List<WebhookAction> actions, @Nullable OffsetDateTime createdAt,
		@Nullable OffsetDateTime updatedAt, @Nullable Integer consecutiveFailures) {

	/**
	 * Return whether this is an organization-level webhook (no project).
	 * @return whether {@code project} is {@code null}
	 */
	public boolean isOrganizationLevel() {
		return this.project == null;
	}

	/**
	 * Describe the webhook; custom headers by name only.
	 */
	@Override
	public String toString() {
		return "Webhook[id=" + this.id + ", organization=" + this.organization + ", project=" + this.project
				+ ", url=" + this.url + ", sendPayload=" + this.sendPayload + ", sendForAllActions="
				+ this.sendForAllActions + ", headers=" + WebhookHeaders.describe(this.headers) + ", isActive="
				+ this.isActive + ", actions=" + this.actions + ", createdAt=" + this.createdAt + ", updatedAt="
				+ this.updatedAt + ", consecutiveFailures=" + this.consecutiveFailures + "]";
	}

}
