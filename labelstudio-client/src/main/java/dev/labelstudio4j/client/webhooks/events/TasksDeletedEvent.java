package dev.labelstudio4j.client.webhooks.events;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * Tasks were deleted ({@code TASKS_DELETED}; the payload carries their ids only). Parsed by {@link
 * WebhookEvents#parse(byte[])}; {@link #toString()} names ids and sizes, not the payload.
 *
 * @param taskIds the ids of the deleted tasks
 * @param project the project, {@code null} when the payload has none
 * @param payload the whole body as read
 */
public record TasksDeletedEvent(List<Long> taskIds, @Nullable Project project,
		Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.TASKS_DELETED;
	}

	@Override
	public String toString() {
		return "TasksDeletedEvent[taskIds=" + this.taskIds
				+ ", project=" + ((this.project != null) ? this.project.id() : null) + "]";
	}

}
