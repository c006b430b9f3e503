package dev.labelstudio4j.client.projects;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A Label Studio project. Unknown fields are ignored; free-form fields are maps.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Project(long id, @Nullable String title, @Nullable String description, @Nullable String labelConfig,
		@Nullable String expertInstruction, @Nullable Boolean showInstruction, @Nullable Boolean showSkipButton,
		@Nullable Boolean enableEmptyAnnotation, @Nullable Boolean showAnnotationHistory, @Nullable Long organization,
		@Nullable String color, @Nullable Integer maximumAnnotations, @Nullable Boolean isPublished,
		@Nullable String modelVersion, @Nullable Boolean isDraft, @Nullable Object createdBy,
		@Nullable OffsetDateTime createdAt, @Nullable Integer minAnnotationsToStartTraining,
		@Nullable Boolean showCollabPredictions, @Nullable Integer numTasksWithAnnotations,
		@Nullable Integer taskNumber, @Nullable Integer usefulAnnotationNumber, @Nullable Integer groundTruthNumber,
		@Nullable Integer skippedAnnotationsNumber, @Nullable Integer totalAnnotationsNumber,
		@Nullable Integer totalPredictionsNumber, @Nullable String sampling, @Nullable Boolean showGroundTruthFirst,
		@Nullable Boolean showOverlapFirst, @Nullable Integer overlapCohortPercentage,
		@Nullable Map<String, Object> controlWeights, @Nullable Map<String, Object> parsedLabelConfig,
		@Nullable Boolean evaluatePredictionsAutomatically, @Nullable Boolean revealPreannotationsInteractively,
		@Nullable OffsetDateTime pinnedAt, @Nullable Integer finishedTaskNumber, @Nullable Integer queueTotal,
		@Nullable Integer queueDone, @Nullable Long workspace) {
}
