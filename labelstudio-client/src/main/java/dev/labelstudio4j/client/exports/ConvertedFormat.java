package dev.labelstudio4j.client.exports;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelFactories;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * One conversion of an export snapshot into another format, with its own status.
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
public final class ConvertedFormat {

	private static final ModelSchema SCHEMA = ModelSchema.of("ConvertedFormat")
		.field("id", FieldKind.INTEGER)
		.field("status", FieldKind.STRING)
		.field("export_type", FieldKind.STRING)
		.field("traceback", FieldKind.STRING)
		.build();

	static {
		ModelFactories.register(ConvertedFormat.class, ConvertedFormat::new);
	}

	private final Map<String, Object> json;

	private ConvertedFormat(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static ConvertedFormat fromJson(Map<String, Object> json) {
		return new ConvertedFormat(json);
	}

	/**
	 * Return the conversion id (what {@link ExportsClient#convert} answers as {@code converted_format}) ({@code id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long id() {
		return JsonValues.toLong(this.json.get("id"));
	}

	/**
	 * Return the conversion's status ({@code status}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable ExportStatus status() {
		return ExportStatus.read(this.json.get("status"));
	}

	/**
	 * Return the format converted to ({@code export_type}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String exportType() {
		return JsonValues.toStringValue(this.json.get("export_type"));
	}

	/**
	 * Return the server's report of what went wrong, when the conversion failed (servers may leave it out) ({@code traceback}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String traceback() {
		return JsonValues.toStringValue(this.json.get("traceback"));
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
	 * Return a builder that starts from every field of this {@code ConvertedFormat}, additional ones included.
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
		return this == other || (other instanceof ConvertedFormat that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code ConvertedFormat}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link ConvertedFormat}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the conversion id (what {@link ExportsClient#convert} answers as {@code converted_format}) ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable Long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the conversion's status ({@code status}).
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable ExportStatus status) {
			return set("status", (status != null) ? status.value() : null);
		}

		/**
		 * Set the format converted to ({@code export_type}).
		 * @param exportType the value
		 * @return this builder
		 */
		public Builder exportType(@Nullable String exportType) {
			return set("export_type", exportType);
		}

		/**
		 * Set the server's report of what went wrong, when the conversion failed (servers may leave it out) ({@code traceback}).
		 * @param traceback the value
		 * @return this builder
		 */
		public Builder traceback(@Nullable String traceback) {
			return set("traceback", traceback);
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
		 * Build the immutable {@code ConvertedFormat}.
		 * @return the model
		 */
		public ConvertedFormat build() {
			return new ConvertedFormat(new LinkedHashMap<>(this.json));
		}

	}

}
