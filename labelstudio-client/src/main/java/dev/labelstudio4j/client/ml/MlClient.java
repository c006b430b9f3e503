package dev.labelstudio4j.client.ml;

import dev.labelstudio4j.client.core.ApiInvoker;

/**
 * Operations on Label Studio's {@code ml} resource. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#ml()}. Thread-safe.
 */
public final class MlClient {

	private final ApiInvoker invoker;

	public MlClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

}
