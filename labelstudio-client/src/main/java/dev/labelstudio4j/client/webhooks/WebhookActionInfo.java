package dev.labelstudio4j.client.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/webhooks/info/} says about one action. Unknown fields are ignored.
 *
 * @param name the action's display name, for example {@code Annotation created}
 * @param description the description (empty on open-source servers)
 * @param key the payload key the event's data arrives under, for example {@code annotation}
 * @param organizationOnly whether only organization-level webhooks fire for it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookActionInfo(@Nullable String name, @Nullable String description, @Nullable String key,
		@JsonProperty("organization-only") @Nullable Boolean organizationOnly) {
}
