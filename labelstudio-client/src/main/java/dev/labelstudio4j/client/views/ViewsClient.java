package dev.labelstudio4j.client.views;

import dev.labelstudio4j.client.core.ApiInvoker;

/**
 * Operations on Label Studio's {@code views} resource. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#views()}. Thread-safe.
 */
public final class ViewsClient {

	private final ApiInvoker invoker;

	public ViewsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

}
