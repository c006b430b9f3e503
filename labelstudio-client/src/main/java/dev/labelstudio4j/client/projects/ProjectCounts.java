package dev.labelstudio4j.client.projects;

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
 * A project's counters, as {@code GET /api/projects/counts/} answers them. Counters the server leaves out
 * are {@code null}; the Enterprise edition's review and queue counters are kept as additional properties.
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
public final class ProjectCounts {

	private static final ModelSchema SCHEMA = ModelSchema.of("ProjectCounts")
		.field("id", FieldKind.INTEGER)
		.field("task_number", FieldKind.INTEGER)
		.field("finished_task_number", FieldKind.INTEGER)
		.field("total_predictions_number", FieldKind.INTEGER)
		.field("total_annotations_number", FieldKind.INTEGER)
		.field("num_tasks_with_annotations", FieldKind.INTEGER)
		.field("useful_annotation_number", FieldKind.INTEGER)
		.field("ground_truth_number", FieldKind.INTEGER)
		.field("skipped_annotations_number", FieldKind.INTEGER)
		.build();

	static {
		ModelFactories.register(ProjectCounts.class, ProjectCounts::new);
	}

	private final Map<String, Object> json;

	private ProjectCounts(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static ProjectCounts fromJson(Map<String, Object> json) {
		return new ProjectCounts(json);
	}

	/**
	 * Return the project id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the number of tasks ({@code task_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long taskNumber() {
		return JsonValues.toLong(this.json.get("task_number"));
	}

	/**
	 * Return the number of finished tasks ({@code finished_task_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long finishedTaskNumber() {
		return JsonValues.toLong(this.json.get("finished_task_number"));
	}

	/**
	 * Return the number of predictions ({@code total_predictions_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long totalPredictionsNumber() {
		return JsonValues.toLong(this.json.get("total_predictions_number"));
	}

	/**
	 * Return the number of annotations ({@code total_annotations_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long totalAnnotationsNumber() {
		return JsonValues.toLong(this.json.get("total_annotations_number"));
	}

	/**
	 * Return the number of tasks with at least one annotation ({@code num_tasks_with_annotations}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long numTasksWithAnnotations() {
		return JsonValues.toLong(this.json.get("num_tasks_with_annotations"));
	}

	/**
	 * Return the number of annotations that are not skips ({@code useful_annotation_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long usefulAnnotationNumber() {
		return JsonValues.toLong(this.json.get("useful_annotation_number"));
	}

	/**
	 * Return the number of ground-truth annotations ({@code ground_truth_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long groundTruthNumber() {
		return JsonValues.toLong(this.json.get("ground_truth_number"));
	}

	/**
	 * Return the number of skipped annotations ({@code skipped_annotations_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long skippedAnnotationsNumber() {
		return JsonValues.toLong(this.json.get("skipped_annotations_number"));
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
	 * Return a builder that starts from every field of this {@code ProjectCounts}, additional ones included.
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
		return this == other || (other instanceof ProjectCounts that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code ProjectCounts}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link ProjectCounts}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the project id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the number of tasks ({@code task_number}).
		 * @param taskNumber the value
		 * @return this builder
		 */
		public Builder taskNumber(@Nullable Long taskNumber) {
			return set("task_number", JsonValues.number(taskNumber));
		}

		/**
		 * Set the number of finished tasks ({@code finished_task_number}).
		 * @param finishedTaskNumber the value
		 * @return this builder
		 */
		public Builder finishedTaskNumber(@Nullable Long finishedTaskNumber) {
			return set("finished_task_number", JsonValues.number(finishedTaskNumber));
		}

		/**
		 * Set the number of predictions ({@code total_predictions_number}).
		 * @param totalPredictionsNumber the value
		 * @return this builder
		 */
		public Builder totalPredictionsNumber(@Nullable Long totalPredictionsNumber) {
			return set("total_predictions_number", JsonValues.number(totalPredictionsNumber));
		}

		/**
		 * Set the number of annotations ({@code total_annotations_number}).
		 * @param totalAnnotationsNumber the value
		 * @return this builder
		 */
		public Builder totalAnnotationsNumber(@Nullable Long totalAnnotationsNumber) {
			return set("total_annotations_number", JsonValues.number(totalAnnotationsNumber));
		}

		/**
		 * Set the number of tasks with at least one annotation ({@code num_tasks_with_annotations}).
		 * @param numTasksWithAnnotations the value
		 * @return this builder
		 */
		public Builder numTasksWithAnnotations(@Nullable Long numTasksWithAnnotations) {
			return set("num_tasks_with_annotations", JsonValues.number(numTasksWithAnnotations));
		}

		/**
		 * Set the number of annotations that are not skips ({@code useful_annotation_number}).
		 * @param usefulAnnotationNumber the value
		 * @return this builder
		 */
		public Builder usefulAnnotationNumber(@Nullable Long usefulAnnotationNumber) {
			return set("useful_annotation_number", JsonValues.number(usefulAnnotationNumber));
		}

		/**
		 * Set the number of ground-truth annotations ({@code ground_truth_number}).
		 * @param groundTruthNumber the value
		 * @return this builder
		 */
		public Builder groundTruthNumber(@Nullable Long groundTruthNumber) {
			return set("ground_truth_number", JsonValues.number(groundTruthNumber));
		}

		/**
		 * Set the number of skipped annotations ({@code skipped_annotations_number}).
		 * @param skippedAnnotationsNumber the value
		 * @return this builder
		 */
		public Builder skippedAnnotationsNumber(@Nullable Long skippedAnnotationsNumber) {
			return set("skipped_annotations_number", JsonValues.number(skippedAnnotationsNumber));
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
		 * Build the immutable {@code ProjectCounts}.
		 * @return the model
		 */
		public ProjectCounts build() {
			return new ProjectCounts(new LinkedHashMap<>(this.json));
		}

	}

}
