package dev.labelstudio4j.emulator.spring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import dev.labelstudio4j.client.LabelStudioClient;
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

	@AutoConfigureLabelStudioEmulator(usePersonalAccessToken = true)
	static class WithToken {

	}

	@AutoConfigureLabelStudioEmulator(usePersonalAccessToken = true)
	static class AlsoWithToken {

	}

}
