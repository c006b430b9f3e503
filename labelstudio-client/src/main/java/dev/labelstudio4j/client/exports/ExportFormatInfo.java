package dev.labelstudio4j.client.exports;

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
 * A format a project can be exported in, as {@link ExportsClient#listFormats(long)} answers it. Servers answer
 * objects ({@code name}, {@code title}, {@code description}, {@code link}, {@code tags}, {@code disabled});
 * the official API documents bare names, which are read as formats with only a name.
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
public final class ExportFormatInfo {

	private static final ModelSchema SCHEMA = ModelSchema.of("ExportFormatInfo")
		.field("name", FieldKind.STRING)
		.field("title", FieldKind.STRING)
		.field("description", FieldKind.STRING)
		.field("link", FieldKind.STRING)
		.field("tags", FieldKind.LIST_OF_STRINGS)
		.field("disabled", FieldKind.BOOLEAN)
		.build();

	static {
		ModelFactories.register(ExportFormatInfo.class, ExportFormatInfo::new);
	}

	private final Map<String, Object> json;

	private ExportFormatInfo(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static ExportFormatInfo fromJson(Map<String, Object> json) {
		return new ExportFormatInfo(json);
	}

	/**
	 * Return the format ({@code name}).
	 * @return the value, or {@code null} when absent or of another JSON type (never for a format
	 * {@link ExportsClient#listFormats(long)} answers: it leaves such entries out)
	 */
	public @Nullable ExportFormat format() {
		return ExportFormat.read(this.json.get("name"));
	}

	/**
	 * Return the title shown in Label Studio ({@code title}).
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
	 * Return a link to the format's documentation ({@code link}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String link() {
		return JsonValues.toStringValue(this.json.get("link"));
	}

	/**
	 * Return the kinds of labeling the format suits ({@code tags}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<String> tags() {
		return JsonValues.toStringList(this.json.get("tags"));
	}

	/**
	 * Return whether the format does not suit the project's labeling configuration ({@code disabled}).
	 * @return whether the value is {@code true}; {@code false} when absent or of another JSON type
	 */
	public boolean disabled() {
		return Boolean.TRUE.equals(this.json.get("disabled"));
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
	 * @param name the field's JSON name, for example {@code "name"}
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
	 * Return a builder that starts from every field of this {@code ExportFormatInfo}, additional ones included.
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
		return this == other || (other instanceof ExportFormatInfo that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code ExportFormatInfo}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link ExportFormatInfo}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the format ({@code name}).
		 * @param format the value
		 * @return this builder
		 */
		public Builder format(@Nullable ExportFormat format) {
			return set("name", (format != null) ? format.name() : null);
		}

		/**
		 * Set the title shown in Label Studio ({@code title}).
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
		 * Set a link to the format's documentation ({@code link}).
		 * @param link the value
		 * @return this builder
		 */
		public Builder link(@Nullable String link) {
			return set("link", link);
		}

		/**
		 * Set the kinds of labeling the format suits ({@code tags}).
		 * @param tags the value
		 * @return this builder
		 */
		public Builder tags(@Nullable List<String> tags) {
			return set("tags", JsonValues.copy(tags));
		}

		/**
		 * Set whether the format does not suit the project's labeling configuration ({@code disabled}).
		 * @param disabled the value
		 * @return this builder
		 */
		public Builder disabled(boolean disabled) {
			return set("disabled", disabled);
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
		 * Build the immutable {@code ExportFormatInfo}.
		 * @return the model
		 */
		public ExportFormatInfo build() {
			return new ExportFormatInfo(new LinkedHashMap<>(this.json));
		}

	}

}
