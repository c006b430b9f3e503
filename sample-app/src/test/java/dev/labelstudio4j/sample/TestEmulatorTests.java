package dev.labelstudio4j.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.emulator.LabelStudioEmulator;
import dev.labelstudio4j.emulator.spring.AutoConfigureLabelStudioEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample under a test's own emulator ({@link AutoConfigureLabelStudioEmulator}): the sample's
 * in-process emulator steps aside, and setting up again reuses the project.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@AutoConfigureLabelStudioEmulator
class TestEmulatorTests {

	@Autowired
	private LabelStudioEmulator emulator;

	@Autowired
	private LabelStudioClient client;

	@Autowired
	private ConfigurableEnvironment environment;

	@Autowired
	private LabelingPipeline pipeline;

	@Test
	void theTestsEmulatorIsUsedAndTheSamplesOwnIsDropped() {
		assertThat(this.client.baseUrl()).hasToString(this.emulator.baseUrl() + "/");
		assertThat(this.environment.getPropertySources().contains(EmbeddedEmulatorListener.PROPERTY_SOURCE_NAME))
			.isFalse();
		List<Project> projects = this.emulator.client().projects().list().stream().toList();
		assertThat(projects).singleElement().satisfies((project) -> {
			assertThat(project.title()).isEqualTo(this.pipeline.projectTitle());
			assertThat(project.taskNumber()).isEqualTo(30);
		});
	}

	@Test
	void settingUpAgainReusesTheProjectByTitle() {
		long projectId = this.pipeline.findProject().id();

		LabelingPipeline.SetUpResult again = this.pipeline.setUp();

		assertThat(again).isEqualTo(new LabelingPipeline.SetUpResult(projectId, false, 0, 0));
		assertThat(this.client.projects().list().stream().toList()).hasSize(1);
		assertThat(this.client.tasks().list(projectId).stream().count()).isEqualTo(30);
		assertThat(this.client.projects().get(projectId).totalPredictionsNumber()).isEqualTo(30);
	}

}
