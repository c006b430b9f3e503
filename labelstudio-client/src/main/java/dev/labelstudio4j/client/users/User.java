package dev.labelstudio4j.client.users;

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
 * A Label Studio user ({@code BaseUser}).
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
public final class User {

	private static final ModelSchema SCHEMA = ModelSchema.of("User")
		.field("id", FieldKind.INTEGER)
		.field("first_name", FieldKind.STRING)
		.field("last_name", FieldKind.STRING)
		.field("username", FieldKind.STRING)
		.field("email", FieldKind.STRING)
		.field("last_activity", FieldKind.DATE_TIME)
		.field("avatar", FieldKind.STRING)
		.field("initials", FieldKind.STRING)
		.field("phone", FieldKind.STRING)
		.field("active_organization", FieldKind.INTEGER)
		.field("allow_newsletters", FieldKind.BOOLEAN)
		.field("date_joined", FieldKind.DATE_TIME)
		.build();

	private final Map<String, Object> json;

	private @Nullable OffsetDateTime lastActivity;

	private @Nullable OffsetDateTime dateJoined;

	private User(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static User fromJson(Map<String, Object> json) {
		return new User(json);
	}

	/**
	 * Return the user id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the first name ({@code first_name}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String firstName() {
		return JsonValues.toStringValue(this.json.get("first_name"));
	}

	/**
	 * Return the last name ({@code last_name}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String lastName() {
		return JsonValues.toStringValue(this.json.get("last_name"));
	}

	/**
	 * Return the username ({@code username}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String username() {
		return JsonValues.toStringValue(this.json.get("username"));
	}

	/**
	 * Return the email address ({@code email}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String email() {
		return JsonValues.toStringValue(this.json.get("email"));
	}

	/**
	 * Return the time of the user's last activity ({@code last_activity}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime lastActivity() {
		OffsetDateTime value = this.lastActivity;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("last_activity"));
			this.lastActivity = value;
		}
		return value;
	}

	/**
	 * Return the avatar URL ({@code avatar}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String avatar() {
		return JsonValues.toStringValue(this.json.get("avatar"));
	}

	/**
	 * Return the initials ({@code initials}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String initials() {
		return JsonValues.toStringValue(this.json.get("initials"));
	}

	/**
	 * Return the phone number ({@code phone}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String phone() {
		return JsonValues.toStringValue(this.json.get("phone"));
	}

	/**
	 * Return the id of the user's active organization ({@code active_organization}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long activeOrganization() {
		return JsonValues.toLong(this.json.get("active_organization"));
	}

	/**
	 * Return whether the user allows newsletters ({@code allow_newsletters}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean allowNewsletters() {
		return JsonValues.toBoolean(this.json.get("allow_newsletters"));
	}

	/**
	 * Return the time the user joined ({@code date_joined}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime dateJoined() {
		OffsetDateTime value = this.dateJoined;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("date_joined"));
			this.dateJoined = value;
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
	 * Return a builder that starts from every field of this {@code User}, additional ones included.
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
		return this == other || (other instanceof User that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code User}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link User}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the user id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the first name ({@code first_name}).
		 * @param firstName the value
		 * @return this builder
		 */
		public Builder firstName(@Nullable String firstName) {
			return set("first_name", firstName);
		}

		/**
		 * Set the last name ({@code last_name}).
		 * @param lastName the value
		 * @return this builder
		 */
		public Builder lastName(@Nullable String lastName) {
			return set("last_name", lastName);
		}

		/**
		 * Set the username ({@code username}).
		 * @param username the value
		 * @return this builder
		 */
		public Builder username(@Nullable String username) {
			return set("username", username);
		}

		/**
		 * Set the email address ({@code email}).
		 * @param email the value
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			return set("email", email);
		}

		/**
		 * Set the time of the user's last activity ({@code last_activity}).
		 * @param lastActivity the value
		 * @return this builder
		 */
		public Builder lastActivity(@Nullable OffsetDateTime lastActivity) {
			return set("last_activity", JsonValues.dateTime(lastActivity));
		}

		/**
		 * Set the avatar URL ({@code avatar}).
		 * @param avatar the value
		 * @return this builder
		 */
		public Builder avatar(@Nullable String avatar) {
			return set("avatar", avatar);
		}

		/**
		 * Set the initials ({@code initials}).
		 * @param initials the value
		 * @return this builder
		 */
		public Builder initials(@Nullable String initials) {
			return set("initials", initials);
		}

		/**
		 * Set the phone number ({@code phone}).
		 * @param phone the value
		 * @return this builder
		 */
		public Builder phone(@Nullable String phone) {
			return set("phone", phone);
		}

		/**
		 * Set the id of the user's active organization ({@code active_organization}).
		 * @param activeOrganization the value
		 * @return this builder
		 */
		public Builder activeOrganization(@Nullable Long activeOrganization) {
			return set("active_organization", JsonValues.number(activeOrganization));
		}

		/**
		 * Set whether the user allows newsletters ({@code allow_newsletters}).
		 * @param allowNewsletters the value
		 * @return this builder
		 */
		public Builder allowNewsletters(@Nullable Boolean allowNewsletters) {
			return set("allow_newsletters", allowNewsletters);
		}

		/**
		 * Set the time the user joined ({@code date_joined}).
		 * @param dateJoined the value
		 * @return this builder
		 */
		public Builder dateJoined(@Nullable OffsetDateTime dateJoined) {
			return set("date_joined", JsonValues.dateTime(dateJoined));
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
		 * Build the immutable {@code User}.
		 * @return the model
		 */
		public User build() {
			return new User(new LinkedHashMap<>(this.json));
		}

	}

}
