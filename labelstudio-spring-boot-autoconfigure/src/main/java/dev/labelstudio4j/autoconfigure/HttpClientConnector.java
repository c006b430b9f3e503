package dev.labelstudio4j.autoconfigure;

import dev.labelstudio4j.client.LabelStudioClient;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;

/**
 * Gives the auto-configured {@link LabelStudioClient} an HTTP client of one library when the
 * application's request factory builder is of that library. One bean per HTTP library on the class
 * path, from {@link LabelStudioHttpClientConfigurations}; when none applies, the client sends through
 * the request factories the builder makes.
 */
interface HttpClientConnector {

	/**
	 * Make the builder send with this connector's HTTP library, when the request factory builder is of
	 * that library.
	 * @param factoryBuilder the request factory builder: the application's or Spring Boot's
	 * @param customized whether the request factory builder may carry customizations that an HTTP client
	 * built from the settings alone would lose
	 * @param settings the settings of the client's HTTP client
	 * @param builder the client builder
	 * @param resources takes what is created here, to be closed with the context
	 * @return whether the builder now sends with this connector's library
	 */
	boolean connect(ClientHttpRequestFactoryBuilder<?> factoryBuilder, boolean customized,
			HttpClientSettings settings, LabelStudioClient.Builder builder, HttpClientResources resources);

}
