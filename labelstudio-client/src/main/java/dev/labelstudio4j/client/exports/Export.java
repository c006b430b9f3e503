package dev.labelstudio4j.client.exports;

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
 * An export snapshot: a file of a project's tasks and annotations produced by the server at one point in
 * time, in Label Studio's JSON, and the conversions of it into other formats.
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
public final class Export {

	private static final ModelSchema SCHEMA = ModelSchema.of("Export")
		.field("id", FieldKind.INTEGER)
		.field("title", FieldKind.STRING)
		.field("created_by", FieldKind.OBJECT)
		.field("created_at", FieldKind.DATE_TIME)
		.field("finished_at", FieldKind.DATE_TIME)
		.field("status", FieldKind.STRING)
		.field("md5", FieldKind.STRING)
		.field("counters", FieldKind.OBJECT)
		.field("converted_formats", FieldKind.LIST_OF_OBJECTS)
		.field("task_filter_options", FieldKind.OBJECT)
		.field("annotation_filter_options", FieldKind.OBJECT)
		.field("serialization_options", FieldKind.OBJECT)
		.build();

	private final Map<String, Object> json;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime finishedAt;

	private @Nullable List<ConvertedFormat> convertedFormats;

	private Export(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static Export fromJson(Map<String, Object> json) {
		return new Export(json);
	}

	/**
	 * Return the snapshot id ({@code export_pk} in the paths), {@code 0} when absent or not an integer ({@code id}).
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
	 * Return the user who created it, as sent ({@code id}, {@code email}, names) ({@code created_by}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> createdBy() {
		return JsonValues.toMap(this.json.get("created_by"));
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
	 * Return when it completed or failed ({@code finished_at}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime finishedAt() {
		OffsetDateTime value = this.finishedAt;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("finished_at"));
			this.finishedAt = value;
		}
		return value;
	}

	/**
	 * Return the snapshot's status ({@code status}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable ExportStatus status() {
		return ExportStatus.read(this.json.get("status"));
	}

	/**
	 * Return the MD5 of the file ({@code md5}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String md5() {
		return JsonValues.toStringValue(this.json.get("md5"));
	}

	/**
	 * Return what was exported, for example {@code {"task_number": 120}} ({@code counters}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> counters() {
		return JsonValues.toMap(this.json.get("counters"));
	}

	/**
	 * Return its conversions into other formats ({@code converted_formats}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<ConvertedFormat> convertedFormats() {
		List<ConvertedFormat> value = this.convertedFormats;
		if (value == null) {
			value = JsonValues.toModelList(ConvertedFormat.class, this.json.get("converted_formats"));
			this.convertedFormats = value;
		}
		return value;
	}

	/**
	 * Return the task filter it was created with (answered by create) ({@code task_filter_options}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> taskFilterOptions() {
		return JsonValues.toMap(this.json.get("task_filter_options"));
	}

	/**
	 * Return the annotation filter it was created with (answered by create) ({@code annotation_filter_options}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> annotationFilterOptions() {
		return JsonValues.toMap(this.json.get("annotation_filter_options"));
	}

	/**
	 * Return the serialization options it was created with (answered by create) ({@code serialization_options}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> serializationOptions() {
		return JsonValues.toMap(this.json.get("serialization_options"));
	}

	/**
	 * Whether the snapshot is {@code completed}.
	 * @return whether {@link #status()} is {@code completed}
	 */
	public boolean isCompleted() {
		ExportStatus status = status();
		return status != null && status.isCompleted();
	}

	/**
	 * Whether the snapshot is {@code failed}.
	 * @return whether {@link #status()} is {@code failed}
	 */
	public boolean isFailed() {
		ExportStatus status = status();
		return status != null && status.isFailed();
	}

	/**
	 * The conversion with the given id.
	 * @param convertedFormatId the conversion id
	 * @return the conversion, or {@code null} when the snapshot has none with that id
	 */
	public @Nullable ConvertedFormat convertedFormat(long convertedFormatId) {
		for (ConvertedFormat format : convertedFormats()) {
			Long id = format.id();
			if (id != null && id == convertedFormatId) {
				return format;
			}
		}
		return null;
	}

	/**
	 * The newest conversion into the given format.
	 * @param format the format
	 * @return the conversion, or {@code null} when there is none
	 */
	public @Nullable ConvertedFormat convertedFormat(ExportFormat format) {
		ConvertedFormat found = null;
		for (ConvertedFormat converted : convertedFormats()) {
			if (format.name().equals(converted.exportType())) {
				Long id = converted.id();
				Long foundId = (found != null) ? found.id() : null;
				if (found == null || (id != null && foundId != null && id > foundId)) {
					found = converted;
				}
			}
		}
		return found;
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
	 * Return a builder that starts from every field of this {@code Export}, additional ones included.
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
		return this == other || (other instanceof Export that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code Export}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link Export}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the snapshot id ({@code export_pk} in the paths) ({@code id}).
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
		 * Set the user who created it, as sent ({@code id}, {@code email}, names) ({@code created_by}).
		 * @param createdBy the value
		 * @return this builder
		 */
		public Builder createdBy(@Nullable Map<String, ?> createdBy) {
			return set("created_by", (createdBy != null) ? JsonValues.copyMap(createdBy) : null);
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
		 * Set when it completed or failed ({@code finished_at}).
		 * @param finishedAt the value
		 * @return this builder
		 */
		public Builder finishedAt(@Nullable OffsetDateTime finishedAt) {
			return set("finished_at", JsonValues.dateTime(finishedAt));
		}

		/**
		 * Set the snapshot's status ({@code status}).
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable ExportStatus status) {
			return set("status", (status != null) ? status.value() : null);
		}

		/**
		 * Set the MD5 of the file ({@code md5}).
		 * @param md5 the value
		 * @return this builder
		 */
		public Builder md5(@Nullable String md5) {
			return set("md5", md5);
		}

		/**
		 * Set what was exported, for example {@code {"task_number": 120}} ({@code counters}).
		 * @param counters the value
		 * @return this builder
		 */
		public Builder counters(@Nullable Map<String, ?> counters) {
			return set("counters", (counters != null) ? JsonValues.copyMap(counters) : null);
		}

		/**
		 * Set its conversions into other formats ({@code converted_formats}).
		 * @param convertedFormats the value
		 * @return this builder
		 */
		public Builder convertedFormats(@Nullable List<ConvertedFormat> convertedFormats) {
			return set("converted_formats", JsonValues.modelList(convertedFormats, ConvertedFormat::rawJson, "convertedFormats"));
		}

		/**
		 * Set the task filter it was created with (answered by create) ({@code task_filter_options}).
		 * @param taskFilterOptions the value
		 * @return this builder
		 */
		public Builder taskFilterOptions(@Nullable Map<String, ?> taskFilterOptions) {
			return set("task_filter_options", (taskFilterOptions != null) ? JsonValues.copyMap(taskFilterOptions) : null);
		}

		/**
		 * Set the annotation filter it was created with (answered by create) ({@code annotation_filter_options}).
		 * @param annotationFilterOptions the value
		 * @return this builder
		 */
		public Builder annotationFilterOptions(@Nullable Map<String, ?> annotationFilterOptions) {
			return set("annotation_filter_options", (annotationFilterOptions != null) ? JsonValues.copyMap(annotationFilterOptions) : null);
		}

		/**
		 * Set the serialization options it was created with (answered by create) ({@code serialization_options}).
		 * @param serializationOptions the value
		 * @return this builder
		 */
		public Builder serializationOptions(@Nullable Map<String, ?> serializationOptions) {
			return set("serialization_options", (serializationOptions != null) ? JsonValues.copyMap(serializationOptions) : null);
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
		 * Build the immutable {@code Export}.
		 * @return the model
		 */
		public Export build() {
			return new Export(new LinkedHashMap<>(this.json));
		}

	}

}
