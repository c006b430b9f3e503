package dev.labelstudio4j.client.annotations;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A Label Studio annotation: the labelling result one user gave for one task. Unknown fields are ignored,
 * {@code result} is kept as free-form regions and {@code updated_by}, whose JSON type differs across
 * server versions (a user id or a list of users), is kept as read; see {@link #updatedByIds()}.
 *
 * @param id the annotation id
 * @param result the labelling result, one map per region
 * @param createdUsername the name of the user who created the annotation
 * @param createdAgo a human-readable time since creation
 * @param completedBy the id of the user who created the annotation
 * @param uniqueId a unique id of the annotation
 * @param wasCancelled whether the user skipped the task
 * @param groundTruth whether the annotation is a ground truth
 * @param createdAt the creation time
 * @param updatedAt the time of the last update
 * @param draftCreatedAt the creation time of the draft
 * @param leadTime how long annotating took, in seconds
 * @param importId the original annotation id at import time
 * @param lastAction the action performed in the last history item, for example {@code submitted}
 * @param task the task id
 * @param project the project id
 * @param updatedBy the last user who updated the annotation, as read (a number or a list)
 * @param parentPrediction the prediction this annotation was created from
 * @param parentAnnotation the annotation this annotation was created from
 * @param lastCreatedBy the user who created the last history item
 * @param bulkCreated whether the annotation was created in bulk
 * @param state the annotation state, on servers that report one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Annotation(long id, @Nullable List<Map<String, Object>> result, @Nullable String createdUsername,
		@Nullable String createdAgo, @Nullable Long completedBy, @Nullable String uniqueId,
		@Nullable Boolean wasCancelled, @Nullable Boolean groundTruth, @Nullable OffsetDateTime createdAt,
		@Nullable OffsetDateTime updatedAt, @Nullable OffsetDateTime draftCreatedAt, @Nullable Double leadTime,
		@Nullable Long importId, @Nullable String lastAction, @Nullable Long task, @Nullable Long project,
		@Nullable Object updatedBy, @Nullable Long parentPrediction, @Nullable Long parentAnnotation,
		@Nullable Long lastCreatedBy, @Nullable Boolean bulkCreated, @Nullable String state) {

	/**
	 * Return the ids of the users in {@code updated_by}, whether the server sent a single id, a list of ids
	 * or a list of objects with a {@code user_id} or {@code id} field.
	 * @return the user ids, empty when none are known
	 */
	public List<Long> updatedByIds() {
		List<Long> ids = new ArrayList<>();
		collectIds(this.updatedBy, ids);
		return List.copyOf(ids);
	}

	private static void collectIds(@Nullable Object value, List<Long> ids) {
		if (value instanceof Number number) {
			ids.add(number.longValue());
		}
		else if (value instanceof Collection<?> values) {
			values.forEach((element) -> collectIds(element, ids));
		}
		else if (value instanceof Map<?, ?> map) {
			collectIds((map.get("user_id") != null) ? map.get("user_id") : map.get("id"), ids);
		}
	}

}
