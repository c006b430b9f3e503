package dev.labelstudio4j.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Adapts {@link LabelStudioProperties} to {@link LabelStudioConnectionDetails}.
 */
final class PropertiesLabelStudioConnectionDetails implements LabelStudioConnectionDetails {

	private final LabelStudioProperties properties;

	PropertiesLabelStudioConnectionDetails(LabelStudioProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getUrl() {
		String url = this.properties.getUrl();
		if (url == null || url.isBlank()) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.url", "labelstudio.url is not set",
					"Set labelstudio.url to the URL of your Label Studio server, for example https://label-studio.example.com.");
		}
		return url;
	}

	@Override
	public @Nullable String getApiKey() {
		return this.properties.getApiKey();
	}

	@Override
	public String toString() {
		return "PropertiesLabelStudioConnectionDetails[url=" + this.properties.getUrl() + ", apiKey=***]";
	}

}
