package dev.labelstudio4j.client.projects;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

import org.springframework.util.ClassUtils;

/**
 * The project settings that {@link ProjectCreate} and {@link ProjectUpdate} share: the fields, their
 * accessors, how they are written as JSON (the fields, unset ones left out) and the builder setters.
 * Immutable.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
abstract class AbstractProjectParams {

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

	AbstractProjectParams(AbstractBuilder<?> builder) {
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
		return ClassUtils.getShortName(getClass()) + "[title=" + this.title + ", workspace=" + this.workspace + "]";
	}

	/**
	 * The builder setters of the shared project settings.
	 * @param <B> the type of the concrete builder
	 */
	abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {

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

		AbstractBuilder() {
		}

		/**
		 * Return this builder as its concrete type.
		 * @return this builder
		 */
		abstract B self();

		/** Project title; not blank ({@code null} leaves it unset). */
		public B title(@Nullable String title) {
			this.title = Args.nullOrNotBlank(title, "title");
			return self();
		}

		/** Project description. */
		public B description(@Nullable String description) {
			this.description = description;
			return self();
		}

		/** Labeling configuration in XML format; not blank ({@code null} leaves it unset). */
		public B labelConfig(@Nullable String labelConfig) {
			this.labelConfig = Args.nullOrNotBlank(labelConfig, "labelConfig");
			return self();
		}

		/** Labeling instructions to show to the annotators. */
		public B expertInstruction(@Nullable String expertInstruction) {
			this.expertInstruction = expertInstruction;
			return self();
		}

		/** Whether to show the labeling instructions. */
		public B showInstruction(@Nullable Boolean showInstruction) {
			this.showInstruction = showInstruction;
			return self();
		}

		/** Whether to show the skip button. */
		public B showSkipButton(@Nullable Boolean showSkipButton) {
			this.showSkipButton = showSkipButton;
			return self();
		}

		/** Whether empty annotations are allowed. */
		public B enableEmptyAnnotation(@Nullable Boolean enableEmptyAnnotation) {
			this.enableEmptyAnnotation = enableEmptyAnnotation;
			return self();
		}

		/** Whether to show the annotation history. */
		public B showAnnotationHistory(@Nullable Boolean showAnnotationHistory) {
			this.showAnnotationHistory = showAnnotationHistory;
			return self();
		}

		/** Whether predictions are revealed only once the annotator selects the area of interest. */
		public B revealPreannotationsInteractively(@Nullable Boolean revealPreannotationsInteractively) {
			this.revealPreannotationsInteractively = revealPreannotationsInteractively;
			return self();
		}

		/** Whether to show predictions to annotators. */
		public B showCollabPredictions(@Nullable Boolean showCollabPredictions) {
			this.showCollabPredictions = showCollabPredictions;
			return self();
		}

		/** Maximum annotations per task; must be at least 1 when set. */
		public B maximumAnnotations(@Nullable Integer maximumAnnotations) {
			if (maximumAnnotations != null && maximumAnnotations < 1) {
				throw new IllegalArgumentException("maximumAnnotations must be at least 1 but was " + maximumAnnotations);
			}
			this.maximumAnnotations = maximumAnnotations;
			return self();
		}

		/** Project color in hex format, for example {@code #FF8800}. */
		public B color(@Nullable String color) {
			this.color = color;
			return self();
		}

		/** Weights of each control tag in agreement metrics; copied. */
		public B controlWeights(@Nullable Map<String, ?> controlWeights) {
			this.controlWeights = (controlWeights != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(controlWeights)) : null;
			return self();
		}

		/** Workspace id; must be positive when set. */
		public B workspace(@Nullable Long workspace) {
			if (workspace != null && workspace <= 0) {
				throw new IllegalArgumentException("workspace must be positive but was " + workspace);
			}
			this.workspace = workspace;
			return self();
		}

		/** Model version; not blank ({@code null} leaves it unset). */
		public B modelVersion(@Nullable String modelVersion) {
			this.modelVersion = Args.nullOrNotBlank(modelVersion, "modelVersion");
			return self();
		}

	}

}
