package dev.labelstudio4j.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.storages.LocalFilesExportSettings;
import dev.labelstudio4j.client.storages.LocalFilesImportSettings;
import dev.labelstudio4j.client.storages.S3ExportSettings;
import dev.labelstudio4j.client.storages.S3ImportSettings;
import dev.labelstudio4j.client.storages.Storage;
import dev.labelstudio4j.client.storages.StorageStatus;
import dev.labelstudio4j.client.storages.StorageSyncFailedException;
import dev.labelstudio4j.client.storages.SyncOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Storages through the emulator, end to end with the typed client: an import storage over a directory of
 * this machine turns JSON files into tasks and media files into tasks with their URL, syncs incrementally,
 * and an export storage writes the annotated tasks into another directory; the sync status moves through
 * {@code queued} and {@code in_progress}; the rules Label Studio applies to paths and fields.
 */
class StoragesTests {

	private static final SyncOptions FAST = SyncOptions.builder().pollInterval(Duration.ofMillis(1))
		.maxPollInterval(Duration.ofMillis(5)).timeout(Duration.ofSeconds(30)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void importsFromALocalDirectoryAndExportsAnnotationsToAnother(@TempDir Path root) throws Exception {
		Path in = Files.createDirectories(root.resolve("in"));
		Path out = Files.createDirectories(root.resolve("out"));
		Files.writeString(in.resolve("b-tasks.json"), "[{\"text\": \"first\"}, {\"data\": {\"text\": \"second\"}}]");
		Files.writeString(in.resolve("a-one.json"), "{\"text\": \"third\"}");
		Files.writeString(in.resolve("c-lines.json"), "{\"text\": \"fourth\"}\n{\"text\": \"fifth\"}\n");
		byte[] image = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 };
		Files.write(in.resolve("photo 1.jpg"), image);
		try (LabelStudioEmulator emulator = LabelStudioEmulator.builder().localFilesDocumentRoot(root).start()) {
			LabelStudioClient client = emulator.client();
			Calls calls = new Calls(client);
			long project = calls.createProject("Storages", Calls.SENTIMENT_CONFIG);

			Storage tasksStorage = client.importStorage().local().createValidated(project, LocalFilesImportSettings
				.builder().title("json tasks").path(in.toString()).regexFilter(".*\\.json").build());
			assertThat(tasksStorage.status()).isEqualTo(StorageStatus.INITIALIZED);
			assertThat(tasksStorage.type()).isEqualTo("localfiles");
			assertThat(tasksStorage.path()).isEqualTo(in.toString());
			List<String> statuses = new ArrayList<>();
			Storage synced = client.importStorage().local().syncAndWait(tasksStorage.id(), SyncOptions.builder()
				.pollInterval(Duration.ofMillis(1)).listener((s) -> statuses.add(s.status().value())).build());

			assertThat(statuses).containsExactly("queued", "in_progress", "completed");
			assertThat(synced.lastSyncCount()).isEqualTo(5);
			assertThat(synced.lastSync()).isNotNull();
			assertThat(synced.meta()).containsEntry("attempts", 1).containsEntry("tasks_existed", 0);
			assertThat(texts(calls, project)).containsExactly("third", "first", "second", "fourth", "fifth");

			Storage media = client.importStorage().local().create(project, LocalFilesImportSettings.builder()
				.path(in.toString()).regexFilter(".*\\.jpg").useBlobUrls(true).build());
			assertThat(client.importStorage().local().syncAndWait(media.id(), FAST).lastSyncCount()).isEqualTo(1);
			assertThat(texts(calls, project)).last().isEqualTo("/data/local-files/?d=in/photo%201.jpg");
			HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create(emulator.baseUrl() + "/data/local-files/?d=in/photo%201.jpg"))
				.header("Authorization", "Token " + emulator.apiKey()).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.body()).isEqualTo(image);
			assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");

			Storage again = client.importStorage().local().syncAndWait(tasksStorage.id(), FAST);
			assertThat(again.lastSyncCount()).isZero();
			assertThat(again.meta()).containsEntry("attempts", 2).containsEntry("tasks_existed", 3);
			assertThat(texts(calls, project)).hasSize(6);

			List<Long> taskIds = taskIds(calls, project);
			calls.createAnnotation(taskIds.get(0), Map.of("result", List.of(Calls.choice("Positive"))));
			calls.createAnnotation(taskIds.get(2), Map.of("result", List.of(Calls.choice("Negative"))));
			calls.createAnnotation(taskIds.get(2), Map.of("result", List.of(Calls.choice("Positive"))));
			Storage export = client.exportStorage().local().createValidated(project,
					LocalFilesExportSettings.builder().title("labels").path(out.toString()).build());
			Storage exported = client.exportStorage().local().syncAndWait(export.id(), FAST);

			assertThat(exported.status()).isEqualTo(StorageStatus.COMPLETED);
			assertThat(exported.lastSyncCount()).isEqualTo(3);
			try (var files = Files.list(out)) {
				assertThat(files.map((p) -> p.getFileName().toString()).sorted().toList())
					.containsExactly(taskIds.get(0) + ".json", taskIds.get(2) + ".json");
			}
			Map<?, ?> written = this.json.readValue(out.resolve(taskIds.get(2) + ".json").toFile(), Map.class);
			assertThat(written.get("id")).isEqualTo(taskIds.get(2).intValue());
			assertThat(((Map<?, ?>) written.get("data")).get("text")).isEqualTo("second");
			assertThat((List<?>) written.get("annotations")).hasSize(2);
			assertThat(client.exportStorage().local().list(project)).extracting(Storage::id).containsExactly(export.id());
		}
	}

	@Test
	void aFileThatIsNotJsonFailsTheSyncWithLabelStudiosReason(@TempDir Path root) throws IOException {
		Path in = Files.createDirectories(root.resolve("in"));
		Files.writeString(in.resolve("notes.txt"), "not a task");
		try (LabelStudioEmulator emulator = LabelStudioEmulator.builder().localFilesDocumentRoot(root).start()) {
			LabelStudioClient client = emulator.client();
			long project = new Calls(client).createProject("Failing", Calls.SENTIMENT_CONFIG);
			Storage storage = client.importStorage().local()
				.create(project, LocalFilesImportSettings.builder().path(in.toString()).build());

			assertThatThrownBy(() -> client.importStorage().local().syncAndWait(storage.id(), FAST))
				.isInstanceOfSatisfying(StorageSyncFailedException.class, (ex) -> {
					assertThat(ex.getError()).startsWith("Can't import JSON-formatted tasks from in/notes.txt.");
					assertThat(ex.getStorage().lastSyncCount()).isNull();
					assertThat(ex.getStorage().meta()).containsKey("time_failure");
				});
			assertThat(client.importStorage().local().get(storage.id()).status()).isEqualTo(StorageStatus.FAILED);
		}
	}

	@Test
	void localPathsMustLieBelowTheDocumentRoot(@TempDir Path root, @TempDir Path elsewhere) {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.builder().localFilesDocumentRoot(root).start()) {
			LabelStudioClient client = emulator.client();
			long project = new Calls(client).createProject("Paths", Calls.SENTIMENT_CONFIG);

			assertThatThrownBy(() -> client.importStorage().local().createValidated(project,
					LocalFilesImportSettings.builder().path(elsewhere.toString()).build()))
				.isInstanceOfSatisfying(BadRequestException.class, (ex) -> assertThat(ex.getValidationErrors()
					.get("non_field_errors")).singleElement().asString()
					.startsWith("Path " + elsewhere + " must start with LOCAL_FILES_DOCUMENT_ROOT=" + root.toAbsolutePath()));
			assertThatThrownBy(() -> client.exportStorage().local().validate(project,
					LocalFilesExportSettings.builder().path(root.resolve("missing").toString()).build()))
				.isInstanceOf(BadRequestException.class).hasMessageContaining("does not exist");
			assertThat(client.importStorage().local().list(project)).isEmpty();
			assertThat(emulator.wireMock().getAllServeEvents().stream()
				.filter((e) -> e.getRequest().getUrl().equals("/api/storages/localfiles/"))).isEmpty();
		}
	}

	@Test
	void withoutADocumentRootLocalFilesAreRefused() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient client = emulator.client();
			long project = new Calls(client).createProject("No root", Calls.SENTIMENT_CONFIG);

			assertThatThrownBy(() -> client.importStorage().local().create(project,
					LocalFilesImportSettings.builder().path("/tmp").build()))
				.isInstanceOf(BadRequestException.class).hasMessageContaining("Serving local files can be dangerous");
		}
	}

	@Test
	void otherTypesAreValidatedAndSyncToCompletedWithNoDataAndNoSecretsAnswered() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient client = emulator.client();
			long project = new Calls(client).createProject("Cloud", Calls.SENTIMENT_CONFIG);

			assertThatThrownBy(() -> client.importStorage().s3().createValidated(project,
					S3ImportSettings.builder().prefix("x/").build()))
				.isInstanceOfSatisfying(BadRequestException.class,
						(ex) -> assertThat(ex.getValidationErrors()).containsEntry("bucket", List.of("This field is required.")));
			assertThatThrownBy(() -> client.importStorage().s3().validate(project,
					S3ImportSettings.builder().bucket("b").awsAccessKeyId("AKIA-ONLY").build()))
				.hasMessageContaining("Access Key ID and Secret Access Key must be provided together.");
			Storage s3 = client.importStorage().s3().createValidated(project, S3ImportSettings.builder().bucket("b")
				.awsAccessKeyId("AKIA-EMULATED").awsSecretAccessKey("emulated-secret").awsSessionToken("emulated-token").build());

			assertThat(s3.rawJson()).doesNotContainKeys("aws_access_key_id", "aws_secret_access_key")
				.containsEntry("aws_session_token", "emulated-token").containsEntry("presign", true);
			Storage done = client.importStorage().s3().syncAndWait(s3.id(), FAST);
			assertThat(done.status()).isEqualTo(StorageStatus.COMPLETED);
			assertThat(done.lastSyncCount()).isZero();
			Storage updated = client.importStorage().s3().update(s3.id(), S3ImportSettings.builder().prefix("new/").build());
			assertThat(updated.prefix()).isEqualTo("new/");
			assertThat(updated.bucket()).isEqualTo("b");

			Storage export = client.exportStorage().s3().create(project, S3ExportSettings.builder().bucket("labels").build());
			assertThat(client.exportStorage().s3().syncAndWait(export.id(), FAST).status()).isEqualTo(StorageStatus.COMPLETED);
			assertThat(client.importStorage().s3s().create(project, dev.labelstudio4j.client.storages.S3sImportSettings
				.builder().bucket("b").roleArn("arn:aws:iam::1:role/r").build()).type()).isEqualTo("s3s");
			assertThat(client.importStorage().listTypes()).hasSize(6);
			assertThat(client.exportStorage().listTypes()).hasSize(6);

			client.importStorage().s3().delete(s3.id());
			assertThat(client.importStorage().s3().list(project)).isEmpty();
			assertThatThrownBy(() -> client.importStorage().s3().get(s3.id()))
				.isInstanceOf(dev.labelstudio4j.client.NotFoundException.class);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> texts(Calls calls, long project) {
		List<Map<String, Object>> tasks = (List<Map<String, Object>>) calls.listTasks(project, 1, 100, "all").get("tasks");
		return tasks.stream().map((t) -> String.valueOf(((Map<String, Object>) t.get("data")).get("text"))).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Long> taskIds(Calls calls, long project) {
		List<Map<String, Object>> tasks = (List<Map<String, Object>>) calls.listTasks(project, 1, 100, "all").get("tasks");
		return tasks.stream().map((t) -> ((Number) t.get("id")).longValue()).toList();
	}

}
