package dev.labelstudio4j.client.webhooks.events;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * Tasks were created ({@code TASKS_CREATED}: an import, a storage sync in batches, one task). Parsed by {@link
 * WebhookEvents#parse(byte[])}; {@link #toString()} names ids and sizes, not the payload.
 *
 * @param tasks the tasks, all their fields
 * @param project the project, {@code null} when the payload has none
 * @param payload the whole body as read
 */
public record TasksCreatedEvent(List<Task> tasks, @Nullable Project project,
		Map<String, Object> payload) implements WebhookEvent {

	@Override
	public WebhookAction action() {
		return WebhookAction.TASKS_CREATED;
	}

	@Override
	public String toString() {
		return "TasksCreatedEvent[tasks=" + this.tasks.size()
				+ ", project=" + ((this.project != null) ? this.project.id() : null) + "]";
	}

}
