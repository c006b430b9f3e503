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
 * A task of a JSON export (Label Studio's own format, {@link ExportFormat#JSON}) with its annotations and
 * predictions, as {@link ExportedTasks} reads it element by element. Free-form fields are maps.
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
public final class ExportedTask {

	private static final ModelSchema SCHEMA = ModelSchema.of("ExportedTask")
		.field("id", FieldKind.INTEGER)
		.field("data", FieldKind.OBJECT)
		.field("meta", FieldKind.OBJECT)
		.field("project", FieldKind.INTEGER)
		.field("annotations", FieldKind.LIST_OF_OBJECTS)
		.field("predictions", FieldKind.LIST_OF_OBJECTS)
		.field("drafts", FieldKind.LIST)
		.field("inner_id", FieldKind.INTEGER)
		.field("total_annotations", FieldKind.INT)
		.field("cancelled_annotations", FieldKind.INT)
		.field("total_predictions", FieldKind.INT)
		.field("file_upload", FieldKind.ANY)
		.field("created_at", FieldKind.DATE_TIME)
		.field("updated_at", FieldKind.DATE_TIME)
		.build();

	private final Map<String, Object> json;

	private @Nullable List<ExportedAnnotation> annotations;

	private @Nullable List<ExportedPrediction> predictions;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime updatedAt;

	private ExportedTask(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static ExportedTask fromJson(Map<String, Object> json) {
		return new ExportedTask(json);
	}

	/**
	 * Return the task id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the task's data ({@code data}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> data() {
		return JsonValues.toMap(this.json.get("data"));
	}

	/**
	 * Return the task's meta data ({@code meta}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> meta() {
		return JsonValues.toMap(this.json.get("meta"));
	}

	/**
	 * Return the project id ({@code project}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long project() {
		return JsonValues.toLong(this.json.get("project"));
	}

	/**
	 * Return the annotations ({@code annotations}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<ExportedAnnotation> annotations() {
		List<ExportedAnnotation> value = this.annotations;
		if (value == null) {
			value = JsonValues.toModelList(ExportedAnnotation.class, this.json.get("annotations"));
			this.annotations = value;
		}
		return value;
	}

	/**
	 * Return the predictions ({@code predictions}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<ExportedPrediction> predictions() {
		List<ExportedPrediction> value = this.predictions;
		if (value == null) {
			value = JsonValues.toModelList(ExportedPrediction.class, this.json.get("predictions"));
			this.predictions = value;
		}
		return value;
	}

	/**
	 * Return the drafts (objects or ids, per the snapshot's serialization options) ({@code drafts}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Object> drafts() {
		return JsonValues.toList(this.json.get("drafts"));
	}

	/**
	 * Return the task's number within the project ({@code inner_id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long innerId() {
		return JsonValues.toLong(this.json.get("inner_id"));
	}

	/**
	 * Return the number of annotations, cancelled ones excluded ({@code total_annotations}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer totalAnnotations() {
		return JsonValues.toInteger(this.json.get("total_annotations"));
	}

	/**
	 * Return the number of cancelled annotations ({@code cancelled_annotations}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer cancelledAnnotations() {
		return JsonValues.toInteger(this.json.get("cancelled_annotations"));
	}

	/**
	 * Return the number of predictions ({@code total_predictions}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer totalPredictions() {
		return JsonValues.toInteger(this.json.get("total_predictions"));
	}

	/**
	 * Return the uploaded file the task came from, as sent (a name or an id) ({@code file_upload}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object fileUpload() {
		return JsonValues.readOnly(this.json.get("file_upload"));
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
	 * Return a builder that starts from every field of this {@code ExportedTask}, additional ones included.
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
		return this == other || (other instanceof ExportedTask that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code ExportedTask}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link ExportedTask}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the task id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the task's data ({@code data}).
		 * @param data the value
		 * @return this builder
		 */
		public Builder data(@Nullable Map<String, ?> data) {
			return set("data", (data != null) ? JsonValues.copyMap(data) : null);
		}

		/**
		 * Set the task's meta data ({@code meta}).
		 * @param meta the value
		 * @return this builder
		 */
		public Builder meta(@Nullable Map<String, ?> meta) {
			return set("meta", (meta != null) ? JsonValues.copyMap(meta) : null);
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
		 * Set the annotations ({@code annotations}).
		 * @param annotations the value
		 * @return this builder
		 */
		public Builder annotations(@Nullable List<ExportedAnnotation> annotations) {
			return set("annotations", JsonValues.modelList(annotations, ExportedAnnotation::rawJson, "annotations"));
		}

		/**
		 * Set the predictions ({@code predictions}).
		 * @param predictions the value
		 * @return this builder
		 */
		public Builder predictions(@Nullable List<ExportedPrediction> predictions) {
			return set("predictions", JsonValues.modelList(predictions, ExportedPrediction::rawJson, "predictions"));
		}

		/**
		 * Set the drafts (objects or ids, per the snapshot's serialization options) ({@code drafts}).
		 * @param drafts the value
		 * @return this builder
		 */
		public Builder drafts(@Nullable List<?> drafts) {
			return set("drafts", JsonValues.copy(drafts));
		}

		/**
		 * Set the task's number within the project ({@code inner_id}).
		 * @param innerId the value
		 * @return this builder
		 */
		public Builder innerId(@Nullable Long innerId) {
			return set("inner_id", JsonValues.number(innerId));
		}

		/**
		 * Set the number of annotations, cancelled ones excluded ({@code total_annotations}).
		 * @param totalAnnotations the value
		 * @return this builder
		 */
		public Builder totalAnnotations(@Nullable Integer totalAnnotations) {
			return set("total_annotations", totalAnnotations);
		}

		/**
		 * Set the number of cancelled annotations ({@code cancelled_annotations}).
		 * @param cancelledAnnotations the value
		 * @return this builder
		 */
		public Builder cancelledAnnotations(@Nullable Integer cancelledAnnotations) {
			return set("cancelled_annotations", cancelledAnnotations);
		}

		/**
		 * Set the number of predictions ({@code total_predictions}).
		 * @param totalPredictions the value
		 * @return this builder
		 */
		public Builder totalPredictions(@Nullable Integer totalPredictions) {
			return set("total_predictions", totalPredictions);
		}

		/**
		 * Set the uploaded file the task came from, as sent (a name or an id) ({@code file_upload}).
		 * @param fileUpload the value
		 * @return this builder
		 */
		public Builder fileUpload(@Nullable Object fileUpload) {
			return set("file_upload", JsonValues.copy(fileUpload));
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
		 * Build the immutable {@code ExportedTask}.
		 * @return the model
		 */
		public ExportedTask build() {
			return new ExportedTask(new LinkedHashMap<>(this.json));
		}

	}

}
