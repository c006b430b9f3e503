package dev.labelstudio4j.client.predictions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A prediction (pre-annotation) of a task. Unknown fields are ignored; {@code result} is kept as free-form
 * regions and {@code neighbors}, whose shape varies, as read.
 *
 * @param id the prediction id
 * @param result the predicted result, one map per region
 * @param modelVersion the model version the prediction is tagged with
 * @param createdAgo a human-readable time since creation
 * @param score the prediction score
 * @param cluster the cluster of the prediction
 * @param neighbors the closest neighbour tasks, as read
 * @param mislabeling the mislabelling score of the task
 * @param createdAt the creation time
 * @param updatedAt the time of the last update
 * @param model the id of the ML backend that made the prediction
 * @param modelRun the id of the model run that made the prediction
 * @param task the task id
 * @param project the project id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Prediction(long id, @Nullable List<Map<String, Object>> result, @Nullable String modelVersion,
		@Nullable String createdAgo, @Nullable Double score, @Nullable Integer cluster, @Nullable Object neighbors,
		@Nullable Double mislabeling, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt,
		@Nullable Long model, @Nullable Long modelRun, @Nullable Long task, @Nullable Long project) {
}
