package dev.labelstudio4j.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BulkOperationException;
import dev.labelstudio4j.client.ConflictException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.UnauthorizedException;
import dev.labelstudio4j.client.annotations.AnnotationBulkCreate;
import dev.labelstudio4j.client.annotations.BulkDeleteResult;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.predictions.PredictionListParams;
import dev.labelstudio4j.client.projects.ImportOptions;
import dev.labelstudio4j.client.projects.PredictionImportResult;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.tokens.ApiToken;
import dev.labelstudio4j.client.tokens.JwtSettingsUpdate;
import dev.labelstudio4j.client.versions.ServerVersion;
import dev.labelstudio4j.client.workspaces.Workspace;
import dev.labelstudio4j.client.workspaces.WorkspaceCreate;
import dev.labelstudio4j.client.workspaces.WorkspaceMember;
import dev.labelstudio4j.client.workspaces.WorkspaceUpdate;
import dev.labelstudio4j.client.users.UserCreate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The emulator serves personal access tokens (rotation and blacklisting honoured by its authentication),
 * the organization's token settings, workspaces, versions and the bulk writes, driven by the typed client.
 */
class RestOfTheApiTests {

	private static final String CONFIG = "<View><Text name=\"text\" value=\"$text\"/>"
			+ "<Choices name=\"sentiment\" toName=\"text\"><Choice value=\"Positive\"/><Choice value=\"Negative\"/>"
			+ "</Choices></View>";

	@Test
	void aRotatedTokenReplacesTheOldOneWhichTheServerThenRefuses() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			String original = emulator.personalAccessToken();
			LabelStudioClient client = LabelStudioClient.create(emulator.baseUrl(), original);
			assertThat(client.tokens().list()).singleElement()
				.satisfies((token) -> assertThat(original).startsWith(token.token() + "."));
			assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> client.tokens().create());

			ApiToken rotated = client.tokens().rotate(original);
			assertThat(rotated.token()).isNotEqualTo(original);
			assertThat(emulator.personalAccessToken()).isEqualTo(rotated.token());
			assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> client.tokens().refresh(original));
			assertThatExceptionOfType(UnauthorizedException.class)
				.isThrownBy(() -> LabelStudioClient.create(emulator.baseUrl(), original).users().whoami());

			LabelStudioClient switched = client.withOptions((o) -> o.apiKey(rotated.token()));
			assertThat(switched.users().whoami().id()).isEqualTo(1);
			assertThat(switched.tokens().refresh(rotated.token()).access()).isNotBlank();
		}
	}

	@Test
	void aBlacklistedTokenNoLongerRefreshesAndANewOneCanBeCreated() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			String original = emulator.personalAccessToken();
			LabelStudioClient client = emulator.client();
			String truncated = client.tokens().list().get(0).token();
			client.tokens().blacklist(truncated);
			assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client.tokens().blacklist(original));
			assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> client.tokens().refresh(original));
			assertThat(client.tokens().list()).isEmpty();
			ApiToken created = client.tokens().create();
			assertThat(LabelStudioClient.create(emulator.baseUrl(), created.token()).users().whoami().id())
				.isEqualTo(1);
		}
	}

	@Test
	void turningLegacyTokensOffRefusesTheLegacyKeyButNotPersonalAccessTokens() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient legacy = emulator.client();
			LabelStudioClient pat = LabelStudioClient.create(emulator.baseUrl(), emulator.personalAccessToken());
			assertThat(legacy.jwtSettings().get().legacyApiTokensEnabled()).isTrue();
			pat.jwtSettings().update(JwtSettingsUpdate.builder().legacyApiTokensEnabled(false).build());
			assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> legacy.users().whoami())
				.satisfies((ex) -> assertThat(ex.getDetail()).contains("legacy token authentication has been disabled"));
			assertThat(pat.users().whoami().id()).isEqualTo(1);
			assertThat(pat.jwtSettings()
				.update(JwtSettingsUpdate.builder().legacyApiTokensEnabled(true).apiTokenTtlDays(30).build())
				.apiTokenTtlDays()).as("open-source servers ignore the lifetime").isNull();
			assertThat(legacy.users().whoami().id()).isEqualTo(1);
		}
	}

	@Test
	void workspacesAndTheirMembers() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient client = emulator.client();
			long userId = client.users().create(UserCreate.builder().username("ann").email("ann@example.org").build())
				.id();
			Workspace created = client.workspaces().create(WorkspaceCreate.builder().title("Radiology").build());
			assertThat(client.workspaces().list()).extracting(Workspace::title).containsExactly("Radiology");
			assertThat(client.workspaces().update(created.id(), WorkspaceUpdate.builder().isArchived(true).build())
				.isArchived()).isTrue();
			WorkspaceMember member = client.workspaces().members().create(created.id(), userId);
			assertThat(member.userId()).isEqualTo(userId);
			assertThat(client.workspaces().members().list(created.id())).extracting(WorkspaceMember::userId)
				.containsExactly(1L, userId);
			client.workspaces().members().delete(created.id(), userId);
			assertThat(client.workspaces().members().list(created.id())).extracting(WorkspaceMember::userId)
				.containsExactly(1L);
			client.workspaces().delete(created.id());
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> client.workspaces().get(created.id()));
		}
	}

	@Test
	void versionTellsTheReleaseAndEdition() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			ServerVersion version = emulator.client().versions().get();
			assertThat(version.release()).isEqualTo(LabelStudioEmulator.SERVER_VERSION);
			assertThat(version.edition()).isEqualTo("Community");
			assertThat(version.osPackage()).containsEntry("version", LabelStudioEmulator.SERVER_VERSION);
		}
	}

	@Test
	void bulkWritesCreateEverythingOrNothing() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient client = emulator.client();
			long project = client.projects().create(ProjectCreate.builder().title("bulk").labelConfig(CONFIG).build())
				.id();
			List<Long> tasks = client.projects()
				.importTasks(project, List.of(Map.of("text", "good"), Map.of("text", "bad"), Map.of("text", "meh")),
						ImportOptions.builder().returnTaskIds(true).build())
				.taskIds();
			assertThat(tasks).hasSize(3);

			PredictionImportResult imported = client.projects()
				.importPredictions(project, tasks.stream().map((task) -> prediction(task, "Positive")));
			assertThat(imported).isEqualTo(new PredictionImportResult(3, 3));
			assertThat(client.predictions().list(PredictionListParams.builder().task(tasks.get(0)).build())).hasSize(1);

			assertThatExceptionOfType(BulkOperationException.class)
				.isThrownBy(() -> client.projects()
					.importPredictions(project, List.of(prediction(tasks.get(1), "Negative"), prediction(999, "Negative"))))
				.satisfies((ex) -> assertThat(ex.getOutcome()).isEqualTo(BulkOperationException.Outcome.NOTHING_DONE));
			assertThat(client.predictions().list(PredictionListParams.builder().task(tasks.get(1)).build())).hasSize(1);

			List<Long> annotations = client.annotations()
				.createBulk(AnnotationBulkCreate.builder()
					.tasks(tasks)
					.project(project)
					.result(List.of(Map.of("from_name", "sentiment", "to_name", "text", "type", "choices", "value",
							Map.of("choices", List.of("Positive")))))
					.build());
			assertThat(annotations).hasSize(3);
			assertThat(client.annotations().list(tasks.get(2))).hasSize(1);
			BulkDeleteResult deleted = client.annotations()
				.deleteBulk(project, List.of(annotations.get(0), annotations.get(1), 999L));
			assertThat(deleted).isEqualTo(new BulkDeleteResult(3, 2));
			assertThat(client.annotations().list(tasks.get(0))).isEmpty();
			assertThat(client.annotations().list(tasks.get(2))).hasSize(1);
		}
	}

	private static PredictionCreate prediction(long task, String label) {
		return PredictionCreate.builder()
			.task(task)
			.result(List.of(Map.of("from_name", "sentiment", "to_name", "text", "type", "choices", "value",
					Map.of("choices", List.of(label)))))
			.modelVersion("v1")
			.build();
	}

}
