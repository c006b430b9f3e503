package dev.labelstudio4j.client.projects;

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
 * What an import created. For an asynchronous import, the figures of the finished import and its id.
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
public final class ImportResult {

	private static final ModelSchema SCHEMA = ModelSchema.of("ImportResult")
		.field("task_count", FieldKind.INT)
		.field("annotation_count", FieldKind.INT)
		.field("predictions_count", FieldKind.INT)
		.field("prediction_count", FieldKind.INT)
		.field("duration", FieldKind.NUMBER)
		.field("file_upload_ids", FieldKind.LIST_OF_INTEGERS)
		.field("could_be_tasks_list", FieldKind.BOOLEAN)
		.field("found_formats", FieldKind.LIST_OF_STRINGS)
		.field("data_columns", FieldKind.LIST_OF_STRINGS)
		.field("task_ids", FieldKind.LIST_OF_INTEGERS)
		.field("import", FieldKind.INTEGER)
		.build();

	private final Map<String, Object> json;

	private ImportResult(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static ImportResult fromJson(Map<String, Object> json) {
		return new ImportResult(json);
	}

	/**
	 * Return the number of tasks added ({@code task_count}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer taskCount() {
		return JsonValues.toInteger(this.json.get("task_count"));
	}

	/**
	 * Return the number of annotations added ({@code annotation_count}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer annotationCount() {
		return JsonValues.toInteger(this.json.get("annotation_count"));
	}

	/**
	 * Return the number of predictions added (read from {@code predictions_count} or the server's {@code prediction_count}) ({@code predictions_count}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer predictionsCount() {
		return JsonValues.toInteger(JsonValues.first(this.json, "predictions_count", "prediction_count"));
	}

	/**
	 * Return the time the server took, in seconds ({@code duration}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Double duration() {
		return JsonValues.toDouble(this.json.get("duration"));
	}

	/**
	 * Return the ids of the uploaded files ({@code file_upload_ids}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Long> fileUploadIds() {
		return JsonValues.toLongList(this.json.get("file_upload_ids"));
	}

	/**
	 * Return whether the uploaded files could hold lists of tasks (CSV, TSV) ({@code could_be_tasks_list}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean couldBeTasksList() {
		return JsonValues.toBoolean(this.json.get("could_be_tasks_list"));
	}

	/**
	 * Return the file formats found ({@code found_formats}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<String> foundFormats() {
		return JsonValues.toStringList(this.json.get("found_formats"));
	}

	/**
	 * Return the data columns found ({@code data_columns}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<String> dataColumns() {
		return JsonValues.toStringList(this.json.get("data_columns"));
	}

	/**
	 * Return the ids of the created tasks, when asked for with {@code returnTaskIds} ({@code task_ids}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Long> taskIds() {
		return JsonValues.toLongList(this.json.get("task_ids"));
	}

	/**
	 * Return the id of the asynchronous import, or {@code null} for a synchronous one ({@code import}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long importId() {
		return JsonValues.toLong(this.json.get("import"));
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
	 * @param name the field's JSON name, for example {@code "task_count"}
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
	 * Return a builder that starts from every field of this {@code ImportResult}, additional ones included.
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
		return this == other || (other instanceof ImportResult that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code ImportResult}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link ImportResult}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the number of tasks added ({@code task_count}).
		 * @param taskCount the value
		 * @return this builder
		 */
		public Builder taskCount(@Nullable Integer taskCount) {
			return set("task_count", taskCount);
		}

		/**
		 * Set the number of annotations added ({@code annotation_count}).
		 * @param annotationCount the value
		 * @return this builder
		 */
		public Builder annotationCount(@Nullable Integer annotationCount) {
			return set("annotation_count", annotationCount);
		}

		/**
		 * Set the number of predictions added (read from {@code predictions_count} or the server's {@code prediction_count}) ({@code predictions_count}).
		 * @param predictionsCount the value
		 * @return this builder
		 */
		public Builder predictionsCount(@Nullable Integer predictionsCount) {
			this.json.remove("prediction_count");
			return set("predictions_count", predictionsCount);
		}

		/**
		 * Set the time the server took, in seconds ({@code duration}).
		 * @param duration the value
		 * @return this builder
		 */
		public Builder duration(@Nullable Double duration) {
			return set("duration", duration);
		}

		/**
		 * Set the ids of the uploaded files ({@code file_upload_ids}).
		 * @param fileUploadIds the value
		 * @return this builder
		 */
		public Builder fileUploadIds(@Nullable List<Long> fileUploadIds) {
			return set("file_upload_ids", JsonValues.copy(fileUploadIds));
		}

		/**
		 * Set whether the uploaded files could hold lists of tasks (CSV, TSV) ({@code could_be_tasks_list}).
		 * @param couldBeTasksList the value
		 * @return this builder
		 */
		public Builder couldBeTasksList(@Nullable Boolean couldBeTasksList) {
			return set("could_be_tasks_list", couldBeTasksList);
		}

		/**
		 * Set the file formats found ({@code found_formats}).
		 * @param foundFormats the value
		 * @return this builder
		 */
		public Builder foundFormats(@Nullable List<String> foundFormats) {
			return set("found_formats", JsonValues.copy(foundFormats));
		}

		/**
		 * Set the data columns found ({@code data_columns}).
		 * @param dataColumns the value
		 * @return this builder
		 */
		public Builder dataColumns(@Nullable List<String> dataColumns) {
			return set("data_columns", JsonValues.copy(dataColumns));
		}

		/**
		 * Set the ids of the created tasks, when asked for with {@code returnTaskIds} ({@code task_ids}).
		 * @param taskIds the value
		 * @return this builder
		 */
		public Builder taskIds(@Nullable List<Long> taskIds) {
			return set("task_ids", JsonValues.copy(taskIds));
		}

		/**
		 * Set the id of the asynchronous import, or {@code null} for a synchronous one ({@code import}).
		 * @param importId the value
		 * @return this builder
		 */
		public Builder importId(@Nullable Long importId) {
			return set("import", JsonValues.number(importId));
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
		 * Build the immutable {@code ImportResult}.
		 * @return the model
		 */
		public ImportResult build() {
			return new ImportResult(new LinkedHashMap<>(this.json));
		}

	}

}
