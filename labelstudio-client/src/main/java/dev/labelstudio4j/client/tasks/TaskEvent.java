package dev.labelstudio4j.client.tasks;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An event recorded on a task ({@code POST /api/tasks/{id}/events/}): what happened in the labeling
 * interface, and when. Unknown fields are ignored.
 *
 * @param id the event id
 * @param task the task id
 * @param project the project id
 * @param organization the organization id
 * @param actor the id of the user who caused the event
 * @param eventKey the kind of event, for example {@code annotation_loaded}
 * @param eventTime when it happened (the interface's clock)
 * @param annotation the annotation it concerns
 * @param annotationDraft the draft it concerns
 * @param review the review it concerns
 * @param meta details, as the server keeps them
 * @param createdAt when the server recorded it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskEvent(long id, @Nullable Long task, @Nullable Long project, @Nullable Long organization,
		@Nullable Long actor, @Nullable String eventKey, @Nullable OffsetDateTime eventTime, @Nullable Long annotation,
		@Nullable Long annotationDraft, @Nullable Long review, @Nullable Object meta,
		@Nullable OffsetDateTime createdAt) {
}
