package dev.labelstudio4j.client.predictions;

import dev.labelstudio4j.client.core.ApiInvoker;

/**
 * Operations on Label Studio's {@code predictions} resource. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#predictions()}. Thread-safe.
 */
public final class PredictionsClient {

	private final ApiInvoker invoker;

	public PredictionsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

}
