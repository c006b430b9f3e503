package dev.labelstudio4j.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.files.FileUpload;
import dev.labelstudio4j.client.files.UploadFile;
import dev.labelstudio4j.client.ml.MlAuthMethod;
import dev.labelstudio4j.client.ml.MlBackend;
import dev.labelstudio4j.client.ml.MlBackendCreate;
import dev.labelstudio4j.client.ml.MlBackendUpdate;
import dev.labelstudio4j.client.projects.ImportOptions;
import dev.labelstudio4j.client.projects.ImportResult;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.projects.ProjectImport;
import dev.labelstudio4j.client.projects.ProjectUpdate;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskFields;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.client.tasks.TaskUpdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Projects, imports, tasks, ML backends and files through the typed resource clients.
 */
class TypedClientTests {

	static LabelStudioEmulator emulator;

	LabelStudioClient client;

	@BeforeAll
	static void start() {
		emulator = LabelStudioEmulator.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
		this.client = emulator.client();
	}

	private Project sentimentProject(String title) {
		return this.client.projects().create(ProjectCreate.builder().title(title).labelConfig(Calls.SENTIMENT_CONFIG).build());
	}

	@Test
	void projectsCreateUpdateValidateDelete() {
		Project created = sentimentProject("Typed");
		assertThat(created.id()).isEqualTo(1);
		assertThat(created.title()).isEqualTo("Typed");
		Project updated = this.client.projects().update(1, ProjectUpdate.builder().title("Renamed").build());
		assertThat(updated.title()).isEqualTo("Renamed");
		assertThat(this.client.projects().validateConfig(1, Calls.SENTIMENT_CONFIG).labelConfig())
			.isEqualTo(Calls.SENTIMENT_CONFIG);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.projects().validateConfig(1, "<View><Text"))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsKey("label_config"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.projects().create(ProjectCreate.builder().title("t".repeat(51)).build()))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsKey("title"));
		this.client.projects().delete(1);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.projects().get(1));
	}

	@Test
	void importTasksThenListGetUpdateDeleteTasks() {
		long project = sentimentProject("Tasks").id();
		ImportResult result = this.client.projects().importTasks(project,
				List.of(Map.of("text", "one"), Map.of("text", "two"), Map.of("text", "three")),
				ImportOptions.builder().returnTaskIds(true).build());
		assertThat(result.taskCount()).isEqualTo(3);
		assertThat(result.taskIds()).containsExactly(1L, 2L, 3L);
		assertThat(this.client.projects().get(project).taskNumber()).isEqualTo(3);

		ProjectImport status = this.client.tasks().importStatus(project, 1);
		assertThat(status.status()).isEqualTo("completed");

		assertThat(this.client.tasks().list(project).autoPaging().stream().map(Task::id)).containsExactly(1L, 2L, 3L);
		assertThat(this.client.tasks()
			.list(TaskListParams.builder().project(project).pageSize(2).fields(TaskFields.ALL).build())
			.autoPaging()
			.stream()
			.map(Task::id)).containsExactly(1L, 2L, 3L);

		Task created = this.client.tasks().create(project, Map.of("text", "four"));
		assertThat(created.id()).isEqualTo(4);
		Task updated = this.client.tasks().update(4, TaskUpdate.builder().data(Map.of("text", "FOUR")).build());
		assertThat(updated.data()).containsEntry("text", "FOUR");
		assertThat(this.client.tasks().get(4).data()).containsEntry("text", "FOUR");
		this.client.tasks().delete(4);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.tasks().get(4));

		this.client.tasks().deleteAll(project);
		assertThat(this.client.projects().get(project).taskNumber()).isZero();
	}

	@Test
	void importWithMissingVariablesIsRefused() {
		long project = sentimentProject("Strict").id();
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.projects().importTasks(project, List.of(Map.of("body", "x"))))
			.satisfies((ex) -> assertThat(ex.getValidationErrors().get("non_field_errors")).singleElement()
				.asString()
				.contains("\"text\" key is expected"));
	}

	@Test
	void importFilesThenListDownloadUpdateAndDeleteFileUploads() throws IOException {
		long project = sentimentProject("Files").id();
		ImportResult result = this.client.projects().importFiles(project,
				List.of(UploadFile.of("tasks.csv", "text\nfrom csv\n".getBytes(StandardCharsets.UTF_8))));
		assertThat(result.taskCount()).isEqualTo(1);
		assertThat(result.fileUploadIds()).containsExactly(1L);
		List<FileUpload> uploads = this.client.files().list(project);
		assertThat(uploads).extracting(FileUpload::id).containsExactly(1L);
		String file = uploads.get(0).file();
		assertThat(file).startsWith("upload/" + project + "/").endsWith("-tasks.csv");
		String name = file.substring("upload/".length());
		try (InputStream in = this.client.files().download(name.substring(name.indexOf('/') + 1))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("text\nfrom csv\n");
		}

		try (InputStream in = this.client.files().download(name)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("text\nfrom csv\n");
		}

		FileUpload replaced = this.client.files().update(1,
				UploadFile.of("other.csv", "text\nreplaced\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(replaced.file()).endsWith("-other.csv");
		assertThat(this.client.files().get(1).file()).isEqualTo(replaced.file());

		this.client.files().delete(1);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.files().get(1));
		this.client.projects().importFiles(project, List.of(UploadFile.of("a.txt", "x\n".getBytes(StandardCharsets.UTF_8))));
		this.client.files().deleteMany(project);
		assertThat(this.client.files().list(project)).isEmpty();
	}

	@Test
	void mlBackendsThroughTheMlClient() {
		long project = sentimentProject("ML").id();
		this.client.projects().importTasks(project, List.of(Map.of("text", "a")));
		MlBackend created = this.client.ml().create(MlBackendCreate.builder()
			.url("http://ml:9090")
			.project(project)
			.title("model")
			.authMethod(MlAuthMethod.BASIC_AUTH)
			.basicAuthUser("user")
			.basicAuthPass("secret")
			.build());
		assertThat(created.id()).isEqualTo(1);
		assertThat(created.url()).isEqualTo("http://ml:9090");
		assertThat(this.client.ml().list(project)).extracting(MlBackend::id).containsExactly(1L);
		assertThat(this.client.ml().update(1, MlBackendUpdate.builder().title("renamed").build()).title())
			.isEqualTo("renamed");
		assertThat(this.client.ml().get(1).title()).isEqualTo("renamed");
		this.client.ml().train(1);
		assertThat(this.client.ml().predictInteractive(1, 1)).isNotNull();
		assertThat(this.client.ml().listModelVersions(1).versions()).isEmpty();
		this.client.ml().delete(1);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.ml().get(1));
	}

}
