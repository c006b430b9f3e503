package dev.labelstudio4j.client.tasks;

import dev.labelstudio4j.client.core.ApiInvoker;

/**
 * Operations on Label Studio's {@code tasks} resource. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#tasks()}. Thread-safe.
 */
public final class TasksClient {

	private final ApiInvoker invoker;

	public TasksClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

}
