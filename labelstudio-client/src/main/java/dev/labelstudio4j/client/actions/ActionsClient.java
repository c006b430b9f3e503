package dev.labelstudio4j.client.actions;

import dev.labelstudio4j.client.core.ApiInvoker;

/**
 * Operations on Label Studio's {@code actions} resource. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#actions()}. Thread-safe.
 */
public final class ActionsClient {

	private final ApiInvoker invoker;

	public ActionsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

}
