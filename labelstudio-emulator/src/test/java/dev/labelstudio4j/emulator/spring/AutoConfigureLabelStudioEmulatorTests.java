package dev.labelstudio4j.emulator.spring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureLabelStudioEmulator} in a plain Spring test context, without Spring Boot: the two
 * properties point at a running emulator that is a bean of the context, and a client built from them
 * works.
 */
@SpringJUnitConfig
@AutoConfigureLabelStudioEmulator(apiKey = "spring-key")
class AutoConfigureLabelStudioEmulatorTests {

	@Autowired
	Environment environment;

	@Autowired
	LabelStudioEmulator emulator;

	@Autowired
	LabelStudioClient client;

	@Test
	void propertiesPointAtTheRunningEmulator() {
		assertThat(this.environment.getProperty("labelstudio.url")).isEqualTo(this.emulator.baseUrl())
			.startsWith("http://127.0.0.1:");
		assertThat(this.environment.getProperty("labelstudio.api-key")).isEqualTo("spring-key");
		assertThat(this.emulator.isRunning()).isTrue();
	}

	@Test
	void aClientFromThePropertiesTalksToTheEmulator() {
		assertThat(this.client.users().whoami().id()).isEqualTo(1);
		assertThat(this.client.projects().list().total()).isZero();
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

		@Bean
		LabelStudioClient labelStudioClient(@Value("${labelstudio.url}") String url,
				@Value("${labelstudio.api-key}") String apiKey) {
			return LabelStudioClient.create(url, apiKey);
		}

	}

}
