package dev.labelstudio4j.client.workspaces;

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
 * A workspace: a group of projects and members.
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
public final class Workspace {

	private static final ModelSchema SCHEMA = ModelSchema.of("Workspace")
		.field("id", FieldKind.INTEGER)
		.field("title", FieldKind.STRING)
		.field("description", FieldKind.STRING)
		.field("is_public", FieldKind.BOOLEAN)
		.field("is_personal", FieldKind.BOOLEAN)
		.field("is_archived", FieldKind.BOOLEAN)
		.field("created_at", FieldKind.DATE_TIME)
		.field("updated_at", FieldKind.DATE_TIME)
		.field("created_by", FieldKind.INTEGER)
		.field("color", FieldKind.STRING)
		.build();

	private final Map<String, Object> json;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime updatedAt;

	private Workspace(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static Workspace fromJson(Map<String, Object> json) {
		return new Workspace(json);
	}

	/**
	 * Return the workspace id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the title ({@code title}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String title() {
		return JsonValues.toStringValue(this.json.get("title"));
	}

	/**
	 * Return the description ({@code description}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String description() {
		return JsonValues.toStringValue(this.json.get("description"));
	}

	/**
	 * Return whether every member of the organization sees it (older servers) ({@code is_public}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean isPublic() {
		return JsonValues.toBoolean(this.json.get("is_public"));
	}

	/**
	 * Return whether it is a user's personal workspace ({@code is_personal}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean isPersonal() {
		return JsonValues.toBoolean(this.json.get("is_personal"));
	}

	/**
	 * Return whether it is archived ({@code is_archived}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean isArchived() {
		return JsonValues.toBoolean(this.json.get("is_archived"));
	}

	/**
	 * Return when it was created (older servers) ({@code created_at}).
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
	 * Return when it was last changed (older servers) ({@code updated_at}).
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
	 * Return the id of the user who created it ({@code created_by}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long createdBy() {
		return JsonValues.toLong(this.json.get("created_by"));
	}

	/**
	 * Return its color, in HEX format ({@code color}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String color() {
		return JsonValues.toStringValue(this.json.get("color"));
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
	 * Return a builder that starts from every field of this {@code Workspace}, additional ones included.
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
		return this == other || (other instanceof Workspace that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code Workspace}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link Workspace}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the workspace id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the title ({@code title}).
		 * @param title the value
		 * @return this builder
		 */
		public Builder title(@Nullable String title) {
			return set("title", title);
		}

		/**
		 * Set the description ({@code description}).
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			return set("description", description);
		}

		/**
		 * Set whether every member of the organization sees it (older servers) ({@code is_public}).
		 * @param isPublic the value
		 * @return this builder
		 */
		public Builder isPublic(@Nullable Boolean isPublic) {
			return set("is_public", isPublic);
		}

		/**
		 * Set whether it is a user's personal workspace ({@code is_personal}).
		 * @param isPersonal the value
		 * @return this builder
		 */
		public Builder isPersonal(@Nullable Boolean isPersonal) {
			return set("is_personal", isPersonal);
		}

		/**
		 * Set whether it is archived ({@code is_archived}).
		 * @param isArchived the value
		 * @return this builder
		 */
		public Builder isArchived(@Nullable Boolean isArchived) {
			return set("is_archived", isArchived);
		}

		/**
		 * Set when it was created (older servers) ({@code created_at}).
		 * @param createdAt the value
		 * @return this builder
		 */
		public Builder createdAt(@Nullable OffsetDateTime createdAt) {
			return set("created_at", JsonValues.dateTime(createdAt));
		}

		/**
		 * Set when it was last changed (older servers) ({@code updated_at}).
		 * @param updatedAt the value
		 * @return this builder
		 */
		public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
			return set("updated_at", JsonValues.dateTime(updatedAt));
		}

		/**
		 * Set the id of the user who created it ({@code created_by}).
		 * @param createdBy the value
		 * @return this builder
		 */
		public Builder createdBy(@Nullable Long createdBy) {
			return set("created_by", JsonValues.number(createdBy));
		}

		/**
		 * Set its color, in HEX format ({@code color}).
		 * @param color the value
		 * @return this builder
		 */
		public Builder color(@Nullable String color) {
			return set("color", color);
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
		 * Build the immutable {@code Workspace}.
		 * @return the model
		 */
		public Workspace build() {
			return new Workspace(new LinkedHashMap<>(this.json));
		}

	}

}
