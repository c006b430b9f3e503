package dev.labelstudio4j.emulator.spring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureLabelStudioEmulator} on a {@code @SpringBootTest} with the starter's
 * auto-configuration: the emulator's properties win over the application's own {@code labelstudio.*}
 * settings, and the auto-configured client talks to the emulator.
 */
@SpringBootTest(classes = AutoConfigureLabelStudioEmulatorSpringBootTests.App.class,
		properties = { "labelstudio.url=https://label-studio.example.com", "labelstudio.api-key=production-key" })
@AutoConfigureLabelStudioEmulator
class AutoConfigureLabelStudioEmulatorSpringBootTests {

	@Autowired
	LabelStudioEmulator emulator;

	@Autowired
	LabelStudioClient client;

	@Autowired
	Environment environment;

	@Test
	void emulatorPropertiesOverrideTheApplicationsOwn() {
		assertThat(this.environment.getProperty("labelstudio.url")).isEqualTo(this.emulator.baseUrl());
		assertThat(this.environment.getProperty("labelstudio.api-key")).isEqualTo(LabelStudioEmulator.DEFAULT_API_KEY);
		assertThat(this.client.baseUrl().toString()).isEqualTo(this.emulator.baseUrl() + "/");
	}

	@Test
	void theAutoConfiguredClientTalksToTheEmulator() {
		assertThat(this.client.users().whoami().username()).isEqualTo("emulator");
		long project = this.client.projects().create(ProjectCreate.builder().title("From Spring").build()).id();
		this.client.projects().importTasks(project, List.of(Map.of("text", "a"), Map.of("text", "b")));
		assertThat(this.client.projects().get(project).taskNumber()).isEqualTo(2);
		this.emulator.wireMock().verify(postRequestedFor(urlEqualTo("/api/projects/" + project + "/import")));
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class App {

	}

}
