package dev.labelstudio4j.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details required to establish a connection to a Label Studio server.
 */
public interface LabelStudioConnectionDetails extends ConnectionDetails {

	/**
	 * URL of the Label Studio server, for example {@code https://label-studio.example.com}.
	 * @return the URL
	 */
	String getUrl();

	/**
	 * Legacy API key or personal access token used to authenticate.
	 * @return the API key, or {@code null} when none is configured
	 */
	@Nullable String getApiKey();

}
