package dev.labelstudio4j.emulator.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.projects.ImportOptions;
import dev.labelstudio4j.client.projects.ImportResult;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The factory only answers for annotated classes; the customizer uses the personal access token when
 * asked, stops the emulator with the context, and is equal for equal settings (context caching).
 */
class LabelStudioEmulatorContextCustomizerTests {

	private final LabelStudioEmulatorContextCustomizerFactory factory = new LabelStudioEmulatorContextCustomizerFactory();

	@Test
	void noCustomizerWithoutTheAnnotation() {
		assertThat(this.factory.createContextCustomizer(String.class, List.of())).isNull();
	}

	@Test
	void customizersForTheSameSettingsAreEqual() {
		assertThat(this.factory.createContextCustomizer(WithToken.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(AlsoWithToken.class, List.of()))
			.isNotEqualTo(this.factory.createContextCustomizer(AutoConfigureLabelStudioEmulatorTests.class, List.of()));
	}

	@Test
	void personalAccessTokenIsGivenAndTheEmulatorStopsWithTheContext() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			this.factory.createContextCustomizer(WithToken.class, List.of()).customizeContext(context, null);
			context.refresh();
			LabelStudioEmulator emulator = context.getBean(LabelStudioEmulator.class);
			String key = context.getEnvironment().getProperty("labelstudio.api-key");
			assertThat(key).isEqualTo(emulator.personalAccessToken());
			assertThat(LabelStudioClient.create(emulator.baseUrl(), key).users().whoami().id()).isEqualTo(1);
			context.close();
			assertThat(emulator.isRunning()).isFalse();
		}
	}

	@Test
	void asyncImportsAreSwitchedOnWhenAsked() {
		assertThat(this.factory.createContextCustomizer(WithAsyncImports.class, List.of()))
			.isNotEqualTo(this.factory.createContextCustomizer(AutoConfigureLabelStudioEmulatorTests.class, List.of()));
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			this.factory.createContextCustomizer(WithAsyncImports.class, List.of()).customizeContext(context, null);
			context.refresh();
			LabelStudioClient client = context.getBean(LabelStudioEmulator.class).client();
			long project = client.projects().create(ProjectCreate.builder().title("Async").build()).id();
			ImportResult result = client.projects().importTasks(project, List.of(Map.of("text", "a")),
					ImportOptions.builder().pollInterval(Duration.ofMillis(10)).build());
			assertThat(result.taskCount()).isEqualTo(1);
			assertThat(client.tasks().importStatus(project, 1).status()).isEqualTo("completed");
			context.getBean(LabelStudioEmulator.class).wireMock()
				.verify(WireMock.getRequestedFor(WireMock.urlEqualTo("/api/projects/" + project + "/imports/1/")));
		}
	}

	@AutoConfigureLabelStudioEmulator(asyncImports = true)
	static class WithAsyncImports {

	}

	@AutoConfigureLabelStudioEmulator(usePersonalAccessToken = true)
	static class WithToken {

	}

	@AutoConfigureLabelStudioEmulator(usePersonalAccessToken = true)
	static class AlsoWithToken {

	}

}
