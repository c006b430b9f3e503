package dev.labelstudio4j.client.annotations;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
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
import dev.labelstudio4j.client.regions.Region;

/**
 * A Label Studio annotation: the labelling result one user gave for one task. {@link #result()} is typed
 * as {@link Region regions}; {@code updated_by}, whose JSON type differs across server versions (a user id or a
 * list of users), is kept as read; see {@link #updatedByIds()}.
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
public final class Annotation {

	private static final ModelSchema SCHEMA = ModelSchema.of("Annotation")
		.field("id", FieldKind.INTEGER)
		.field("result", FieldKind.LIST_OF_OBJECTS)
		.field("created_username", FieldKind.STRING)
		.field("created_ago", FieldKind.STRING)
		.field("completed_by", FieldKind.INTEGER)
		.field("unique_id", FieldKind.STRING)
		.field("was_cancelled", FieldKind.BOOLEAN)
		.field("ground_truth", FieldKind.BOOLEAN)
		.field("created_at", FieldKind.DATE_TIME)
		.field("updated_at", FieldKind.DATE_TIME)
		.field("draft_created_at", FieldKind.DATE_TIME)
		.field("lead_time", FieldKind.NUMBER)
		.field("import_id", FieldKind.INTEGER)
		.field("last_action", FieldKind.STRING)
		.field("task", FieldKind.INTEGER)
		.field("project", FieldKind.INTEGER)
		.field("updated_by", FieldKind.ANY)
		.field("parent_prediction", FieldKind.INTEGER)
		.field("parent_annotation", FieldKind.INTEGER)
		.field("last_created_by", FieldKind.INTEGER)
		.field("bulk_created", FieldKind.BOOLEAN)
		.field("state", FieldKind.STRING)
		.build();

	static {
		ModelFactories.register(Annotation.class, Annotation::new);
	}

	private final Map<String, Object> json;

	private @Nullable List<Region> result;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime updatedAt;

	private @Nullable OffsetDateTime draftCreatedAt;

	private Annotation(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static Annotation fromJson(Map<String, Object> json) {
		return new Annotation(json);
	}

	/**
	 * Return the annotation id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the labelling result, one region per element ({@code result}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Region> result() {
		List<Region> value = this.result;
		if (value == null) {
			value = JsonValues.toModelList(Region.class, this.json.get("result"));
			this.result = value;
		}
		return value;
	}

	/**
	 * Return the name of the user who created the annotation ({@code created_username}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String createdUsername() {
		return JsonValues.toStringValue(this.json.get("created_username"));
	}

	/**
	 * Return a human-readable time since creation ({@code created_ago}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String createdAgo() {
		return JsonValues.toStringValue(this.json.get("created_ago"));
	}

	/**
	 * Return the id of the user who created the annotation ({@code completed_by}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long completedBy() {
		return JsonValues.toLong(this.json.get("completed_by"));
	}

	/**
	 * Return a unique id of the annotation ({@code unique_id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String uniqueId() {
		return JsonValues.toStringValue(this.json.get("unique_id"));
	}

	/**
	 * Return whether the user skipped the task ({@code was_cancelled}).
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
	 * Return the time of the last update ({@code updated_at}).
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
	 * Return the creation time of the draft ({@code draft_created_at}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime draftCreatedAt() {
		OffsetDateTime value = this.draftCreatedAt;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("draft_created_at"));
			this.draftCreatedAt = value;
		}
		return value;
	}

	/**
	 * Return how long annotating took, in seconds ({@code lead_time}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Double leadTime() {
		return JsonValues.toDouble(this.json.get("lead_time"));
	}

	/**
	 * Return the original annotation id at import time ({@code import_id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long importId() {
		return JsonValues.toLong(this.json.get("import_id"));
	}

	/**
	 * Return the action performed in the last history item, for example {@code submitted} ({@code last_action}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String lastAction() {
		return JsonValues.toStringValue(this.json.get("last_action"));
	}

	/**
	 * Return the task id ({@code task}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long task() {
		return JsonValues.toLong(this.json.get("task"));
	}

	/**
	 * Return the project id ({@code project}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long project() {
		return JsonValues.toLong(this.json.get("project"));
	}

	/**
	 * Return the last user who updated the annotation, as read (a number or a list) ({@code updated_by}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object updatedBy() {
		return JsonValues.readOnly(this.json.get("updated_by"));
	}

	/**
	 * Return the prediction this annotation was created from ({@code parent_prediction}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long parentPrediction() {
		return JsonValues.toLong(this.json.get("parent_prediction"));
	}

	/**
	 * Return the annotation this annotation was created from ({@code parent_annotation}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long parentAnnotation() {
		return JsonValues.toLong(this.json.get("parent_annotation"));
	}

	/**
	 * Return the user who created the last history item ({@code last_created_by}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long lastCreatedBy() {
		return JsonValues.toLong(this.json.get("last_created_by"));
	}

	/**
	 * Return whether the annotation was created in bulk ({@code bulk_created}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean bulkCreated() {
		return JsonValues.toBoolean(this.json.get("bulk_created"));
	}

	/**
	 * Return the annotation state, on servers that report one ({@code state}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String state() {
		return JsonValues.toStringValue(this.json.get("state"));
	}

	/**
	 * Return the ids of the users in {@code updated_by}, whether the server sent a single id, a list of ids
	 * or a list of objects with a {@code user_id} or {@code id} field.
	 * @return the user ids, empty when none are known
	 */
	public List<Long> updatedByIds() {
		List<Long> ids = new ArrayList<>();
		collectIds(this.json.get("updated_by"), ids);
		return List.copyOf(ids);
	}

	private static void collectIds(@Nullable Object value, List<Long> ids) {
		if (value instanceof Number number) {
			ids.add(number.longValue());
		}
		else if (value instanceof Collection<?> values) {
			values.forEach((element) -> collectIds(element, ids));
		}
		else if (value instanceof Map<?, ?> map) {
			collectIds((map.get("user_id") != null) ? map.get("user_id") : map.get("id"), ids);
		}
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
	 * Return a builder that starts from every field of this {@code Annotation}, additional ones included.
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
		return this == other || (other instanceof Annotation that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code Annotation}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link Annotation}. A setter given {@code null} removes the field.
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
		 * Set the labelling result, one region per element ({@code result}).
		 * @param result the value
		 * @return this builder
		 */
		public Builder result(@Nullable List<Region> result) {
			return set("result", JsonValues.modelList(result, Region::rawJson, "result"));
		}

		/**
		 * Set the name of the user who created the annotation ({@code created_username}).
		 * @param createdUsername the value
		 * @return this builder
		 */
		public Builder createdUsername(@Nullable String createdUsername) {
			return set("created_username", createdUsername);
		}

		/**
		 * Set a human-readable time since creation ({@code created_ago}).
		 * @param createdAgo the value
		 * @return this builder
		 */
		public Builder createdAgo(@Nullable String createdAgo) {
			return set("created_ago", createdAgo);
		}

		/**
		 * Set the id of the user who created the annotation ({@code completed_by}).
		 * @param completedBy the value
		 * @return this builder
		 */
		public Builder completedBy(@Nullable Long completedBy) {
			return set("completed_by", JsonValues.number(completedBy));
		}

		/**
		 * Set a unique id of the annotation ({@code unique_id}).
		 * @param uniqueId the value
		 * @return this builder
		 */
		public Builder uniqueId(@Nullable String uniqueId) {
			return set("unique_id", uniqueId);
		}

		/**
		 * Set whether the user skipped the task ({@code was_cancelled}).
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
		 * Set the creation time ({@code created_at}).
		 * @param createdAt the value
		 * @return this builder
		 */
		public Builder createdAt(@Nullable OffsetDateTime createdAt) {
			return set("created_at", JsonValues.dateTime(createdAt));
		}

		/**
		 * Set the time of the last update ({@code updated_at}).
		 * @param updatedAt the value
		 * @return this builder
		 */
		public Builder updatedAt(@Nullable OffsetDateTime updatedAt) {
			return set("updated_at", JsonValues.dateTime(updatedAt));
		}

		/**
		 * Set the creation time of the draft ({@code draft_created_at}).
		 * @param draftCreatedAt the value
		 * @return this builder
		 */
		public Builder draftCreatedAt(@Nullable OffsetDateTime draftCreatedAt) {
			return set("draft_created_at", JsonValues.dateTime(draftCreatedAt));
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
		 * Set the original annotation id at import time ({@code import_id}).
		 * @param importId the value
		 * @return this builder
		 */
		public Builder importId(@Nullable Long importId) {
			return set("import_id", JsonValues.number(importId));
		}

		/**
		 * Set the action performed in the last history item, for example {@code submitted} ({@code last_action}).
		 * @param lastAction the value
		 * @return this builder
		 */
		public Builder lastAction(@Nullable String lastAction) {
			return set("last_action", lastAction);
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
		 * Set the project id ({@code project}).
		 * @param project the value
		 * @return this builder
		 */
		public Builder project(@Nullable Long project) {
			return set("project", JsonValues.number(project));
		}

		/**
		 * Set the last user who updated the annotation, as read (a number or a list) ({@code updated_by}).
		 * @param updatedBy the value
		 * @return this builder
		 */
		public Builder updatedBy(@Nullable Object updatedBy) {
			return set("updated_by", JsonValues.copy(updatedBy));
		}

		/**
		 * Set the prediction this annotation was created from ({@code parent_prediction}).
		 * @param parentPrediction the value
		 * @return this builder
		 */
		public Builder parentPrediction(@Nullable Long parentPrediction) {
			return set("parent_prediction", JsonValues.number(parentPrediction));
		}

		/**
		 * Set the annotation this annotation was created from ({@code parent_annotation}).
		 * @param parentAnnotation the value
		 * @return this builder
		 */
		public Builder parentAnnotation(@Nullable Long parentAnnotation) {
			return set("parent_annotation", JsonValues.number(parentAnnotation));
		}

		/**
		 * Set the user who created the last history item ({@code last_created_by}).
		 * @param lastCreatedBy the value
		 * @return this builder
		 */
		public Builder lastCreatedBy(@Nullable Long lastCreatedBy) {
			return set("last_created_by", JsonValues.number(lastCreatedBy));
		}

		/**
		 * Set whether the annotation was created in bulk ({@code bulk_created}).
		 * @param bulkCreated the value
		 * @return this builder
		 */
		public Builder bulkCreated(@Nullable Boolean bulkCreated) {
			return set("bulk_created", bulkCreated);
		}

		/**
		 * Set the annotation state, on servers that report one ({@code state}).
		 * @param state the value
		 * @return this builder
		 */
		public Builder state(@Nullable String state) {
			return set("state", state);
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
		 * Build the immutable {@code Annotation}.
		 * @return the model
		 */
		public Annotation build() {
			return new Annotation(new LinkedHashMap<>(this.json));
		}

	}

}
