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
import dev.labelstudio4j.client.internal.json.ModelFactories;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * An annotation inside a JSON export. {@code completed_by} is a user object or an id depending on the
 * snapshot's serialization options, so it is kept as sent; {@link #completedById()} reads the id from either.
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
public final class ExportedAnnotation {

	private static final ModelSchema SCHEMA = ModelSchema.of("ExportedAnnotation")
		.field("id", FieldKind.INTEGER)
		.field("result", FieldKind.LIST_OF_OBJECTS)
		.field("completed_by", FieldKind.ANY)
		.field("was_cancelled", FieldKind.BOOLEAN)
		.field("ground_truth", FieldKind.BOOLEAN)
		.field("lead_time", FieldKind.NUMBER)
		.field("created_at", FieldKind.DATE_TIME)
		.field("updated_at", FieldKind.DATE_TIME)
		.field("task", FieldKind.INTEGER)
		.field("parent_prediction", FieldKind.INTEGER)
		.field("parent_annotation", FieldKind.INTEGER)
		.field("last_action", FieldKind.STRING)
		.build();

	static {
		ModelFactories.register(ExportedAnnotation.class, ExportedAnnotation::new);
	}

	private final Map<String, Object> json;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime updatedAt;

	private ExportedAnnotation(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static ExportedAnnotation fromJson(Map<String, Object> json) {
		return new ExportedAnnotation(json);
	}

	/**
	 * Return the annotation id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the labeling result, one map per region ({@code result}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Map<String, Object>> result() {
		return JsonValues.toMapList(this.json.get("result"));
	}

	/**
	 * Return the annotator, as sent (an id or a user object) ({@code completed_by}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object completedBy() {
		return JsonValues.readOnly(this.json.get("completed_by"));
	}

	/**
	 * Return whether the annotator skipped the task ({@code was_cancelled}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean wasCancelled() {
		return JsonValues.toBoolean(this.json.get("was_cancelled"));
	}

	/**
	 * Return whether the annotation is a ground truth ({@code ground_truth}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean groundTruth() {
		return JsonValues.toBoolean(this.json.get("ground_truth"));
	}

	/**
	 * Return how long annotating took, in seconds ({@code lead_time}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Double leadTime() {
		return JsonValues.toDouble(this.json.get("lead_time"));
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
	 * Return the task id ({@code task}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long task() {
		return JsonValues.toLong(this.json.get("task"));
	}

	/**
	 * Return the prediction the annotation was made from ({@code parent_prediction}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long parentPrediction() {
		return JsonValues.toLong(this.json.get("parent_prediction"));
	}

	/**
	 * Return the annotation the annotation was made from ({@code parent_annotation}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long parentAnnotation() {
		return JsonValues.toLong(this.json.get("parent_annotation"));
	}

	/**
	 * Return the last action on the annotation ({@code last_action}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String lastAction() {
		return JsonValues.toStringValue(this.json.get("last_action"));
	}

	/**
	 * Return the annotator's id, whether {@code completed_by} came as an id or as a user object.
	 * @return the id, or {@code null} if neither
	 */
	public @Nullable Long completedById() {
		Object value = this.json.get("completed_by");
		if (value instanceof Map<?, ?> user) {
			value = user.get("id");
		}
		return JsonValues.toLong(value);
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
	 * Return a builder that starts from every field of this {@code ExportedAnnotation}, additional ones included.
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
		return this == other || (other instanceof ExportedAnnotation that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code ExportedAnnotation}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link ExportedAnnotation}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the annotation id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the labeling result, one map per region ({@code result}).
		 * @param result the value
		 * @return this builder
		 */
		public Builder result(@Nullable List<? extends Map<String, ?>> result) {
			return set("result", JsonValues.copy(result));
		}

		/**
		 * Set the annotator, as sent (an id or a user object) ({@code completed_by}).
		 * @param completedBy the value
		 * @return this builder
		 */
		public Builder completedBy(@Nullable Object completedBy) {
			return set("completed_by", JsonValues.copy(completedBy));
		}

		/**
		 * Set whether the annotator skipped the task ({@code was_cancelled}).
		 * @param wasCancelled the value
		 * @return this builder
		 */
		public Builder wasCancelled(@Nullable Boolean wasCancelled) {
			return set("was_cancelled", wasCancelled);
		}

		/**
		 * Set whether the annotation is a ground truth ({@code ground_truth}).
		 * @param groundTruth the value
		 * @return this builder
		 */
		public Builder groundTruth(@Nullable Boolean groundTruth) {
			return set("ground_truth", groundTruth);
		}

		/**
		 * Set how long annotating took, in seconds ({@code lead_time}).
		 * @param leadTime the value
		 * @return this builder
		 */
		public Builder leadTime(@Nullable Double leadTime) {
			return set("lead_time", leadTime);
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
		 * Set the task id ({@code task}).
		 * @param task the value
		 * @return this builder
		 */
		public Builder task(@Nullable Long task) {
			return set("task", JsonValues.number(task));
		}

		/**
		 * Set the prediction the annotation was made from ({@code parent_prediction}).
		 * @param parentPrediction the value
		 * @return this builder
		 */
		public Builder parentPrediction(@Nullable Long parentPrediction) {
			return set("parent_prediction", JsonValues.number(parentPrediction));
		}

		/**
		 * Set the annotation the annotation was made from ({@code parent_annotation}).
		 * @param parentAnnotation the value
		 * @return this builder
		 */
		public Builder parentAnnotation(@Nullable Long parentAnnotation) {
			return set("parent_annotation", JsonValues.number(parentAnnotation));
		}

		/**
		 * Set the last action on the annotation ({@code last_action}).
		 * @param lastAction the value
		 * @return this builder
		 */
		public Builder lastAction(@Nullable String lastAction) {
			return set("last_action", lastAction);
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
		 * Build the immutable {@code ExportedAnnotation}.
		 * @return the model
		 */
		public ExportedAnnotation build() {
			return new ExportedAnnotation(new LinkedHashMap<>(this.json));
		}

	}

}
