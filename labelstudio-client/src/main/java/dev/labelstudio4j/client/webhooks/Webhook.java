package dev.labelstudio4j.client.webhooks;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * A webhook: where Label Studio POSTs its events, for which actions, and with which custom headers. The
 * custom {@code headers} usually hold the shared secret a receiver checks, so {@link #toString()} shows their
 * names only, never their values.
 * <p>
 * Read leniently from Label Studio's JSON: a declared field that arrives with another JSON type makes its
 * accessor answer {@code null} (a list accessor the elements of the expected type, none when it is not an
 * array) instead of failing the call, and is logged at DEBUG (model and field, never the value). Integers are also read from whole numbers ({@code 12.0}) and from
 * strings holding them ({@code "12"}), numbers from numeric strings, date-times from ISO-8601 strings with
 * an offset or without one (then UTC, parsed on first access). {@link #rawField(String)} answers any field
 * as sent, {@link #additionalProperties()} the fields this class does not declare; serializing the model
 * writes its JSON object back unchanged. Immutable: use {@link #builder()} or {@link #toBuilder()} to make
 * one. Two instances are equal when their JSON objects are.
 */
public final class Webhook {

	private static final ModelSchema SCHEMA = ModelSchema.of("Webhook")
		.field("id", FieldKind.INTEGER)
		.field("organization", FieldKind.INTEGER)
		.field("project", FieldKind.INTEGER)
		.field("url", FieldKind.STRING)
		.field("send_payload", FieldKind.BOOLEAN)
		.field("send_for_all_actions", FieldKind.BOOLEAN)
		.secretValues("headers", FieldKind.OBJECT)
		.field("is_active", FieldKind.BOOLEAN)
		.field("actions", FieldKind.LIST_OF_STRINGS)
		.field("created_at", FieldKind.DATE_TIME)
		.field("updated_at", FieldKind.DATE_TIME)
		.field("consecutive_failures", FieldKind.INT)
		.build();

	private final Map<String, Object> json;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime updatedAt;

	private Webhook(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static Webhook fromJson(Map<String, Object> json) {
		return new Webhook(json);
	}

	/**
	 * Return the webhook id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the id of the organization it belongs to ({@code organization}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long organization() {
		return JsonValues.toLong(this.json.get("organization"));
	}

	/**
	 * Return the project it belongs to, {@code null} for an organization-level webhook ({@code project}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long project() {
		return JsonValues.toLong(this.json.get("project"));
	}

	/**
	 * Return where the events are POSTed ({@code url}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String url() {
		return JsonValues.toStringValue(this.json.get("url"));
	}

	/**
	 * Return whether the events carry their payload ({@code false}: only {@code {"action": ...}}) ({@code send_payload}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean sendPayload() {
		return JsonValues.toBoolean(this.json.get("send_payload"));
	}

	/**
	 * Return whether it fires for every action, {@code actions} then being ignored ({@code send_for_all_actions}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean sendForAllActions() {
		return JsonValues.toBoolean(this.json.get("send_for_all_actions"));
	}

	/**
	 * Return the custom headers sent with every event (headers whose value is not a string are left out) ({@code headers}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, String> headers() {
		return WebhookHeaders.read(this.json.get("headers"));
	}

	/**
	 * Return whether it is enabled ({@code is_active}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean isActive() {
		return JsonValues.toBoolean(this.json.get("is_active"));
	}

	/**
	 * Return the actions it fires for when {@code send_for_all_actions} is {@code false} ({@code actions}).
	 * @return the actions, empty when absent or not an array of names
	 */
	public List<WebhookAction> actions() {
		return WebhookAction.readList(this.json.get("actions"));
	}

	/**
	 * Return when it was created ({@code created_at}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime createdAt() {
		OffsetDateTime value = this.createdAt;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("created_at"));
			this.createdAt = value;
		}
		return value;
	}

	/**
	 * Return when it was last updated ({@code updated_at}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime updatedAt() {
		OffsetDateTime value = this.updatedAt;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("updated_at"));
			this.updatedAt = value;
		}
		return value;
	}

	/**
	 * Return the failed deliveries in a row (newer servers disable the webhook past a threshold), {@code null} on servers that do not count them ({@code consecutive_failures}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer consecutiveFailures() {
		return JsonValues.toInteger(this.json.get("consecutive_failures"));
	}

	/**
	 * Return whether this is an organization-level webhook (no project).
	 * @return whether {@link #project()} is {@code null}
	 */
	public boolean isOrganizationLevel() {
		return project() == null;
	}

	/**
	 * Return the fields of the JSON object that this class does not declare, as the server sent them.
	 * @return a read-only map, empty when there are none
	 */
	public Map<String, Object> additionalProperties() {
		return SCHEMA.additionalProperties(this.json);
	}

	/**
	 * Return a field of the JSON object as the server sent it, whether declared or not, whatever its JSON
	 * type.
	 * @param name the field's JSON name, for example {@code "id"}
	 * @return the value (objects and arrays as read-only maps and lists), or {@code null} when absent or
	 * JSON {@code null}
	 */
	public @Nullable Object rawField(String name) {
		return JsonValues.readOnly(this.json.get(name));
	}

	/**
	 * Return the whole JSON object, declared and additional fields, as read or built; this is what
	 * serializing the model writes.
	 * @return a read-only map
	 */
	@JsonValue
	public Map<String, Object> rawJson() {
		return JsonValues.readOnlyMap(this.json);
	}

	/**
	 * Return a builder that starts from every field of this {@code Webhook}, additional ones included.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this.json);
	}

	/**
	 * Return a builder with no field set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(Map.of());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Webhook that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code Webhook}: its declared fields (custom headers by name, never their values), objects and
	 * arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link Webhook}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the webhook id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the id of the organization it belongs to ({@code organization}).
		 * @param organization the value
		 * @return this builder
		 */
		public Builder organization(@Nullable Long organization) {
			return set("organization", JsonValues.number(organization));
		}

		/**
		 * Set the project it belongs to, {@code null} for an organization-level webhook ({@code project}).
		 * @param project the value
		 * @return this builder
		 */
		public Builder project(@Nullable Long project) {
			return set("project", JsonValues.number(project));
		}

		/**
		 * Set where the events are POSTed ({@code url}).
		 * @param url the value
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			return set("url", url);
		}

		/**
		 * Set whether the events carry their payload ({@code false}: only {@code {"action": ...}}) ({@code send_payload}).
		 * @param sendPayload the value
		 * @return this builder
		 */
		public Builder sendPayload(@Nullable Boolean sendPayload) {
			return set("send_payload", sendPayload);
		}

		/**
		 * Set whether it fires for every action, {@code actions} then being ignored ({@code send_for_all_actions}).
		 * @param sendForAllActions the value
		 * @return this builder
		 */
		public Builder sendForAllActions(@Nullable Boolean sendForAllActions) {
			return set("send_for_all_actions", sendForAllActions);
		}

		/**
		 * Set the custom headers sent with every event ({@code headers}).
		 * @param headers the value
		 * @return this builder
		 */
		public Builder headers(@Nullable Map<String, String> headers) {
			return set("headers", (headers != null) ? JsonValues.copyMap(headers) : null);
		}

		/**
		 * Set whether it is enabled ({@code is_active}).
		 * @param isActive the value
		 * @return this builder
		 */
		public Builder isActive(@Nullable Boolean isActive) {
			return set("is_active", isActive);
		}

		/**
		 * Set the actions it fires for when {@code send_for_all_actions} is {@code false} ({@code actions}).
		 * @param actions the value
		 * @return this builder
		 */
		public Builder actions(@Nullable List<WebhookAction> actions) {
			return set("actions", WebhookAction.names(actions));
		}

		/**
		 * Set when it was created ({@code created_at}).
		 * @param createdAt the value
		 * @return this builder
		 */
		public Builder createdAt(@Nullable OffsetDateTime createdAt) {
			return set("created_at", JsonValues.dateTime(createdAt));
		}

		/**
		 * Set when it was last updated ({@code updated_at}).
		 * @param updatedAt the value
		 * @return this builder
		 */
		public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
			return set("updated_at", JsonValues.dateTime(updatedAt));
		}

		/**
		 * Set the failed deliveries in a row (newer servers disable the webhook past a threshold), {@code null} on servers that do not count them ({@code consecutive_failures}).
		 * @param consecutiveFailures the value
		 * @return this builder
		 */
		public Builder consecutiveFailures(@Nullable Integer consecutiveFailures) {
			return set("consecutive_failures", consecutiveFailures);
		}

		/**
		 * Set a field this class does not declare (a deep copy of the value is kept).
		 * @param name the field's JSON name, not a declared one
		 * @param value the JSON value (maps, lists, strings, numbers, booleans), {@code null} to remove the
		 * field
		 * @return this builder
		 * @throws IllegalArgumentException if the name is blank or a declared field
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			return set(SCHEMA.additionalName(name), JsonValues.copy(value));
		}

		/**
		 * Set several fields this class does not declare, as {@link #additionalProperty(String, Object)}.
		 * @param properties the fields by JSON name
		 * @return this builder
		 */
		public Builder additionalProperties(Map<String, ?> properties) {
			if (properties == null) {
				throw new IllegalArgumentException("properties must not be null");
			}
			properties.forEach(this::additionalProperty);
			return this;
		}

		private Builder set(String name, @Nullable Object value) {
			if (value == null) {
				this.json.remove(name);
			}
			else {
				this.json.put(name, value);
			}
			return this;
		}

		/**
		 * Build the immutable {@code Webhook}.
		 * @return the model
		 */
		public Webhook build() {
			return new Webhook(new LinkedHashMap<>(this.json));
		}

	}

}
