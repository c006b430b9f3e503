package dev.labelstudio4j.client.projects;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * The state of an asynchronous import ({@code GET /api/projects/{id}/imports/{import_pk}/}). Fields whose
 * shape varies across server versions ({@code file_upload_ids}, {@code found_formats},
 * {@code data_columns}, {@code task_ids}) are kept as the server sent them; {@link #toResult()} reads them
 * leniently. The imported tasks themselves ({@code tasks}) are not kept.
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
public final class ProjectImport {

	private static final ModelSchema SCHEMA = ModelSchema.of("ProjectImport")
		.field("id", FieldKind.INTEGER)
		.field("project", FieldKind.INTEGER)
		.field("status", FieldKind.STRING)
		.field("error", FieldKind.STRING)
		.field("traceback", FieldKind.STRING)
		.field("url", FieldKind.STRING)
		.field("commit_to_project", FieldKind.BOOLEAN)
		.field("return_task_ids", FieldKind.BOOLEAN)
		.field("created_at", FieldKind.DATE_TIME)
		.field("updated_at", FieldKind.DATE_TIME)
		.field("finished_at", FieldKind.DATE_TIME)
		.field("task_count", FieldKind.INT)
		.field("annotation_count", FieldKind.INT)
		.field("prediction_count", FieldKind.INT)
		.field("duration", FieldKind.NUMBER)
		.field("could_be_tasks_list", FieldKind.BOOLEAN)
		.field("file_upload_ids", FieldKind.ANY)
		.field("found_formats", FieldKind.ANY)
		.field("data_columns", FieldKind.ANY)
		.field("task_ids", FieldKind.ANY)
		.build();

	private final Map<String, Object> json;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime updatedAt;

	private @Nullable OffsetDateTime finishedAt;

	/** Status of an import that finished well. */
	public static final String COMPLETED = "completed";

	/** Status of an import that failed. */
	public static final String FAILED = "failed";

	private ProjectImport(Map<String, Object> json) {
		json.remove("tasks");
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static ProjectImport fromJson(Map<String, Object> json) {
		return new ProjectImport(json);
	}

	/**
	 * Return the import id ({@code id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long id() {
		return JsonValues.toLong(this.json.get("id"));
	}

	/**
	 * Return the project id ({@code project}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long project() {
		return JsonValues.toLong(this.json.get("project"));
	}

	/**
	 * Return the status: {@code created}, {@code in_progress}, {@code failed} or {@code completed} ({@code status}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String status() {
		return JsonValues.toStringValue(this.json.get("status"));
	}

	/**
	 * Return the server's error message, when failed ({@code error}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String error() {
		return JsonValues.toStringValue(this.json.get("error"));
	}

	/**
	 * Return the server's traceback, when failed ({@code traceback}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String traceback() {
		return JsonValues.toStringValue(this.json.get("traceback"));
	}

	/**
	 * Return the URL imported from, if any ({@code url}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String url() {
		return JsonValues.toStringValue(this.json.get("url"));
	}

	/**
	 * Return whether tasks are committed to the project ({@code commit_to_project}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean commitToProject() {
		return JsonValues.toBoolean(this.json.get("commit_to_project"));
	}

	/**
	 * Return whether task ids are returned ({@code return_task_ids}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean returnTaskIds() {
		return JsonValues.toBoolean(this.json.get("return_task_ids"));
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
	 * Return the completion or failure time ({@code finished_at}).
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
	 * Return the number of tasks imported so far ({@code task_count}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer taskCount() {
		return JsonValues.toInteger(this.json.get("task_count"));
	}

	/**
	 * Return the number of annotations imported so far ({@code annotation_count}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer annotationCount() {
		return JsonValues.toInteger(this.json.get("annotation_count"));
	}

	/**
	 * Return the number of predictions imported so far ({@code prediction_count}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer predictionCount() {
		return JsonValues.toInteger(this.json.get("prediction_count"));
	}

	/**
	 * Return the time taken, in seconds ({@code duration}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Double duration() {
		return JsonValues.toDouble(this.json.get("duration"));
	}

	/**
	 * Return whether the files could hold lists of tasks ({@code could_be_tasks_list}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean couldBeTasksList() {
		return JsonValues.toBoolean(this.json.get("could_be_tasks_list"));
	}

	/**
	 * Return the raw {@code file_upload_ids} ({@code file_upload_ids}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object fileUploadIds() {
		return JsonValues.readOnly(this.json.get("file_upload_ids"));
	}

	/**
	 * Return the raw {@code found_formats} ({@code found_formats}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object foundFormats() {
		return JsonValues.readOnly(this.json.get("found_formats"));
	}

	/**
	 * Return the raw {@code data_columns} ({@code data_columns}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object dataColumns() {
		return JsonValues.readOnly(this.json.get("data_columns"));
	}

	/**
	 * Return the raw {@code task_ids} ({@code task_ids}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object taskIds() {
		return JsonValues.readOnly(this.json.get("task_ids"));
	}

	/**
	 * Whether the import completed.
	 * @return whether the status is {@value #COMPLETED}
	 */
	public boolean isCompleted() {
		return COMPLETED.equals(status());
	}

	/**
	 * Whether the import failed.
	 * @return whether the status is {@value #FAILED}
	 */
	public boolean isFailed() {
		return FAILED.equals(status());
	}

	/**
	 * The figures of this import as an {@link ImportResult}.
	 * @return the result
	 */
	public ImportResult toResult() {
		ImportResult.Builder result = ImportResult.builder()
			.taskCount(taskCount())
			.annotationCount(annotationCount())
			.predictionsCount(predictionCount())
			.duration(duration())
			.couldBeTasksList(couldBeTasksList())
			.importId(id());
		List<Object> fileUploadIds = items(this.json.get("file_upload_ids"));
		if (fileUploadIds != null) {
			result.fileUploadIds(JsonValues.toLongList(fileUploadIds));
		}
		List<Object> foundFormats = items(this.json.get("found_formats"));
		if (foundFormats != null) {
			result.foundFormats(strings(foundFormats));
		}
		List<Object> dataColumns = items(this.json.get("data_columns"));
		if (dataColumns != null) {
			result.dataColumns(strings(dataColumns));
		}
		List<Object> taskIds = items(this.json.get("task_ids"));
		if (taskIds != null) {
			result.taskIds(JsonValues.toLongList(taskIds));
		}
		return result.build();
	}

	private static List<String> strings(List<Object> items) {
		List<String> result = new ArrayList<>();
		for (Object item : items) {
			if (item != null) {
				result.add(String.valueOf(item));
			}
		}
		return result;
	}

	/** A list as is, a map's keys (some servers count formats in a map), a single value as a list. */
	private static @Nullable List<Object> items(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		if (value instanceof Map<?, ?> map) {
			return new ArrayList<>(map.keySet());
		}
		return List.of(value);
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
	 * Return a builder that starts from every field of this {@code ProjectImport}, additional ones included.
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
		return this == other || (other instanceof ProjectImport that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code ProjectImport}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link ProjectImport}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the import id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable Long id) {
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
		 * Set the status: {@code created}, {@code in_progress}, {@code failed} or {@code completed} ({@code status}).
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			return set("status", status);
		}

		/**
		 * Set the server's error message, when failed ({@code error}).
		 * @param error the value
		 * @return this builder
		 */
		public Builder error(@Nullable String error) {
			return set("error", error);
		}

		/**
		 * Set the server's traceback, when failed ({@code traceback}).
		 * @param traceback the value
		 * @return this builder
		 */
		public Builder traceback(@Nullable String traceback) {
			return set("traceback", traceback);
		}

		/**
		 * Set the URL imported from, if any ({@code url}).
		 * @param url the value
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			return set("url", url);
		}

		/**
		 * Set whether tasks are committed to the project ({@code commit_to_project}).
		 * @param commitToProject the value
		 * @return this builder
		 */
		public Builder commitToProject(@Nullable Boolean commitToProject) {
			return set("commit_to_project", commitToProject);
		}

		/**
		 * Set whether task ids are returned ({@code return_task_ids}).
		 * @param returnTaskIds the value
		 * @return this builder
		 */
		public Builder returnTaskIds(@Nullable Boolean returnTaskIds) {
			return set("return_task_ids", returnTaskIds);
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
		 * Set the completion or failure time ({@code finished_at}).
		 * @param finishedAt the value
		 * @return this builder
		 */
		public Builder finishedAt(@Nullable OffsetDateTime finishedAt) {
			return set("finished_at", JsonValues.dateTime(finishedAt));
		}

		/**
		 * Set the number of tasks imported so far ({@code task_count}).
		 * @param taskCount the value
		 * @return this builder
		 */
		public Builder taskCount(@Nullable Integer taskCount) {
			return set("task_count", taskCount);
		}

		/**
		 * Set the number of annotations imported so far ({@code annotation_count}).
		 * @param annotationCount the value
		 * @return this builder
		 */
		public Builder annotationCount(@Nullable Integer annotationCount) {
			return set("annotation_count", annotationCount);
		}

		/**
		 * Set the number of predictions imported so far ({@code prediction_count}).
		 * @param predictionCount the value
		 * @return this builder
		 */
		public Builder predictionCount(@Nullable Integer predictionCount) {
			return set("prediction_count", predictionCount);
		}

		/**
		 * Set the time taken, in seconds ({@code duration}).
		 * @param duration the value
		 * @return this builder
		 */
		public Builder duration(@Nullable Double duration) {
			return set("duration", duration);
		}

		/**
		 * Set whether the files could hold lists of tasks ({@code could_be_tasks_list}).
		 * @param couldBeTasksList the value
		 * @return this builder
		 */
		public Builder couldBeTasksList(@Nullable Boolean couldBeTasksList) {
			return set("could_be_tasks_list", couldBeTasksList);
		}

		/**
		 * Set the raw {@code file_upload_ids} ({@code file_upload_ids}).
		 * @param fileUploadIds the value
		 * @return this builder
		 */
		public Builder fileUploadIds(@Nullable Object fileUploadIds) {
			return set("file_upload_ids", JsonValues.copy(fileUploadIds));
		}

		/**
		 * Set the raw {@code found_formats} ({@code found_formats}).
		 * @param foundFormats the value
		 * @return this builder
		 */
		public Builder foundFormats(@Nullable Object foundFormats) {
			return set("found_formats", JsonValues.copy(foundFormats));
		}

		/**
		 * Set the raw {@code data_columns} ({@code data_columns}).
		 * @param dataColumns the value
		 * @return this builder
		 */
		public Builder dataColumns(@Nullable Object dataColumns) {
			return set("data_columns", JsonValues.copy(dataColumns));
		}

		/**
		 * Set the raw {@code task_ids} ({@code task_ids}).
		 * @param taskIds the value
		 * @return this builder
		 */
		public Builder taskIds(@Nullable Object taskIds) {
			return set("task_ids", JsonValues.copy(taskIds));
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
		 * Build the immutable {@code ProjectImport}.
		 * @return the model
		 */
		public ProjectImport build() {
			return new ProjectImport(new LinkedHashMap<>(this.json));
		}

	}

}
