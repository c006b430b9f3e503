package dev.labelstudio4j.emulator.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import dev.labelstudio4j.emulator.LabelStudioEmulator;

/**
 * Starts a {@link LabelStudioEmulator} for an application context, registers it as the bean
 * {@value #BEAN_NAME}, adds {@code labelstudio.url} and {@code labelstudio.api-key} as the first
 * property source ({@value #PROPERTY_SOURCE_NAME}) and stops the emulator when the context closes.
 * Test classes with the same settings share a cached context, and so an emulator.
 */
public final class LabelStudioEmulatorContextCustomizer implements ContextCustomizer {

	/** Name of the emulator bean. */
	public static final String BEAN_NAME = "labelStudioEmulator";

	/** Name of the property source with the emulator's URL and key. */
	public static final String PROPERTY_SOURCE_NAME = "labelStudioEmulator";

	private final String apiKey;

	private final boolean usePersonalAccessToken;

	private final boolean asyncImports;

	LabelStudioEmulatorContextCustomizer(String apiKey, boolean usePersonalAccessToken, boolean asyncImports) {
		this.apiKey = apiKey;
		this.usePersonalAccessToken = usePersonalAccessToken;
		this.asyncImports = asyncImports;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		LabelStudioEmulator.Builder builder = LabelStudioEmulator.builder().asyncImports(this.asyncImports);
		if (!this.apiKey.isEmpty()) {
			builder.apiKey(this.apiKey);
		}
		LabelStudioEmulator emulator = builder.start();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("labelstudio.url", emulator.baseUrl());
		properties.put("labelstudio.api-key",
				this.usePersonalAccessToken ? emulator.personalAccessToken() : emulator.apiKey());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				emulator.stop();
			}
		});
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LabelStudioEmulatorContextCustomizer customizer && customizer.apiKey.equals(this.apiKey)
				&& customizer.usePersonalAccessToken == this.usePersonalAccessToken
				&& customizer.asyncImports == this.asyncImports;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.apiKey, this.usePersonalAccessToken, this.asyncImports);
	}

	@Override
	public String toString() {
		return "LabelStudioEmulatorContextCustomizer[usePersonalAccessToken=" + this.usePersonalAccessToken
				+ ", asyncImports=" + this.asyncImports + "]";
	}

}
