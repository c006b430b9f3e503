package dev.labelstudio4j.client.tokens;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * The organization's token settings ({@code GET /api/jwt/settings}).
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
public final class JwtSettings {

	private static final ModelSchema SCHEMA = ModelSchema.of("JwtSettings")
		.field("api_tokens_enabled", FieldKind.BOOLEAN)
		.field("legacy_api_tokens_enabled", FieldKind.BOOLEAN)
		.field("api_token_ttl_days", FieldKind.INT)
		.build();

	private final Map<String, Object> json;

	private JwtSettings(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static JwtSettings fromJson(Map<String, Object> json) {
		return new JwtSettings(json);
	}

	/**
	 * Return whether personal access tokens (JWTs) authenticate ({@code api_tokens_enabled}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean apiTokensEnabled() {
		return JsonValues.toBoolean(this.json.get("api_tokens_enabled"));
	}

	/**
	 * Return whether legacy tokens ({@code Authorization: Token}) authenticate ({@code legacy_api_tokens_enabled}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean legacyApiTokensEnabled() {
		return JsonValues.toBoolean(this.json.get("legacy_api_tokens_enabled"));
	}

	/**
	 * Return the lifetime of new personal access tokens in days (Enterprise servers only) ({@code api_token_ttl_days}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer apiTokenTtlDays() {
		return JsonValues.toInteger(this.json.get("api_token_ttl_days"));
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
	 * @param name the field's JSON name, for example {@code "api_tokens_enabled"}
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
	 * Return a builder that starts from every field of this {@code JwtSettings}, additional ones included.
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
		return this == other || (other instanceof JwtSettings that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code JwtSettings}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link JwtSettings}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set whether personal access tokens (JWTs) authenticate ({@code api_tokens_enabled}).
		 * @param apiTokensEnabled the value
		 * @return this builder
		 */
		public Builder apiTokensEnabled(@Nullable Boolean apiTokensEnabled) {
			return set("api_tokens_enabled", apiTokensEnabled);
		}

		/**
		 * Set whether legacy tokens ({@code Authorization: Token}) authenticate ({@code legacy_api_tokens_enabled}).
		 * @param legacyApiTokensEnabled the value
		 * @return this builder
		 */
		public Builder legacyApiTokensEnabled(@Nullable Boolean legacyApiTokensEnabled) {
			return set("legacy_api_tokens_enabled", legacyApiTokensEnabled);
		}

		/**
		 * Set the lifetime of new personal access tokens in days (Enterprise servers only) ({@code api_token_ttl_days}).
		 * @param apiTokenTtlDays the value
		 * @return this builder
		 */
		public Builder apiTokenTtlDays(@Nullable Integer apiTokenTtlDays) {
			return set("api_token_ttl_days", apiTokenTtlDays);
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
		 * Build the immutable {@code JwtSettings}.
		 * @return the model
		 */
		public JwtSettings build() {
			return new JwtSettings(new LinkedHashMap<>(this.json));
		}

	}

}
