package dev.labelstudio4j.emulator.spring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureLabelStudioEmulator} on a {@code @SpringBootTest}: the emulator's properties win
 * over the application's own {@code labelstudio.*} settings and bind like any other.
 */
@SpringBootTest(classes = AutoConfigureLabelStudioEmulatorSpringBootTests.App.class,
		properties = { "labelstudio.url=https://label-studio.example.com", "labelstudio.api-key=production-key" })
@AutoConfigureLabelStudioEmulator
class AutoConfigureLabelStudioEmulatorSpringBootTests {

	@Autowired
	LabelStudioEmulator emulator;

	@Autowired
	Settings settings;

	@Test
	void emulatorPropertiesOverrideTheApplicationsAndBind() {
		assertThat(this.settings.getUrl()).isEqualTo(this.emulator.baseUrl());
		assertThat(this.settings.getApiKey()).isEqualTo(LabelStudioEmulator.DEFAULT_API_KEY);
		LabelStudioClient client = LabelStudioClient.create(this.settings.getUrl(), this.settings.getApiKey());
		assertThat(client.users().whoami().username()).isEqualTo("emulator");
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(Settings.class)
	static class App {

	}

	@ConfigurationProperties("labelstudio")
	static class Settings {

		private String url;

		private String apiKey;

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getApiKey() {
			return this.apiKey;
		}

		public void setApiKey(String apiKey) {
			this.apiKey = apiKey;
		}

	}

}
