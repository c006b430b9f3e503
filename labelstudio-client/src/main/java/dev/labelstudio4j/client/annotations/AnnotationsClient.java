package dev.labelstudio4j.client.annotations;

import dev.labelstudio4j.client.core.ApiInvoker;

/**
 * Operations on Label Studio's {@code annotations} resource. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#annotations()}. Thread-safe.
 */
public final class AnnotationsClient {

	private final ApiInvoker invoker;

	public AnnotationsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

}
