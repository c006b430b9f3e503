package dev.labelstudio4j.client.actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelFactories;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * A Data Manager action as described by {@link ActionsClient#list()}.
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
public final class Action {

	private static final ModelSchema SCHEMA = ModelSchema.of("Action")
		.field("id", FieldKind.STRING)
		.field("title", FieldKind.STRING)
		.field("order", FieldKind.INT)
		.field("permission", FieldKind.LIST_OF_STRINGS)
		.field("experimental", FieldKind.BOOLEAN)
		.field("hidden", FieldKind.BOOLEAN)
		.field("disabled", FieldKind.BOOLEAN)
		.field("disabled_reason", FieldKind.STRING)
		.field("dialog", FieldKind.OBJECT)
		.build();

	private final Map<String, Object> json;

	private @Nullable Dialog dialog;

	private Action(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static Action fromJson(Map<String, Object> json) {
		return new Action(json);
	}

	/**
	 * Return the action id, usable with {@link ActionId#of(String)} ({@code id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String id() {
		return JsonValues.toStringValue(this.json.get("id"));
	}

	/**
	 * Return the title shown in the Data Manager ({@code title}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String title() {
		return JsonValues.toStringValue(this.json.get("title"));
	}

	/**
	 * Return the position in the Data Manager's menu ({@code order}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer order() {
		return JsonValues.toInteger(this.json.get("order"));
	}

	/**
	 * Return the permissions a user needs; a single permission is read as a one-element list ({@code permission}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<String> permission() {
		return JsonValues.toStringList(this.json.get("permission"));
	}

	/**
	 * Return whether the action is experimental ({@code experimental}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean experimental() {
		return JsonValues.toBoolean(this.json.get("experimental"));
	}

	/**
	 * Return whether the action is hidden in the Data Manager ({@code hidden}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean hidden() {
		return JsonValues.toBoolean(this.json.get("hidden"));
	}

	/**
	 * Return whether the action is disabled ({@code disabled}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean disabled() {
		return JsonValues.toBoolean(this.json.get("disabled"));
	}

	/**
	 * Return why the action is disabled ({@code disabled_reason}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String disabledReason() {
		return JsonValues.toStringValue(this.json.get("disabled_reason"));
	}

	/**
	 * Return the confirmation dialog the Data Manager shows, if any ({@code dialog}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Dialog dialog() {
		Dialog value = this.dialog;
		if (value == null) {
			value = JsonValues.toModel(Dialog.class, this.json.get("dialog"));
			this.dialog = value;
		}
		return value;
	}

	/**
	 * Return the id of this action as an {@link ActionId}.
	 * @return the action id
	 * @throws IllegalStateException if the server sent no id
	 */
	public ActionId actionId() {
		String id = id();
		if (id == null) {
			throw new IllegalStateException("The action has no id");
		}
		return ActionId.of(id);
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
	 * Return a builder that starts from every field of this {@code Action}, additional ones included.
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
		return this == other || (other instanceof Action that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code Action}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link Action}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the action id, usable with {@link ActionId#of(String)} ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			return set("id", id);
		}

		/**
		 * Set the title shown in the Data Manager ({@code title}).
		 * @param title the value
		 * @return this builder
		 */
		public Builder title(@Nullable String title) {
			return set("title", title);
		}

		/**
		 * Set the position in the Data Manager's menu ({@code order}).
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Integer order) {
			return set("order", order);
		}

		/**
		 * Set the permissions a user needs; a single permission is read as a one-element list ({@code permission}).
		 * @param permission the value
		 * @return this builder
		 */
		public Builder permission(@Nullable List<String> permission) {
			return set("permission", JsonValues.copy(permission));
		}

		/**
		 * Set whether the action is experimental ({@code experimental}).
		 * @param experimental the value
		 * @return this builder
		 */
		public Builder experimental(@Nullable Boolean experimental) {
			return set("experimental", experimental);
		}

		/**
		 * Set whether the action is hidden in the Data Manager ({@code hidden}).
		 * @param hidden the value
		 * @return this builder
		 */
		public Builder hidden(@Nullable Boolean hidden) {
			return set("hidden", hidden);
		}

		/**
		 * Set whether the action is disabled ({@code disabled}).
		 * @param disabled the value
		 * @return this builder
		 */
		public Builder disabled(@Nullable Boolean disabled) {
			return set("disabled", disabled);
		}

		/**
		 * Set why the action is disabled ({@code disabled_reason}).
		 * @param disabledReason the value
		 * @return this builder
		 */
		public Builder disabledReason(@Nullable String disabledReason) {
			return set("disabled_reason", disabledReason);
		}

		/**
		 * Set the confirmation dialog the Data Manager shows, if any ({@code dialog}).
		 * @param dialog the value
		 * @return this builder
		 */
		public Builder dialog(@Nullable Dialog dialog) {
			return set("dialog", (dialog != null) ? JsonValues.unwrap(dialog.rawJson()) : null);
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
		 * Build the immutable {@code Action}.
		 * @return the model
		 */
		public Action build() {
			return new Action(new LinkedHashMap<>(this.json));
		}

	}

	/**
	 * The confirmation dialog of an action.
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
	public static final class Dialog {

		private static final ModelSchema SCHEMA = ModelSchema.of("Action.Dialog")
			.field("title", FieldKind.STRING)
			.field("text", FieldKind.STRING)
			.field("type", FieldKind.STRING)
			.field("form", FieldKind.LIST_OF_OBJECTS)
			.build();

		static {
			ModelFactories.register(Dialog.class, Dialog::new);
		}

		private final Map<String, Object> json;

		private Dialog(Map<String, Object> json) {
			this.json = json;
			SCHEMA.reportDrift(json);
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		private static Dialog fromJson(Map<String, Object> json) {
			return new Dialog(json);
		}

		/**
		 * Return the dialog title ({@code title}).
		 * @return the value, or {@code null} when absent or of another JSON type
		 */
		public @Nullable String title() {
			return JsonValues.toStringValue(this.json.get("title"));
		}

		/**
		 * Return the dialog text ({@code text}).
		 * @return the value, or {@code null} when absent or of another JSON type
		 */
		public @Nullable String text() {
			return JsonValues.toStringValue(this.json.get("text"));
		}

		/**
		 * Return the dialog type, for example {@code confirm} ({@code type}).
		 * @return the value, or {@code null} when absent or of another JSON type
		 */
		public @Nullable String type() {
			return JsonValues.toStringValue(this.json.get("type"));
		}

		/**
		 * Return the form fields the action accepts as extra parameters, if any ({@code form}).
		 * @return the elements, empty when absent or not an array
		 */
		public List<Map<String, Object>> form() {
			return JsonValues.toMapList(this.json.get("form"));
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
		 * @param name the field's JSON name, for example {@code "title"}
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
		 * Return a builder that starts from every field of this {@code Dialog}, additional ones included.
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
			return this == other || (other instanceof Dialog that && this.json.equals(that.json));
		}

		@Override
		public int hashCode() {
			return this.json.hashCode();
		}

		/**
		 * Describe this {@code Dialog}: its declared fields, objects and arrays by size, and the names
		 * of additional fields (never their values).
		 */
		@Override
		public String toString() {
			return SCHEMA.toString(this.json);
		}

		/**
		 * Builder for {@link Dialog}. A setter given {@code null} removes the field.
		 */
		public static final class Builder {

			private final Map<String, Object> json;

			private Builder(Map<String, Object> json) {
				this.json = new LinkedHashMap<>(json);
			}

			/**
			 * Set the dialog title ({@code title}).
			 * @param title the value
			 * @return this builder
			 */
			public Builder title(@Nullable String title) {
				return set("title", title);
			}

			/**
			 * Set the dialog text ({@code text}).
			 * @param text the value
			 * @return this builder
			 */
			public Builder text(@Nullable String text) {
				return set("text", text);
			}

			/**
			 * Set the dialog type, for example {@code confirm} ({@code type}).
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable String type) {
				return set("type", type);
			}

			/**
			 * Set the form fields the action accepts as extra parameters, if any ({@code form}).
			 * @param form the value
			 * @return this builder
			 */
			public Builder form(@Nullable List<? extends Map<String, ?>> form) {
				return set("form", JsonValues.copy(form));
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
			 * Build the immutable {@code Dialog}.
			 * @return the model
			 */
			public Dialog build() {
				return new Dialog(new LinkedHashMap<>(this.json));
			}

		}

	}

}

