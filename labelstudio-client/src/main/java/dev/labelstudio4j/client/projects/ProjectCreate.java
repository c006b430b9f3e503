package dev.labelstudio4j.client.projects;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a project to create with {@link ProjectsClient#create(ProjectCreate)}. Immutable; unset
 * fields are not sent, so the server's defaults apply.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
public final class ProjectCreate {

	private final @Nullable String title;

	private final @Nullable String description;

	private final @Nullable String labelConfig;

	private final @Nullable String expertInstruction;

	private final @Nullable Boolean showInstruction;

	private final @Nullable Boolean showSkipButton;

	private final @Nullable Boolean enableEmptyAnnotation;

	private final @Nullable Boolean showAnnotationHistory;

	private final @Nullable Boolean revealPreannotationsInteractively;

	private final @Nullable Boolean showCollabPredictions;

	private final @Nullable Integer maximumAnnotations;

	private final @Nullable String color;

	private final @Nullable Map<String, Object> controlWeights;

	private final @Nullable Long workspace;

	private final @Nullable String modelVersion;

	private ProjectCreate(Builder builder) {
		this.title = builder.title;
		this.description = builder.description;
		this.labelConfig = builder.labelConfig;
		this.expertInstruction = builder.expertInstruction;
		this.showInstruction = builder.showInstruction;
		this.showSkipButton = builder.showSkipButton;
		this.enableEmptyAnnotation = builder.enableEmptyAnnotation;
		this.showAnnotationHistory = builder.showAnnotationHistory;
		this.revealPreannotationsInteractively = builder.revealPreannotationsInteractively;
		this.showCollabPredictions = builder.showCollabPredictions;
		this.maximumAnnotations = builder.maximumAnnotations;
		this.color = builder.color;
		this.controlWeights = builder.controlWeights;
		this.workspace = builder.workspace;
		this.modelVersion = builder.modelVersion;
	}

	/**
	 * Start building the settings; every field is optional.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Project title. */
	public @Nullable String title() {
		return this.title;
	}

	/** Project description. */
	public @Nullable String description() {
		return this.description;
	}

	/** Labeling configuration in XML format. */
	public @Nullable String labelConfig() {
		return this.labelConfig;
	}

	/** Labeling instructions to show to the annotators. */
	public @Nullable String expertInstruction() {
		return this.expertInstruction;
	}

	/** Whether to show the labeling instructions. */
	public @Nullable Boolean showInstruction() {
		return this.showInstruction;
	}

	/** Whether to show the skip button. */
	public @Nullable Boolean showSkipButton() {
		return this.showSkipButton;
	}

	/** Whether empty annotations are allowed. */
	public @Nullable Boolean enableEmptyAnnotation() {
		return this.enableEmptyAnnotation;
	}

	/** Whether to show the annotation history. */
	public @Nullable Boolean showAnnotationHistory() {
		return this.showAnnotationHistory;
	}

	/** Whether predictions are revealed only once the annotator selects the area of interest. */
	public @Nullable Boolean revealPreannotationsInteractively() {
		return this.revealPreannotationsInteractively;
	}

	/** Whether to show predictions to annotators. */
	public @Nullable Boolean showCollabPredictions() {
		return this.showCollabPredictions;
	}

	/** Maximum number of annotations per task. */
	public @Nullable Integer maximumAnnotations() {
		return this.maximumAnnotations;
	}

	/** Project color in hex format, for example {@code #FF8800}. */
	public @Nullable String color() {
		return this.color;
	}

	/** Weights of each control tag in agreement metrics. */
	public @Nullable Map<String, Object> controlWeights() {
		return this.controlWeights;
	}

	/** Workspace id. */
	public @Nullable Long workspace() {
		return this.workspace;
	}

	/** Model version. */
	public @Nullable String modelVersion() {
		return this.modelVersion;
	}

	@Override
	public String toString() {
		return "ProjectCreate[title=" + this.title + ", workspace=" + this.workspace + "]";
	}

	/** Builder for {@link ProjectCreate}. */
	public static final class Builder {

		private @Nullable String title;

		private @Nullable String description;

		private @Nullable String labelConfig;

		private @Nullable String expertInstruction;

		private @Nullable Boolean showInstruction;

		private @Nullable Boolean showSkipButton;

		private @Nullable Boolean enableEmptyAnnotation;

		private @Nullable Boolean showAnnotationHistory;

		private @Nullable Boolean revealPreannotationsInteractively;

		private @Nullable Boolean showCollabPredictions;

		private @Nullable Integer maximumAnnotations;

		private @Nullable String color;

		private @Nullable Map<String, Object> controlWeights;

		private @Nullable Long workspace;

		private @Nullable String modelVersion;

		private Builder() {
		}

		public Builder title(@Nullable String title) {
			this.title = title;
			return this;
		}

		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		public Builder labelConfig(@Nullable String labelConfig) {
			this.labelConfig = labelConfig;
			return this;
		}

		public Builder expertInstruction(@Nullable String expertInstruction) {
			this.expertInstruction = expertInstruction;
			return this;
		}

		public Builder showInstruction(@Nullable Boolean showInstruction) {
			this.showInstruction = showInstruction;
			return this;
		}

		public Builder showSkipButton(@Nullable Boolean showSkipButton) {
			this.showSkipButton = showSkipButton;
			return this;
		}

		public Builder enableEmptyAnnotation(@Nullable Boolean enableEmptyAnnotation) {
			this.enableEmptyAnnotation = enableEmptyAnnotation;
			return this;
		}

		public Builder showAnnotationHistory(@Nullable Boolean showAnnotationHistory) {
			this.showAnnotationHistory = showAnnotationHistory;
			return this;
		}

		public Builder revealPreannotationsInteractively(@Nullable Boolean revealPreannotationsInteractively) {
			this.revealPreannotationsInteractively = revealPreannotationsInteractively;
			return this;
		}

		public Builder showCollabPredictions(@Nullable Boolean showCollabPredictions) {
			this.showCollabPredictions = showCollabPredictions;
			return this;
		}

		/** Maximum annotations per task; must be at least 1 when set. */
		public Builder maximumAnnotations(@Nullable Integer maximumAnnotations) {
			if (maximumAnnotations != null && maximumAnnotations < 1) {
				throw new IllegalArgumentException("maximumAnnotations must be at least 1 but was " + maximumAnnotations);
			}
			this.maximumAnnotations = maximumAnnotations;
			return this;
		}

		public Builder color(@Nullable String color) {
			this.color = color;
			return this;
		}

		/** Weights of each control tag in agreement metrics; copied. */
		public Builder controlWeights(@Nullable Map<String, ?> controlWeights) {
			this.controlWeights = (controlWeights != null) ? copy(controlWeights) : null;
			return this;
		}

		/** Workspace id; must be positive when set. */
		public Builder workspace(@Nullable Long workspace) {
			if (workspace != null && workspace <= 0) {
				throw new IllegalArgumentException("workspace must be positive but was " + workspace);
			}
			this.workspace = workspace;
			return this;
		}

		public Builder modelVersion(@Nullable String modelVersion) {
			this.modelVersion = modelVersion;
			return this;
		}

		public ProjectCreate build() {
			return new ProjectCreate(this);
		}

	}

	static Map<String, Object> copy(Map<String, ?> map) {
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

}
