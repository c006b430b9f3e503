package dev.labelstudio4j.client.views;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * A Data Manager view (a tab of the Data Manager). {@code data} (the tab's title, filters, ordering,
 * columns, ...) and the fields whose shape varies across server versions are kept as read.
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
public final class View {

	private static final ModelSchema SCHEMA = ModelSchema.of("View")
		.field("id", FieldKind.INTEGER)
		.field("project", FieldKind.INTEGER)
		.field("user", FieldKind.INTEGER)
		.field("order", FieldKind.INT)
		.field("data", FieldKind.OBJECT)
		.field("filter_group", FieldKind.OBJECT)
		.field("ordering", FieldKind.ANY)
		.field("selected_items", FieldKind.ANY)
		.build();

	private final Map<String, Object> json;

	private View(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static View fromJson(Map<String, Object> json) {
		return new View(json);
	}

	/**
	 * Return the view id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the project id ({@code project}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long project() {
		return JsonValues.toLong(this.json.get("project"));
	}

	/**
	 * Return the id of the user who made the view ({@code user}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long user() {
		return JsonValues.toLong(this.json.get("user"));
	}

	/**
	 * Return the position of the view among the project's tabs ({@code order}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer order() {
		return JsonValues.toInteger(this.json.get("order"));
	}

	/**
	 * Return the view data, for example {@code title}, {@code filters} and {@code ordering} ({@code data}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> data() {
		return JsonValues.toMap(this.json.get("data"));
	}

	/**
	 * Return the filters the server derived from {@code data}, as read ({@code filter_group}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> filterGroup() {
		return JsonValues.toMap(this.json.get("filter_group"));
	}

	/**
	 * Return the ordering the server derived from {@code data}, as read ({@code ordering}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object ordering() {
		return JsonValues.readOnly(this.json.get("ordering"));
	}

	/**
	 * Return the selected tasks, as read ({@code selected_items}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object selectedItems() {
		return JsonValues.readOnly(this.json.get("selected_items"));
	}

	/**
	 * Return the title of the view, from {@code data.title}.
	 * @return the title or {@code null}
	 */
	public @Nullable String title() {
		return (this.json.get("data") instanceof Map<?, ?> data && data.get("title") instanceof String title) ? title
				: null;
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
	 * Return a builder that starts from every field of this {@code View}, additional ones included.
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
		return this == other || (other instanceof View that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code View}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link View}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the view id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(long id) {
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
		 * Set the id of the user who made the view ({@code user}).
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable Long user) {
			return set("user", JsonValues.number(user));
		}

		/**
		 * Set the position of the view among the project's tabs ({@code order}).
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Integer order) {
			return set("order", order);
		}

		/**
		 * Set the view data, for example {@code title}, {@code filters} and {@code ordering} ({@code data}).
		 * @param data the value
		 * @return this builder
		 */
		public Builder data(@Nullable Map<String, ?> data) {
			return set("data", (data != null) ? JsonValues.copyMap(data) : null);
		}

		/**
		 * Set the filters the server derived from {@code data}, as read ({@code filter_group}).
		 * @param filterGroup the value
		 * @return this builder
		 */
		public Builder filterGroup(@Nullable Map<String, ?> filterGroup) {
			return set("filter_group", (filterGroup != null) ? JsonValues.copyMap(filterGroup) : null);
		}

		/**
		 * Set the ordering the server derived from {@code data}, as read ({@code ordering}).
		 * @param ordering the value
		 * @return this builder
		 */
		public Builder ordering(@Nullable Object ordering) {
			return set("ordering", JsonValues.copy(ordering));
		}

		/**
		 * Set the selected tasks, as read ({@code selected_items}).
		 * @param selectedItems the value
		 * @return this builder
		 */
		public Builder selectedItems(@Nullable Object selectedItems) {
			return set("selected_items", JsonValues.copy(selectedItems));
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
		 * Build the immutable {@code View}.
		 * @return the model
		 */
		public View build() {
			return new View(new LinkedHashMap<>(this.json));
		}

	}

}
