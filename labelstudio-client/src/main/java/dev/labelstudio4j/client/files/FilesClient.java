package dev.labelstudio4j.client.files;

import dev.labelstudio4j.client.core.ApiInvoker;

/**
 * Operations on Label Studio's {@code files} resource. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#files()}. Thread-safe.
 */
public final class FilesClient {

	private final ApiInvoker invoker;

	public FilesClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

}
