package dev.labelstudio4j.client.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A project's counters, as {@code GET /api/projects/counts/} answers them. Counters the server leaves out
 * are {@code null}; numbers sent as strings are read as numbers. Unknown fields (the Enterprise edition's
 * review and queue counters) are ignored.
 *
 * @param id the project id
 * @param taskNumber the number of tasks
 * @param finishedTaskNumber the number of finished tasks
 * @param totalPredictionsNumber the number of predictions
 * @param totalAnnotationsNumber the number of annotations
 * @param numTasksWithAnnotations the number of tasks with at least one annotation
 * @param usefulAnnotationNumber the number of annotations that are not skips
 * @param groundTruthNumber the number of ground-truth annotations
 * @param skippedAnnotationsNumber the number of skipped annotations
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectCounts(long id, @Nullable Long taskNumber, @Nullable Long finishedTaskNumber,
		@Nullable Long totalPredictionsNumber, @Nullable Long totalAnnotationsNumber,
		@Nullable Long numTasksWithAnnotations, @Nullable Long usefulAnnotationNumber, @Nullable Long groundTruthNumber,
		@Nullable Long skippedAnnotationsNumber) {
}
