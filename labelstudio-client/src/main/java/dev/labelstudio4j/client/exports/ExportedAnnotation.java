package dev.labelstudio4j.client.exports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An annotation inside a JSON export. {@code completed_by} is a user object or an id depending on the
 * snapshot's serialization options, so it is kept as sent; {@link #completedById()} reads the id from either.
 *
 * @param id the annotation id
 * @param result the labeling result, one map per region
 * @param completedBy the annotator, as sent (an id or a user object)
 * @param wasCancelled whether the annotator skipped the task
 * @param groundTruth whether the annotation is a ground truth
 * @param leadTime how long annotating took, in seconds
 * @param createdAt creation time
 * @param updatedAt last update time
 * @param task the task id
 * @param parentPrediction the prediction the annotation was made from
 * @param parentAnnotation the annotation the annotation was made from
 * @param lastAction the last action on the annotation
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportedAnnotation(long id, @Nullable List<Map<String, Object>> result, @Nullable Object completedBy,
		@Nullable Boolean wasCancelled, @Nullable Boolean groundTruth, @Nullable Double leadTime,
		@Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt, @Nullable Long task,
		@Nullable Long parentPrediction, @Nullable Long parentAnnotation, @Nullable String lastAction) {

	public ExportedAnnotation {
		result = (result != null) ? List.copyOf(result) : List.of();
	}

	/** The annotator's id, whether {@code completed_by} came as an id or as a user object; {@code null} if neither. */
	public @Nullable Long completedById() {
		if (this.completedBy instanceof Number number) {
			return number.longValue();
		}
		if (this.completedBy instanceof Map<?, ?> user && user.get("id") instanceof Number number) {
			return number.longValue();
		}
		return null;
	}

}
