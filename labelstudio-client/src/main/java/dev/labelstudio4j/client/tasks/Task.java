package dev.labelstudio4j.client.tasks;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelFactories;
import dev.labelstudio4j.client.internal.json.ModelSchema;
import dev.labelstudio4j.client.predictions.Prediction;

/**
 * A labeling task. {@link #annotations()} and {@link #predictions()} (sent with {@code fields=all}) are
 * typed, converted on first access; {@code data}, {@code meta} and drafts are free-form maps. Fields whose
 * type changed across server versions are read leniently: {@code file_upload} (a name or an id) as text,
 * {@code updated_by} (an id or a list of users) as a list.
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
public final class Task {

	private static final ModelSchema SCHEMA = ModelSchema.of("Task")
		.field("id", FieldKind.INTEGER)
		.field("data", FieldKind.OBJECT)
		.field("meta", FieldKind.OBJECT)
		.field("project", FieldKind.INTEGER)
		.field("annotations", FieldKind.LIST_OF_OBJECTS)
		.field("predictions", FieldKind.LIST_OF_OBJECTS)
		.field("drafts", FieldKind.LIST_OF_OBJECTS)
		.field("annotators", FieldKind.LIST)
		.field("inner_id", FieldKind.INTEGER)
		.field("is_labeled", FieldKind.BOOLEAN)
		.field("overlap", FieldKind.INT)
		.field("total_annotations", FieldKind.INT)
		.field("cancelled_annotations", FieldKind.INT)
		.field("total_predictions", FieldKind.INT)
		.field("comment_count", FieldKind.INT)
		.field("unresolved_comment_count", FieldKind.INT)
		.field("comment_authors", FieldKind.LIST_OF_INTEGERS)
		.field("last_comment_updated_at", FieldKind.DATE_TIME)
		.field("completed_at", FieldKind.DATE_TIME)
		.field("created_at", FieldKind.DATE_TIME)
		.field("updated_at", FieldKind.DATE_TIME)
		.field("file_upload", FieldKind.TEXT)
		.field("storage_filename", FieldKind.STRING)
		.field("avg_lead_time", FieldKind.NUMBER)
		.field("draft_exists", FieldKind.BOOLEAN)
		.field("updated_by", FieldKind.LIST)
		.build();

	static {
		ModelFactories.register(Task.class, Task::new);
	}

	private final Map<String, Object> json;

	private @Nullable List<Annotation> annotations;

	private @Nullable List<Prediction> predictions;

	private @Nullable OffsetDateTime lastCommentUpdatedAt;

	private @Nullable OffsetDateTime completedAt;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime updatedAt;

	private Task(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static Task fromJson(Map<String, Object> json) {
		return new Task(json);
	}

	/**
	 * Return the task id ({@code id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long id() {
		return JsonValues.toLong(this.json.get("id"));
	}

	/**
	 * Return the task's data, as imported ({@code data}).
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
	 * Return the task's annotations ({@code annotations}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Annotation> annotations() {
		List<Annotation> value = this.annotations;
		if (value == null) {
			value = JsonValues.toModelList(Annotation.class, this.json.get("annotations"));
			this.annotations = value;
		}
		return value;
	}

	/**
	 * Return the task's predictions ({@code predictions}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Prediction> predictions() {
		List<Prediction> value = this.predictions;
		if (value == null) {
			value = JsonValues.toModelList(Prediction.class, this.json.get("predictions"));
			this.predictions = value;
		}
		return value;
	}

	/**
	 * Return the task's drafts, one map per draft ({@code drafts}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Map<String, Object>> drafts() {
		return JsonValues.toMapList(this.json.get("drafts"));
	}

	/**
	 * Return the ids (or descriptions) of the users who annotated the task ({@code annotators}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Object> annotators() {
		return JsonValues.toList(this.json.get("annotators"));
	}

	/**
	 * Return the task's number within the project, from 1 ({@code inner_id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long innerId() {
		return JsonValues.toLong(this.json.get("inner_id"));
	}

	/**
	 * Return whether the task has as many annotations as the project asks for ({@code is_labeled}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean isLabeled() {
		return JsonValues.toBoolean(this.json.get("is_labeled"));
	}

	/**
	 * Return the number of distinct annotators the task is meant for ({@code overlap}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer overlap() {
		return JsonValues.toInteger(this.json.get("overlap"));
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
	 * Return the number of comments ({@code comment_count}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer commentCount() {
		return JsonValues.toInteger(this.json.get("comment_count"));
	}

	/**
	 * Return the number of unresolved comments ({@code unresolved_comment_count}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer unresolvedCommentCount() {
		return JsonValues.toInteger(this.json.get("unresolved_comment_count"));
	}

	/**
	 * Return the ids of the users who commented ({@code comment_authors}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Long> commentAuthors() {
		return JsonValues.toLongList(this.json.get("comment_authors"));
	}

	/**
	 * Return when the last comment was updated ({@code last_comment_updated_at}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime lastCommentUpdatedAt() {
		OffsetDateTime value = this.lastCommentUpdatedAt;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("last_comment_updated_at"));
			this.lastCommentUpdatedAt = value;
		}
		return value;
	}

	/**
	 * Return when the task was completed ({@code completed_at}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime completedAt() {
		OffsetDateTime value = this.completedAt;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("completed_at"));
			this.completedAt = value;
		}
		return value;
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
	 * Return the uploaded file the task came from (its name, or its id as text) ({@code file_upload}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String fileUpload() {
		return JsonValues.toText(this.json.get("file_upload"));
	}

	/**
	 * Return the cloud storage file the task came from ({@code storage_filename}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String storageFilename() {
		return JsonValues.toStringValue(this.json.get("storage_filename"));
	}

	/**
	 * Return the average time spent annotating, in seconds ({@code avg_lead_time}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Double avgLeadTime() {
		return JsonValues.toDouble(this.json.get("avg_lead_time"));
	}

	/**
	 * Return whether a draft exists ({@code draft_exists}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean draftExists() {
		return JsonValues.toBoolean(this.json.get("draft_exists"));
	}

	/**
	 * Return who last updated the task: ids or user objects (a single id is read as a one-element list) ({@code updated_by}).
	 * @return the elements, empty when absent or not an array
	 */
	public List<Object> updatedBy() {
		return JsonValues.toList(this.json.get("updated_by"));
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
	 * Return a builder that starts from every field of this {@code Task}, additional ones included.
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
		return this == other || (other instanceof Task that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code Task}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link Task}. A setter given {@code null} removes the field.
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
		public Builder id(@Nullable Long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the task's data, as imported ({@code data}).
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
		 * Set the task's annotations ({@code annotations}).
		 * @param annotations the value
		 * @return this builder
		 */
		public Builder annotations(@Nullable List<Annotation> annotations) {
			return set("annotations", JsonValues.modelList(annotations, Annotation::rawJson, "annotations"));
		}

		/**
		 * Set the task's predictions ({@code predictions}).
		 * @param predictions the value
		 * @return this builder
		 */
		public Builder predictions(@Nullable List<Prediction> predictions) {
			return set("predictions", JsonValues.modelList(predictions, Prediction::rawJson, "predictions"));
		}

		/**
		 * Set the task's drafts, one map per draft ({@code drafts}).
		 * @param drafts the value
		 * @return this builder
		 */
		public Builder drafts(@Nullable List<? extends Map<String, ?>> drafts) {
			return set("drafts", JsonValues.copy(drafts));
		}

		/**
		 * Set the ids (or descriptions) of the users who annotated the task ({@code annotators}).
		 * @param annotators the value
		 * @return this builder
		 */
		public Builder annotators(@Nullable List<?> annotators) {
			return set("annotators", JsonValues.copy(annotators));
		}

		/**
		 * Set the task's number within the project, from 1 ({@code inner_id}).
		 * @param innerId the value
		 * @return this builder
		 */
		public Builder innerId(@Nullable Long innerId) {
			return set("inner_id", JsonValues.number(innerId));
		}

		/**
		 * Set whether the task has as many annotations as the project asks for ({@code is_labeled}).
		 * @param isLabeled the value
		 * @return this builder
		 */
		public Builder isLabeled(@Nullable Boolean isLabeled) {
			return set("is_labeled", isLabeled);
		}

		/**
		 * Set the number of distinct annotators the task is meant for ({@code overlap}).
		 * @param overlap the value
		 * @return this builder
		 */
		public Builder overlap(@Nullable Integer overlap) {
			return set("overlap", overlap);
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
		 * Set the number of comments ({@code comment_count}).
		 * @param commentCount the value
		 * @return this builder
		 */
		public Builder commentCount(@Nullable Integer commentCount) {
			return set("comment_count", commentCount);
		}

		/**
		 * Set the number of unresolved comments ({@code unresolved_comment_count}).
		 * @param unresolvedCommentCount the value
		 * @return this builder
		 */
		public Builder unresolvedCommentCount(@Nullable Integer unresolvedCommentCount) {
			return set("unresolved_comment_count", unresolvedCommentCount);
		}

		/**
		 * Set the ids of the users who commented ({@code comment_authors}).
		 * @param commentAuthors the value
		 * @return this builder
		 */
		public Builder commentAuthors(@Nullable List<Long> commentAuthors) {
			return set("comment_authors", JsonValues.copy(commentAuthors));
		}

		/**
		 * Set when the last comment was updated ({@code last_comment_updated_at}).
		 * @param lastCommentUpdatedAt the value
		 * @return this builder
		 */
		public Builder lastCommentUpdatedAt(@Nullable OffsetDateTime lastCommentUpdatedAt) {
			return set("last_comment_updated_at", JsonValues.dateTime(lastCommentUpdatedAt));
		}

		/**
		 * Set when the task was completed ({@code completed_at}).
		 * @param completedAt the value
		 * @return this builder
		 */
		public Builder completedAt(@Nullable OffsetDateTime completedAt) {
			return set("completed_at", JsonValues.dateTime(completedAt));
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
		 * Set the uploaded file the task came from (its name, or its id as text) ({@code file_upload}).
		 * @param fileUpload the value
		 * @return this builder
		 */
		public Builder fileUpload(@Nullable String fileUpload) {
			return set("file_upload", fileUpload);
		}

		/**
		 * Set the cloud storage file the task came from ({@code storage_filename}).
		 * @param storageFilename the value
		 * @return this builder
		 */
		public Builder storageFilename(@Nullable String storageFilename) {
			return set("storage_filename", storageFilename);
		}

		/**
		 * Set the average time spent annotating, in seconds ({@code avg_lead_time}).
		 * @param avgLeadTime the value
		 * @return this builder
		 */
		public Builder avgLeadTime(@Nullable Double avgLeadTime) {
			return set("avg_lead_time", avgLeadTime);
		}

		/**
		 * Set whether a draft exists ({@code draft_exists}).
		 * @param draftExists the value
		 * @return this builder
		 */
		public Builder draftExists(@Nullable Boolean draftExists) {
			return set("draft_exists", draftExists);
		}

		/**
		 * Set who last updated the task: ids or user objects (a single id is read as a one-element list) ({@code updated_by}).
		 * @param updatedBy the value
		 * @return this builder
		 */
		public Builder updatedBy(@Nullable List<?> updatedBy) {
			return set("updated_by", JsonValues.copy(updatedBy));
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
		 * Build the immutable {@code Task}.
		 * @return the model
		 */
		public Task build() {
			return new Task(new LinkedHashMap<>(this.json));
		}

	}

}
