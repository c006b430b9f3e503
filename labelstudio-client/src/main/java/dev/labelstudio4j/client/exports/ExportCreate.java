package dev.labelstudio4j.client.exports;

import org.jspecify.annotations.Nullable;

/**
 * What {@link ExportsClient#create(long, ExportCreate)} asks for: an export snapshot's title, which tasks
 * and annotations it holds (task and annotation filter options) and how they are written (serialization
 * options). Every setting is optional; unset ones are left out of the request and the server's defaults
 * apply (all tasks, usual annotations, full objects). Immutable; build with {@link #builder()}.
 */
public final class ExportCreate {

	private final @Nullable String title;

	private final @Nullable Long view;

	private final @Nullable TaskInclusion skipped;

	private final @Nullable TaskInclusion finished;

	private final @Nullable TaskInclusion annotated;

	private final @Nullable Boolean onlyWithAnnotations;

	private final @Nullable Boolean usualAnnotations;

	private final @Nullable Boolean groundTruthAnnotations;

	private final @Nullable Boolean skippedAnnotations;

	private final @Nullable Boolean draftsOnlyId;

	private final @Nullable Boolean predictionsOnlyId;

	private final @Nullable Boolean completedByOnlyId;

	private final @Nullable Boolean includeAnnotationHistory;

	private final @Nullable Boolean interpolateKeyFrames;

	private ExportCreate(Builder builder) {
		this.title = builder.title;
		this.view = builder.view;
		this.skipped = builder.skipped;
		this.finished = builder.finished;
		this.annotated = builder.annotated;
		this.onlyWithAnnotations = builder.onlyWithAnnotations;
		this.usualAnnotations = builder.usualAnnotations;
		this.groundTruthAnnotations = builder.groundTruthAnnotations;
		this.skippedAnnotations = builder.skippedAnnotations;
		this.draftsOnlyId = builder.draftsOnlyId;
		this.predictionsOnlyId = builder.predictionsOnlyId;
		this.completedByOnlyId = builder.completedByOnlyId;
		this.includeAnnotationHistory = builder.includeAnnotationHistory;
		this.interpolateKeyFrames = builder.interpolateKeyFrames;
	}

	/** A snapshot with the server's defaults. */
	public static ExportCreate defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The title ({@code title}). */
	public @Nullable String title() {
		return this.title;
	}

	/** The Data Manager view whose filters select the tasks ({@code task_filter_options.view}). */
	public @Nullable Long view() {
		return this.view;
	}

	/** Tasks with skipped annotations ({@code task_filter_options.skipped}). */
	public @Nullable TaskInclusion skipped() {
		return this.skipped;
	}

	/** Finished tasks ({@code task_filter_options.finished}). */
	public @Nullable TaskInclusion finished() {
		return this.finished;
	}

	/** Tasks with at least one annotation that is not skipped ({@code task_filter_options.annotated}). */
	public @Nullable TaskInclusion annotated() {
		return this.annotated;
	}

	/** Whether only tasks with annotations are exported ({@code task_filter_options.only_with_annotations}). */
	public @Nullable Boolean onlyWithAnnotations() {
		return this.onlyWithAnnotations;
	}

	/** Whether usual annotations are included ({@code annotation_filter_options.usual}). */
	public @Nullable Boolean usualAnnotations() {
		return this.usualAnnotations;
	}

	/** Whether ground truth annotations are included ({@code annotation_filter_options.ground_truth}). */
	public @Nullable Boolean groundTruthAnnotations() {
		return this.groundTruthAnnotations;
	}

	/** Whether skipped annotations are included ({@code annotation_filter_options.skipped}). */
	public @Nullable Boolean skippedAnnotations() {
		return this.skippedAnnotations;
	}

	/** Whether drafts are written as ids only ({@code serialization_options.drafts.only_id}). */
	public @Nullable Boolean draftsOnlyId() {
		return this.draftsOnlyId;
	}

	/** Whether predictions are written as ids only ({@code serialization_options.predictions.only_id}). */
	public @Nullable Boolean predictionsOnlyId() {
		return this.predictionsOnlyId;
	}

	/**
	 * Whether annotators are written as ids only
	 * ({@code serialization_options.annotations__completed_by.only_id}).
	 */
	public @Nullable Boolean completedByOnlyId() {
		return this.completedByOnlyId;
	}

	/** Whether annotation history is included ({@code serialization_options.include_annotation_history}). */
	public @Nullable Boolean includeAnnotationHistory() {
		return this.includeAnnotationHistory;
	}

	/** Whether video key frames are interpolated ({@code serialization_options.interpolate_key_frames}). */
	public @Nullable Boolean interpolateKeyFrames() {
		return this.interpolateKeyFrames;
	}

	@Override
	public String toString() {
		return "ExportCreate[title=" + this.title + ", view=" + this.view + ", skipped=" + this.skipped + ", finished="
				+ this.finished + ", annotated=" + this.annotated + ", onlyWithAnnotations=" + this.onlyWithAnnotations
				+ "]";
	}

	/** Builder for {@link ExportCreate}. */
	public static final class Builder {

		private @Nullable String title;

		private @Nullable Long view;

		private @Nullable TaskInclusion skipped;

		private @Nullable TaskInclusion finished;

		private @Nullable TaskInclusion annotated;

		private @Nullable Boolean onlyWithAnnotations;

		private @Nullable Boolean usualAnnotations;

		private @Nullable Boolean groundTruthAnnotations;

		private @Nullable Boolean skippedAnnotations;

		private @Nullable Boolean draftsOnlyId;

		private @Nullable Boolean predictionsOnlyId;

		private @Nullable Boolean completedByOnlyId;

		private @Nullable Boolean includeAnnotationHistory;

		private @Nullable Boolean interpolateKeyFrames;

		private Builder() {
		}

		/** The title, at most 2048 characters. */
		public Builder title(String title) {
			if (title == null || title.isBlank()) {
				throw new IllegalArgumentException("title must not be null or blank");
			}
			if (title.length() > 2048) {
				throw new IllegalArgumentException("title must be at most 2048 characters but has " + title.length());
			}
			this.title = title;
			return this;
		}

		/** Select the tasks with the filters of a Data Manager view. */
		public Builder view(long view) {
			if (view <= 0) {
				throw new IllegalArgumentException("view must be positive but was " + view);
			}
			this.view = view;
			return this;
		}

		public Builder skipped(TaskInclusion skipped) {
			this.skipped = notNull(skipped, "skipped");
			return this;
		}

		public Builder finished(TaskInclusion finished) {
			this.finished = notNull(finished, "finished");
			return this;
		}

		public Builder annotated(TaskInclusion annotated) {
			this.annotated = notNull(annotated, "annotated");
			return this;
		}

		public Builder onlyWithAnnotations(boolean onlyWithAnnotations) {
			this.onlyWithAnnotations = onlyWithAnnotations;
			return this;
		}

		public Builder usualAnnotations(boolean usualAnnotations) {
			this.usualAnnotations = usualAnnotations;
			return this;
		}

		public Builder groundTruthAnnotations(boolean groundTruthAnnotations) {
			this.groundTruthAnnotations = groundTruthAnnotations;
			return this;
		}

		public Builder skippedAnnotations(boolean skippedAnnotations) {
			this.skippedAnnotations = skippedAnnotations;
			return this;
		}

		public Builder draftsOnlyId(boolean draftsOnlyId) {
			this.draftsOnlyId = draftsOnlyId;
			return this;
		}

		public Builder predictionsOnlyId(boolean predictionsOnlyId) {
			this.predictionsOnlyId = predictionsOnlyId;
			return this;
		}

		public Builder completedByOnlyId(boolean completedByOnlyId) {
			this.completedByOnlyId = completedByOnlyId;
			return this;
		}

		public Builder includeAnnotationHistory(boolean includeAnnotationHistory) {
			this.includeAnnotationHistory = includeAnnotationHistory;
			return this;
		}

		public Builder interpolateKeyFrames(boolean interpolateKeyFrames) {
			this.interpolateKeyFrames = interpolateKeyFrames;
			return this;
		}

		private static <T> T notNull(@Nullable T value, String name) {
			if (value == null) {
				throw new IllegalArgumentException(name + " must not be null");
			}
			return value;
		}

		public ExportCreate build() {
			return new ExportCreate(this);
		}

	}

}
