package dev.labelstudio4j.emulator.junit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JUnit extension: static and instance registration, {@code @ExtendWith}, parameter resolution
 * and the reset policy.
 */
class LabelStudioEmulatorExtensionTests {

	@Nested
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class StaticRegistration {

		@RegisterExtension
		static LabelStudioEmulatorExtension labelStudio = LabelStudioEmulatorExtension.builder()
			.emulator((emulator) -> emulator.apiKey("extension-key"))
			.build();

		static String firstBaseUrl;

		@Test
		@Order(1)
		void resolvesTheEmulatorAndAClientForIt(LabelStudioEmulator emulator, LabelStudioClient client) {
			firstBaseUrl = emulator.baseUrl();
			assertThat(emulator).isSameAs(labelStudio.emulator());
			assertThat(emulator.apiKey()).isEqualTo("extension-key");
			assertThat(client.baseUrl().toString()).isEqualTo(emulator.baseUrl() + "/");
			assertThat(client.users().whoami().id()).isEqualTo(1);
			createProject(client, "kept");
		}

		@Test
		@Order(2)
		void keepsTheEmulatorAndItsDataForTheClass(LabelStudioClient client) {
			assertThat(labelStudio.baseUrl()).isEqualTo(firstBaseUrl);
			assertThat(client.projects().list().total()).isEqualTo(1);
		}

	}

	@Nested
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class ResetBeforeEach {

		@RegisterExtension
		static LabelStudioEmulatorExtension labelStudio = LabelStudioEmulatorExtension.builder()
			.resetBeforeEach(true)
			.build();

		@Test
		@Order(1)
		void createsAProject() {
			createProject(labelStudio.client(), "gone");
			assertThat(labelStudio.client().projects().list().total()).isEqualTo(1);
		}

		@Test
		@Order(2)
		void startsEmpty() {
			assertThat(labelStudio.client().projects().list().total()).isZero();
			assertThat(createProject(labelStudio.client(), "first again")).containsEntry("id", 1);
		}

	}

	@Nested
	class InstanceRegistration {

		@RegisterExtension
		LabelStudioEmulatorExtension labelStudio = LabelStudioEmulatorExtension.create();

		@Test
		void startsAnEmulatorForTheTest(LabelStudioEmulator emulator) {
			assertThat(emulator.isRunning()).isTrue();
			assertThat(this.labelStudio.emulator()).isSameAs(emulator);
		}

	}

	@Nested
	@ExtendWith(LabelStudioEmulatorExtension.class)
	class Declarative {

		@Test
		void resolvesParameters(LabelStudioEmulator emulator, LabelStudioClient client) {
			assertThat(emulator.isRunning()).isTrue();
			assertThat(emulator.apiKey()).isEqualTo(LabelStudioEmulator.DEFAULT_API_KEY);
			assertThat(createProject(client, "declared")).containsEntry("title", "declared");
		}

	}

	static Map<String, Object> createProject(LabelStudioClient client, String title) {
		return ClientInternals.invoker(client).execute(ApiRequest.post("projects.create", "/api/projects/")
			.jsonBody(Map.of("title", title))
			.returns(dev.labelstudio4j.client.internal.ResponseHandler
				.json(new tools.jackson.core.type.TypeReference<Map<String, Object>>() {
				})));
	}


}
