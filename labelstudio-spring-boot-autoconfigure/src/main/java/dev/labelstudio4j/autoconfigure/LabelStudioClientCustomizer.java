package dev.labelstudio4j.autoconfigure;

import dev.labelstudio4j.client.LabelStudioClient;

/**
 * Callback interface that can be implemented by beans wishing to customize the
 * {@link LabelStudioClient.Builder} before the auto-configured {@link LabelStudioClient}
 * is built. Customizers are applied last, after the request factory, the application's
 * {@code RestClientCustomizer} beans, the connection details and the retry and
 * observation settings.
 *
 * @author labelstudio4j
 */
@FunctionalInterface
public interface LabelStudioClientCustomizer {

	/**
	 * Customize the given builder.
	 * @param builder the builder to customize
	 */
	void customize(LabelStudioClient.Builder builder);

}
