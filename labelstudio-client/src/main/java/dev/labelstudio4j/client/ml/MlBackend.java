package dev.labelstudio4j.client.ml;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * A machine learning backend connected to a project. The Basic-auth password ({@code basic_auth_pass}) is
 * never kept, not even as an additional property; {@link #basicAuthPassIsSet()} tells whether one is set.
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
public final class MlBackend {

	private static final ModelSchema SCHEMA = ModelSchema.of("MlBackend")
		.field("id", FieldKind.INTEGER)
		.field("project", FieldKind.INTEGER)
		.field("url", FieldKind.STRING)
		.field("title", FieldKind.STRING)
		.field("description", FieldKind.STRING)
		.field("state", FieldKind.STRING)
		.field("readable_state", FieldKind.STRING)
		.field("error_message", FieldKind.STRING)
		.field("is_interactive", FieldKind.BOOLEAN)
		.field("auth_method", FieldKind.STRING)
		.field("basic_auth_user", FieldKind.STRING)
		.field("basic_auth_pass_is_set", FieldKind.ANY)
		.field("extra_params", FieldKind.OBJECT)
		.field("model_version", FieldKind.STRING)
		.field("auto_update", FieldKind.BOOLEAN)
		.field("timeout", FieldKind.NUMBER)
		.field("created_at", FieldKind.DATE_TIME)
		.field("updated_at", FieldKind.DATE_TIME)
		.build();

	private final Map<String, Object> json;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime updatedAt;

	private MlBackend(Map<String, Object> json) {
		json.remove("basic_auth_pass");
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static MlBackend fromJson(Map<String, Object> json) {
		return new MlBackend(json);
	}

	/**
	 * Return the ML backend id ({@code id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long id() {
		return JsonValues.toLong(this.json.get("id"));
	}

	/**
	 * Return the project id ({@code project}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long project() {
		return JsonValues.toLong(this.json.get("project"));
	}

	/**
	 * Return the ML backend's URL ({@code url}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String url() {
		return JsonValues.toStringValue(this.json.get("url"));
	}

	/**
	 * Return the ML backend's name ({@code title}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String title() {
		return JsonValues.toStringValue(this.json.get("title"));
	}

	/**
	 * Return the ML backend's description ({@code description}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String description() {
		return JsonValues.toStringValue(this.json.get("description"));
	}

	/**
	 * Return the state: {@code CO} (connected), {@code DI} (disconnected), {@code ER} (error), {@code TR} (training) or {@code PR} (predicting) ({@code state}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String state() {
		return JsonValues.toStringValue(this.json.get("state"));
	}

	/**
	 * Return the state in words ({@code readable_state}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String readableState() {
		return JsonValues.toStringValue(this.json.get("readable_state"));
	}

	/**
	 * Return the error message, in the error state ({@code error_message}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String errorMessage() {
		return JsonValues.toStringValue(this.json.get("error_message"));
	}

	/**
	 * Return whether the backend is used for interactive pre-annotations ({@code is_interactive}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean isInteractive() {
		return JsonValues.toBoolean(this.json.get("is_interactive"));
	}

	/**
	 * Return the authentication method, {@code NONE} or {@code BASIC_AUTH} ({@code auth_method}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String authMethod() {
		return JsonValues.toStringValue(this.json.get("auth_method"));
	}

	/**
	 * Return the Basic-auth user ({@code basic_auth_user}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String basicAuthUser() {
		return JsonValues.toStringValue(this.json.get("basic_auth_user"));
	}

	/**
	 * Return whether a Basic-auth password is set, as the server reports it ({@code basic_auth_pass_is_set}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object basicAuthPassIsSet() {
		return JsonValues.readOnly(this.json.get("basic_auth_pass_is_set"));
	}

	/**
	 * Return the extra parameters passed to the backend at setup ({@code extra_params}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> extraParams() {
		return JsonValues.toMap(this.json.get("extra_params"));
	}

	/**
	 * Return the current model version ({@code model_version}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String modelVersion() {
		return JsonValues.toStringValue(this.json.get("model_version"));
	}

	/**
	 * Return whether the model version follows the backend's latest ({@code auto_update}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean autoUpdate() {
		return JsonValues.toBoolean(this.json.get("auto_update"));
	}

	/**
	 * Return the response timeout, in seconds ({@code timeout}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Double timeout() {
		return JsonValues.toDouble(this.json.get("timeout"));
	}

	/**
	 * Return the creation time ({@code created_at}).
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
	 * Return the last update time ({@code updated_at}).
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
	 * Return a builder that starts from every field of this {@code MlBackend}, additional ones included.
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
		return this == other || (other instanceof MlBackend that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code MlBackend}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link MlBackend}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the ML backend id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable Long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the project id ({@code project}).
		 * @param project the value
		 * @return this builder
		 */
		public Builder project(@Nullable Long project) {
			return set("project", JsonValues.number(project));
		}

		/**
		 * Set the ML backend's URL ({@code url}).
		 * @param url the value
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			return set("url", url);
		}

		/**
		 * Set the ML backend's name ({@code title}).
		 * @param title the value
		 * @return this builder
		 */
		public Builder title(@Nullable String title) {
			return set("title", title);
		}

		/**
		 * Set the ML backend's description ({@code description}).
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			return set("description", description);
		}

		/**
		 * Set the state: {@code CO} (connected), {@code DI} (disconnected), {@code ER} (error), {@code TR} (training) or {@code PR} (predicting) ({@code state}).
		 * @param state the value
		 * @return this builder
		 */
		public Builder state(@Nullable String state) {
			return set("state", state);
		}

		/**
		 * Set the state in words ({@code readable_state}).
		 * @param readableState the value
		 * @return this builder
		 */
		public Builder readableState(@Nullable String readableState) {
			return set("readable_state", readableState);
		}

		/**
		 * Set the error message, in the error state ({@code error_message}).
		 * @param errorMessage the value
		 * @return this builder
		 */
		public Builder errorMessage(@Nullable String errorMessage) {
			return set("error_message", errorMessage);
		}

		/**
		 * Set whether the backend is used for interactive pre-annotations ({@code is_interactive}).
		 * @param isInteractive the value
		 * @return this builder
		 */
		public Builder isInteractive(@Nullable Boolean isInteractive) {
			return set("is_interactive", isInteractive);
		}

		/**
		 * Set the authentication method, {@code NONE} or {@code BASIC_AUTH} ({@code auth_method}).
		 * @param authMethod the value
		 * @return this builder
		 */
		public Builder authMethod(@Nullable String authMethod) {
			return set("auth_method", authMethod);
		}

		/**
		 * Set the Basic-auth user ({@code basic_auth_user}).
		 * @param basicAuthUser the value
		 * @return this builder
		 */
		public Builder basicAuthUser(@Nullable String basicAuthUser) {
			return set("basic_auth_user", basicAuthUser);
		}

		/**
		 * Set whether a Basic-auth password is set, as the server reports it ({@code basic_auth_pass_is_set}).
		 * @param basicAuthPassIsSet the value
		 * @return this builder
		 */
		public Builder basicAuthPassIsSet(@Nullable Object basicAuthPassIsSet) {
			return set("basic_auth_pass_is_set", JsonValues.copy(basicAuthPassIsSet));
		}

		/**
		 * Set the extra parameters passed to the backend at setup ({@code extra_params}).
		 * @param extraParams the value
		 * @return this builder
		 */
		public Builder extraParams(@Nullable Map<String, ?> extraParams) {
			return set("extra_params", (extraParams != null) ? JsonValues.copyMap(extraParams) : null);
		}

		/**
		 * Set the current model version ({@code model_version}).
		 * @param modelVersion the value
		 * @return this builder
		 */
		public Builder modelVersion(@Nullable String modelVersion) {
			return set("model_version", modelVersion);
		}

		/**
		 * Set whether the model version follows the backend's latest ({@code auto_update}).
		 * @param autoUpdate the value
		 * @return this builder
		 */
		public Builder autoUpdate(@Nullable Boolean autoUpdate) {
			return set("auto_update", autoUpdate);
		}

		/**
		 * Set the response timeout, in seconds ({@code timeout}).
		 * @param timeout the value
		 * @return this builder
		 */
		public Builder timeout(@Nullable Double timeout) {
			return set("timeout", timeout);
		}

		/**
		 * Set the creation time ({@code created_at}).
		 * @param createdAt the value
		 * @return this builder
		 */
		public Builder createdAt(@Nullable OffsetDateTime createdAt) {
			return set("created_at", JsonValues.dateTime(createdAt));
		}

		/**
		 * Set the last update time ({@code updated_at}).
		 * @param updatedAt the value
		 * @return this builder
		 */
		public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
			return set("updated_at", JsonValues.dateTime(updatedAt));
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
		 * Build the immutable {@code MlBackend}.
		 * @return the model
		 */
		public MlBackend build() {
			return new MlBackend(new LinkedHashMap<>(this.json));
		}

	}

}
