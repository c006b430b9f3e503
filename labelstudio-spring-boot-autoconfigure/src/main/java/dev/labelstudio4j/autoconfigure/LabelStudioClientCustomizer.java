package dev.labelstudio4j.autoconfigure;

import dev.labelstudio4j.client.LabelStudioClient;

/**
 * Callback interface that can be implemented by beans wishing to customize the
 * {@link LabelStudioClient.Builder} before the auto-configured {@link LabelStudioClient}
 * is built. Customizers run in order, after the HTTP client, the application's
 * {@code RestClientCustomizer} beans, the connection details, the timeouts and the retry
 * settings are set; the auto-configuration's own observation customizer has order
 * {@code 0}, so a customizer without an order runs after it. An HTTP client a customizer
 * hands to the builder stays the application's to close.
 */
@FunctionalInterface
public interface LabelStudioClientCustomizer {

	/**
	 * Customize the given builder.
	 * @param builder the builder to customize
	 */
	void customize(LabelStudioClient.Builder builder);

}
