package dev.labelstudio4j.client.tasks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A labeling task. Free-form fields ({@code data}, {@code meta}, annotations, predictions, drafts) are
 * maps; fields whose type changed across server versions are read leniently: {@code file_upload} (a
 * name or an id) as text, {@code updated_by} (an id or a list of users) as a list.
 *
 * @param id the task id
 * @param data the task's data, as imported
 * @param meta the task's meta data
 * @param project the project id
 * @param annotations the task's annotations (with {@code fields=all})
 * @param predictions the task's predictions (with {@code fields=all})
 * @param drafts the task's drafts
 * @param annotators ids (or descriptions) of the users who annotated the task
 * @param innerId the task's number within the project, from 1
 * @param isLabeled whether the task has as many annotations as the project asks for
 * @param overlap number of distinct annotators the task is meant for
 * @param totalAnnotations number of annotations, cancelled ones excluded
 * @param cancelledAnnotations number of cancelled annotations
 * @param totalPredictions number of predictions
 * @param commentCount number of comments
 * @param unresolvedCommentCount number of unresolved comments
 * @param commentAuthors ids of the users who commented
 * @param lastCommentUpdatedAt when the last comment was updated
 * @param completedAt when the task was completed
 * @param createdAt creation time
 * @param updatedAt last update time
 * @param fileUpload the uploaded file the task came from (its name, or its id as text)
 * @param storageFilename the cloud storage file the task came from
 * @param avgLeadTime average time spent annotating, in seconds
 * @param draftExists whether a draft exists
 * @param updatedBy who last updated the task: ids or user objects
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Task(@Nullable Long id, @Nullable Map<String, Object> data, @Nullable Map<String, Object> meta,
		@Nullable Long project, @Nullable List<Map<String, Object>> annotations,
		@Nullable List<Map<String, Object>> predictions, @Nullable List<Map<String, Object>> drafts,
		@Nullable List<Object> annotators, @Nullable Long innerId, @Nullable Boolean isLabeled,
		@Nullable Integer overlap, @Nullable Integer totalAnnotations, @Nullable Integer cancelledAnnotations,
		@Nullable Integer totalPredictions, @Nullable Integer commentCount, @Nullable Integer unresolvedCommentCount,
		@Nullable List<Long> commentAuthors, @Nullable OffsetDateTime lastCommentUpdatedAt,
		@Nullable OffsetDateTime completedAt, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt,
		@Nullable String fileUpload, @Nullable String storageFilename, @Nullable Double avgLeadTime,
		@Nullable Boolean draftExists, @Nullable List<Object> updatedBy) {
}
