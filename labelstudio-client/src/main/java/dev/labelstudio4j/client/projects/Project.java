package dev.labelstudio4j.client.projects;

import java.time.OffsetDateTime;
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
 * A Label Studio project.
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
public final class Project {

	private static final ModelSchema SCHEMA = ModelSchema.of("Project")
		.field("id", FieldKind.INTEGER)
		.field("title", FieldKind.STRING)
		.field("description", FieldKind.STRING)
		.field("label_config", FieldKind.STRING)
		.field("expert_instruction", FieldKind.STRING)
		.field("show_instruction", FieldKind.BOOLEAN)
		.field("show_skip_button", FieldKind.BOOLEAN)
		.field("enable_empty_annotation", FieldKind.BOOLEAN)
		.field("show_annotation_history", FieldKind.BOOLEAN)
		.field("organization", FieldKind.INTEGER)
		.field("color", FieldKind.STRING)
		.field("maximum_annotations", FieldKind.INT)
		.field("is_published", FieldKind.BOOLEAN)
		.field("model_version", FieldKind.STRING)
		.field("is_draft", FieldKind.BOOLEAN)
		.field("created_by", FieldKind.ANY)
		.field("created_at", FieldKind.DATE_TIME)
		.field("min_annotations_to_start_training", FieldKind.INT)
		.field("show_collab_predictions", FieldKind.BOOLEAN)
		.field("num_tasks_with_annotations", FieldKind.INT)
		.field("task_number", FieldKind.INT)
		.field("useful_annotation_number", FieldKind.INT)
		.field("ground_truth_number", FieldKind.INT)
		.field("skipped_annotations_number", FieldKind.INT)
		.field("total_annotations_number", FieldKind.INT)
		.field("total_predictions_number", FieldKind.INT)
		.field("sampling", FieldKind.STRING)
		.field("show_ground_truth_first", FieldKind.BOOLEAN)
		.field("show_overlap_first", FieldKind.BOOLEAN)
		.field("overlap_cohort_percentage", FieldKind.INT)
		.field("control_weights", FieldKind.OBJECT)
		.field("parsed_label_config", FieldKind.OBJECT)
		.field("evaluate_predictions_automatically", FieldKind.BOOLEAN)
		.field("reveal_preannotations_interactively", FieldKind.BOOLEAN)
		.field("pinned_at", FieldKind.DATE_TIME)
		.field("finished_task_number", FieldKind.INT)
		.field("queue_total", FieldKind.INT)
		.field("queue_done", FieldKind.INT)
		.field("workspace", FieldKind.INTEGER)
		.build();

	static {
		ModelFactories.register(Project.class, Project::new);
	}

	private final Map<String, Object> json;

	private @Nullable OffsetDateTime createdAt;

	private @Nullable OffsetDateTime pinnedAt;

	private Project(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static Project fromJson(Map<String, Object> json) {
		return new Project(json);
	}

	/**
	 * Return the project id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the project title ({@code title}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String title() {
		return JsonValues.toStringValue(this.json.get("title"));
	}

	/**
	 * Return the project description ({@code description}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String description() {
		return JsonValues.toStringValue(this.json.get("description"));
	}

	/**
	 * Return the labeling configuration, in XML ({@code label_config}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String labelConfig() {
		return JsonValues.toStringValue(this.json.get("label_config"));
	}

	/**
	 * Return the labeling instructions, in HTML ({@code expert_instruction}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String expertInstruction() {
		return JsonValues.toStringValue(this.json.get("expert_instruction"));
	}

	/**
	 * Return whether the instructions are shown before labeling ({@code show_instruction}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean showInstruction() {
		return JsonValues.toBoolean(this.json.get("show_instruction"));
	}

	/**
	 * Return whether annotators may skip tasks ({@code show_skip_button}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean showSkipButton() {
		return JsonValues.toBoolean(this.json.get("show_skip_button"));
	}

	/**
	 * Return whether annotations without results may be submitted ({@code enable_empty_annotation}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean enableEmptyAnnotation() {
		return JsonValues.toBoolean(this.json.get("enable_empty_annotation"));
	}

	/**
	 * Return whether the annotation history is shown ({@code show_annotation_history}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean showAnnotationHistory() {
		return JsonValues.toBoolean(this.json.get("show_annotation_history"));
	}

	/**
	 * Return the organization id ({@code organization}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long organization() {
		return JsonValues.toLong(this.json.get("organization"));
	}

	/**
	 * Return the project color ({@code color}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String color() {
		return JsonValues.toStringValue(this.json.get("color"));
	}

	/**
	 * Return the number of annotations a task needs to be completed ({@code maximum_annotations}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer maximumAnnotations() {
		return JsonValues.toInteger(this.json.get("maximum_annotations"));
	}

	/**
	 * Return whether the project is published to annotators ({@code is_published}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean isPublished() {
		return JsonValues.toBoolean(this.json.get("is_published"));
	}

	/**
	 * Return the model version whose predictions are shown ({@code model_version}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String modelVersion() {
		return JsonValues.toStringValue(this.json.get("model_version"));
	}

	/**
	 * Return whether the project is a draft ({@code is_draft}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean isDraft() {
		return JsonValues.toBoolean(this.json.get("is_draft"));
	}

	/**
	 * Return the user who created the project, as read (an id or a user object) ({@code created_by}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object createdBy() {
		return JsonValues.readOnly(this.json.get("created_by"));
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
	 * Return the number of annotations that starts training ({@code min_annotations_to_start_training}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer minAnnotationsToStartTraining() {
		return JsonValues.toInteger(this.json.get("min_annotations_to_start_training"));
	}

	/**
	 * Return whether predictions are shown to annotators ({@code show_collab_predictions}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean showCollabPredictions() {
		return JsonValues.toBoolean(this.json.get("show_collab_predictions"));
	}

	/**
	 * Return the number of tasks with annotations ({@code num_tasks_with_annotations}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer numTasksWithAnnotations() {
		return JsonValues.toInteger(this.json.get("num_tasks_with_annotations"));
	}

	/**
	 * Return the number of tasks ({@code task_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer taskNumber() {
		return JsonValues.toInteger(this.json.get("task_number"));
	}

	/**
	 * Return the number of useful annotations ({@code useful_annotation_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer usefulAnnotationNumber() {
		return JsonValues.toInteger(this.json.get("useful_annotation_number"));
	}

	/**
	 * Return the number of ground-truth annotations ({@code ground_truth_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer groundTruthNumber() {
		return JsonValues.toInteger(this.json.get("ground_truth_number"));
	}

	/**
	 * Return the number of skipped annotations ({@code skipped_annotations_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer skippedAnnotationsNumber() {
		return JsonValues.toInteger(this.json.get("skipped_annotations_number"));
	}

	/**
	 * Return the number of annotations ({@code total_annotations_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer totalAnnotationsNumber() {
		return JsonValues.toInteger(this.json.get("total_annotations_number"));
	}

	/**
	 * Return the number of predictions ({@code total_predictions_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer totalPredictionsNumber() {
		return JsonValues.toInteger(this.json.get("total_predictions_number"));
	}

	/**
	 * Return the task sampling method ({@code sampling}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String sampling() {
		return JsonValues.toStringValue(this.json.get("sampling"));
	}

	/**
	 * Return whether ground-truth tasks come first ({@code show_ground_truth_first}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean showGroundTruthFirst() {
		return JsonValues.toBoolean(this.json.get("show_ground_truth_first"));
	}

	/**
	 * Return whether overlapping tasks come first ({@code show_overlap_first}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean showOverlapFirst() {
		return JsonValues.toBoolean(this.json.get("show_overlap_first"));
	}

	/**
	 * Return the percentage of tasks that get overlapping annotations ({@code overlap_cohort_percentage}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer overlapCohortPercentage() {
		return JsonValues.toInteger(this.json.get("overlap_cohort_percentage"));
	}

	/**
	 * Return the weights of the control tags, as read ({@code control_weights}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> controlWeights() {
		return JsonValues.toMap(this.json.get("control_weights"));
	}

	/**
	 * Return the labeling configuration as parsed by the server, as read ({@code parsed_label_config}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> parsedLabelConfig() {
		return JsonValues.toMap(this.json.get("parsed_label_config"));
	}

	/**
	 * Return whether predictions are evaluated against ground truth ({@code evaluate_predictions_automatically}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean evaluatePredictionsAutomatically() {
		return JsonValues.toBoolean(this.json.get("evaluate_predictions_automatically"));
	}

	/**
	 * Return whether pre-annotations are revealed one by one ({@code reveal_preannotations_interactively}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean revealPreannotationsInteractively() {
		return JsonValues.toBoolean(this.json.get("reveal_preannotations_interactively"));
	}

	/**
	 * Return when the project was pinned ({@code pinned_at}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime pinnedAt() {
		OffsetDateTime value = this.pinnedAt;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("pinned_at"));
			this.pinnedAt = value;
		}
		return value;
	}

	/**
	 * Return the number of finished tasks ({@code finished_task_number}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer finishedTaskNumber() {
		return JsonValues.toInteger(this.json.get("finished_task_number"));
	}

	/**
	 * Return the number of tasks in the labeling queue ({@code queue_total}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer queueTotal() {
		return JsonValues.toInteger(this.json.get("queue_total"));
	}

	/**
	 * Return the number of tasks of the queue that are done ({@code queue_done}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer queueDone() {
		return JsonValues.toInteger(this.json.get("queue_done"));
	}

	/**
	 * Return the workspace id ({@code workspace}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long workspace() {
		return JsonValues.toLong(this.json.get("workspace"));
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
	 * Return a builder that starts from every field of this {@code Project}, additional ones included.
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
		return this == other || (other instanceof Project that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code Project}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link Project}. A setter given {@code null} removes the field.
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
		 * Set the project title ({@code title}).
		 * @param title the value
		 * @return this builder
		 */
		public Builder title(@Nullable String title) {
			return set("title", title);
		}

		/**
		 * Set the project description ({@code description}).
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			return set("description", description);
		}

		/**
		 * Set the labeling configuration, in XML ({@code label_config}).
		 * @param labelConfig the value
		 * @return this builder
		 */
		public Builder labelConfig(@Nullable String labelConfig) {
			return set("label_config", labelConfig);
		}

		/**
		 * Set the labeling instructions, in HTML ({@code expert_instruction}).
		 * @param expertInstruction the value
		 * @return this builder
		 */
		public Builder expertInstruction(@Nullable String expertInstruction) {
			return set("expert_instruction", expertInstruction);
		}

		/**
		 * Set whether the instructions are shown before labeling ({@code show_instruction}).
		 * @param showInstruction the value
		 * @return this builder
		 */
		public Builder showInstruction(@Nullable Boolean showInstruction) {
			return set("show_instruction", showInstruction);
		}

		/**
		 * Set whether annotators may skip tasks ({@code show_skip_button}).
		 * @param showSkipButton the value
		 * @return this builder
		 */
		public Builder showSkipButton(@Nullable Boolean showSkipButton) {
			return set("show_skip_button", showSkipButton);
		}

		/**
		 * Set whether annotations without results may be submitted ({@code enable_empty_annotation}).
		 * @param enableEmptyAnnotation the value
		 * @return this builder
		 */
		public Builder enableEmptyAnnotation(@Nullable Boolean enableEmptyAnnotation) {
			return set("enable_empty_annotation", enableEmptyAnnotation);
		}

		/**
		 * Set whether the annotation history is shown ({@code show_annotation_history}).
		 * @param showAnnotationHistory the value
		 * @return this builder
		 */
		public Builder showAnnotationHistory(@Nullable Boolean showAnnotationHistory) {
			return set("show_annotation_history", showAnnotationHistory);
		}

		/**
		 * Set the organization id ({@code organization}).
		 * @param organization the value
		 * @return this builder
		 */
		public Builder organization(@Nullable Long organization) {
			return set("organization", JsonValues.number(organization));
		}

		/**
		 * Set the project color ({@code color}).
		 * @param color the value
		 * @return this builder
		 */
		public Builder color(@Nullable String color) {
			return set("color", color);
		}

		/**
		 * Set the number of annotations a task needs to be completed ({@code maximum_annotations}).
		 * @param maximumAnnotations the value
		 * @return this builder
		 */
		public Builder maximumAnnotations(@Nullable Integer maximumAnnotations) {
			return set("maximum_annotations", maximumAnnotations);
		}

		/**
		 * Set whether the project is published to annotators ({@code is_published}).
		 * @param isPublished the value
		 * @return this builder
		 */
		public Builder isPublished(@Nullable Boolean isPublished) {
			return set("is_published", isPublished);
		}

		/**
		 * Set the model version whose predictions are shown ({@code model_version}).
		 * @param modelVersion the value
		 * @return this builder
		 */
		public Builder modelVersion(@Nullable String modelVersion) {
			return set("model_version", modelVersion);
		}

		/**
		 * Set whether the project is a draft ({@code is_draft}).
		 * @param isDraft the value
		 * @return this builder
		 */
		public Builder isDraft(@Nullable Boolean isDraft) {
			return set("is_draft", isDraft);
		}

		/**
		 * Set the user who created the project, as read (an id or a user object) ({@code created_by}).
		 * @param createdBy the value
		 * @return this builder
		 */
		public Builder createdBy(@Nullable Object createdBy) {
			return set("created_by", JsonValues.copy(createdBy));
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
		 * Set the number of annotations that starts training ({@code min_annotations_to_start_training}).
		 * @param minAnnotationsToStartTraining the value
		 * @return this builder
		 */
		public Builder minAnnotationsToStartTraining(@Nullable Integer minAnnotationsToStartTraining) {
			return set("min_annotations_to_start_training", minAnnotationsToStartTraining);
		}

		/**
		 * Set whether predictions are shown to annotators ({@code show_collab_predictions}).
		 * @param showCollabPredictions the value
		 * @return this builder
		 */
		public Builder showCollabPredictions(@Nullable Boolean showCollabPredictions) {
			return set("show_collab_predictions", showCollabPredictions);
		}

		/**
		 * Set the number of tasks with annotations ({@code num_tasks_with_annotations}).
		 * @param numTasksWithAnnotations the value
		 * @return this builder
		 */
		public Builder numTasksWithAnnotations(@Nullable Integer numTasksWithAnnotations) {
			return set("num_tasks_with_annotations", numTasksWithAnnotations);
		}

		/**
		 * Set the number of tasks ({@code task_number}).
		 * @param taskNumber the value
		 * @return this builder
		 */
		public Builder taskNumber(@Nullable Integer taskNumber) {
			return set("task_number", taskNumber);
		}

		/**
		 * Set the number of useful annotations ({@code useful_annotation_number}).
		 * @param usefulAnnotationNumber the value
		 * @return this builder
		 */
		public Builder usefulAnnotationNumber(@Nullable Integer usefulAnnotationNumber) {
			return set("useful_annotation_number", usefulAnnotationNumber);
		}

		/**
		 * Set the number of ground-truth annotations ({@code ground_truth_number}).
		 * @param groundTruthNumber the value
		 * @return this builder
		 */
		public Builder groundTruthNumber(@Nullable Integer groundTruthNumber) {
			return set("ground_truth_number", groundTruthNumber);
		}

		/**
		 * Set the number of skipped annotations ({@code skipped_annotations_number}).
		 * @param skippedAnnotationsNumber the value
		 * @return this builder
		 */
		public Builder skippedAnnotationsNumber(@Nullable Integer skippedAnnotationsNumber) {
			return set("skipped_annotations_number", skippedAnnotationsNumber);
		}

		/**
		 * Set the number of annotations ({@code total_annotations_number}).
		 * @param totalAnnotationsNumber the value
		 * @return this builder
		 */
		public Builder totalAnnotationsNumber(@Nullable Integer totalAnnotationsNumber) {
			return set("total_annotations_number", totalAnnotationsNumber);
		}

		/**
		 * Set the number of predictions ({@code total_predictions_number}).
		 * @param totalPredictionsNumber the value
		 * @return this builder
		 */
		public Builder totalPredictionsNumber(@Nullable Integer totalPredictionsNumber) {
			return set("total_predictions_number", totalPredictionsNumber);
		}

		/**
		 * Set the task sampling method ({@code sampling}).
		 * @param sampling the value
		 * @return this builder
		 */
		public Builder sampling(@Nullable String sampling) {
			return set("sampling", sampling);
		}

		/**
		 * Set whether ground-truth tasks come first ({@code show_ground_truth_first}).
		 * @param showGroundTruthFirst the value
		 * @return this builder
		 */
		public Builder showGroundTruthFirst(@Nullable Boolean showGroundTruthFirst) {
			return set("show_ground_truth_first", showGroundTruthFirst);
		}

		/**
		 * Set whether overlapping tasks come first ({@code show_overlap_first}).
		 * @param showOverlapFirst the value
		 * @return this builder
		 */
		public Builder showOverlapFirst(@Nullable Boolean showOverlapFirst) {
			return set("show_overlap_first", showOverlapFirst);
		}

		/**
		 * Set the percentage of tasks that get overlapping annotations ({@code overlap_cohort_percentage}).
		 * @param overlapCohortPercentage the value
		 * @return this builder
		 */
		public Builder overlapCohortPercentage(@Nullable Integer overlapCohortPercentage) {
			return set("overlap_cohort_percentage", overlapCohortPercentage);
		}

		/**
		 * Set the weights of the control tags, as read ({@code control_weights}).
		 * @param controlWeights the value
		 * @return this builder
		 */
		public Builder controlWeights(@Nullable Map<String, ?> controlWeights) {
			return set("control_weights", (controlWeights != null) ? JsonValues.copyMap(controlWeights) : null);
		}

		/**
		 * Set the labeling configuration as parsed by the server, as read ({@code parsed_label_config}).
		 * @param parsedLabelConfig the value
		 * @return this builder
		 */
		public Builder parsedLabelConfig(@Nullable Map<String, ?> parsedLabelConfig) {
			return set("parsed_label_config", (parsedLabelConfig != null) ? JsonValues.copyMap(parsedLabelConfig) : null);
		}

		/**
		 * Set whether predictions are evaluated against ground truth ({@code evaluate_predictions_automatically}).
		 * @param evaluatePredictionsAutomatically the value
		 * @return this builder
		 */
		public Builder evaluatePredictionsAutomatically(@Nullable Boolean evaluatePredictionsAutomatically) {
			return set("evaluate_predictions_automatically", evaluatePredictionsAutomatically);
		}

		/**
		 * Set whether pre-annotations are revealed one by one ({@code reveal_preannotations_interactively}).
		 * @param revealPreannotationsInteractively the value
		 * @return this builder
		 */
		public Builder revealPreannotationsInteractively(@Nullable Boolean revealPreannotationsInteractively) {
			return set("reveal_preannotations_interactively", revealPreannotationsInteractively);
		}

		/**
		 * Set when the project was pinned ({@code pinned_at}).
		 * @param pinnedAt the value
		 * @return this builder
		 */
		public Builder pinnedAt(@Nullable OffsetDateTime pinnedAt) {
			return set("pinned_at", JsonValues.dateTime(pinnedAt));
		}

		/**
		 * Set the number of finished tasks ({@code finished_task_number}).
		 * @param finishedTaskNumber the value
		 * @return this builder
		 */
		public Builder finishedTaskNumber(@Nullable Integer finishedTaskNumber) {
			return set("finished_task_number", finishedTaskNumber);
		}

		/**
		 * Set the number of tasks in the labeling queue ({@code queue_total}).
		 * @param queueTotal the value
		 * @return this builder
		 */
		public Builder queueTotal(@Nullable Integer queueTotal) {
			return set("queue_total", queueTotal);
		}

		/**
		 * Set the number of tasks of the queue that are done ({@code queue_done}).
		 * @param queueDone the value
		 * @return this builder
		 */
		public Builder queueDone(@Nullable Integer queueDone) {
			return set("queue_done", queueDone);
		}

		/**
		 * Set the workspace id ({@code workspace}).
		 * @param workspace the value
		 * @return this builder
		 */
		public Builder workspace(@Nullable Long workspace) {
			return set("workspace", JsonValues.number(workspace));
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
		 * Build the immutable {@code Project}.
		 * @return the model
		 */
		public Project build() {
			return new Project(new LinkedHashMap<>(this.json));
		}

	}

}
