package dev.labelstudio4j.client.exports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A task of a JSON export (Label Studio's own format, {@link ExportFormat#JSON}) with its annotations and
 * predictions, as {@link ExportedTasks} reads it element by element. Unknown fields are ignored; free-form
 * fields are maps.
 *
 * @param id the task id
 * @param data the task's data
 * @param meta the task's meta data
 * @param project the project id
 * @param annotations the annotations
 * @param predictions the predictions
 * @param drafts the drafts (objects or ids, per the snapshot's serialization options)
 * @param innerId the task's number within the project
 * @param totalAnnotations number of annotations, cancelled ones excluded
 * @param cancelledAnnotations number of cancelled annotations
 * @param totalPredictions number of predictions
 * @param fileUpload the uploaded file the task came from, as sent (a name or an id)
 * @param createdAt creation time
 * @param updatedAt last update time
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportedTask(long id, @Nullable Map<String, Object> data, @Nullable Map<String, Object> meta,
		@Nullable Long project, @Nullable List<ExportedAnnotation> annotations,
		@Nullable List<ExportedPrediction> predictions, @Nullable List<Object> drafts, @Nullable Long innerId,
		@Nullable Integer totalAnnotations, @Nullable Integer cancelledAnnotations, @Nullable Integer totalPredictions,
		@Nullable Object fileUpload, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt) {

	public ExportedTask {
		annotations = (annotations != null) ? List.copyOf(annotations) : List.of();
		predictions = (predictions != null) ? List.copyOf(predictions) : List.of();
	}

}
