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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.RequestBody;
import dev.labelstudio4j.client.internal.ResponseHandler;
import dev.labelstudio4j.client.users.User;
import dev.labelstudio4j.client.users.UserCreate;
import dev.labelstudio4j.client.users.UserUpdate;
import dev.labelstudio4j.client.users.UsersClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * ML backends, file uploads and users, asserted through the real client.
 */
class MlFilesAndUsersTests {

	static LabelStudioEmulator emulator;

	LabelStudioClient client;

	Calls calls;

	long project;

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
		this.calls = new Calls(this.client);
		this.project = this.calls.createProject("ML", Calls.SENTIMENT_CONFIG);
	}

	@Test
	void mlBackendLifecycle() {
		this.calls.importTasks(this.project, List.of(Map.of("text", "a")));
		Map<String, Object> created = this.calls.map(ApiRequest.post("ml.create", "/api/ml/")
			.jsonBody(Map.of("url", "http://ml:9090", "project", this.project, "title", "model", "auth_method",
					"BASIC_AUTH", "basic_auth_user", "u", "basic_auth_pass", "secret")));
		assertThat(created).containsEntry("id", 1).containsEntry("url", "http://ml:9090")
			.containsEntry("project", (int) this.project).containsEntry("state", "CO")
			.containsEntry("readable_state", "Connected").containsEntry("basic_auth_pass_is_set", "true")
			.doesNotContainKey("basic_auth_pass");
		assertThat(this.calls.list(ApiRequest.get("ml.list", "/api/ml/").query("project", this.project))).hasSize(1);
		Map<String, Object> updated = this.calls.map(ApiRequest.patch("ml.update", "/api/ml/{id}")
			.path("id", 1)
			.jsonBody(Map.of("title", "renamed", "is_interactive", true)));
		assertThat(updated).containsEntry("title", "renamed").containsEntry("is_interactive", true);
		assertThat(this.calls.map(ApiRequest.get("ml.get", "/api/ml/{id}").path("id", 1))).containsEntry("title",
				"renamed");
		this.calls.none(ApiRequest.post("ml.train", "/api/ml/{id}/train").path("id", 1)
			.jsonBody(Map.of("use_ground_truth", true)));
		assertThat(this.calls.map(ApiRequest.get("ml.get", "/api/ml/{id}").path("id", 1))).containsEntry("state", "TR");
		this.calls.none(ApiRequest.post("ml.predict_interactive", "/api/ml/{id}/interactive-annotating").path("id", 1)
			.jsonBody(Map.of("task", 1)));
		assertThat(this.calls.map(ApiRequest.get("ml.list_model_versions", "/api/ml/{id}/versions").path("id", 1)))
			.containsEntry("versions", List.of());
		this.calls.none(ApiRequest.delete("ml.delete", "/api/ml/{id}").path("id", 1));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.calls.map(ApiRequest.get("ml.get", "/api/ml/{id}").path("id", 1)));
	}

	@Test
	void mlPathsHaveNoTrailingSlash() {
		this.calls.map(ApiRequest.post("ml.create", "/api/ml/").jsonBody(Map.of("url", "http://ml", "project", this.project)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.calls.map(ApiRequest.get("ml.get", "/api/ml/{id}/").path("id", 1)));
	}

	@Test
	void multipartImportCreatesFileUploadsThatCanBeListedAndDownloaded() throws IOException {
		String csv = "text,source\n\"hello, world\",web\nbye,mail\n";
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "tasks.csv";
			}
		});
		Map<String, Object> result = this.calls.map(ApiRequest.post("projects.import_tasks", "/api/projects/{id}/import")
			.path("id", this.project)
			.query("return_task_ids", true)
			.body(RequestBody.multipart(parts, true)));
		assertThat(result).containsEntry("task_count", 2).containsEntry("file_upload_ids", List.of(1))
			.containsEntry("found_formats", List.of(".csv")).containsEntry("could_be_tasks_list", true)
			.containsEntry("data_columns", List.of("text", "source"));
		Map<String, Object> task = this.calls.map(ApiRequest.get("tasks.get", "/api/tasks/{id}/").path("id", 1));
		assertThat(task).containsEntry("data", Map.of("text", "hello, world", "source", "web"));

		List<Map<String, Object>> uploads = this.calls.list(ApiRequest.get("files.list", "/api/projects/{id}/file-uploads")
			.path("id", this.project));
		assertThat(uploads).singleElement().satisfies((upload) -> {
			assertThat(upload).containsEntry("id", 1).containsEntry("size", csv.length());
			assertThat((String) upload.get("file")).startsWith("upload/" + this.project + "/").endsWith("-tasks.csv");
		});
		assertThat(task).containsEntry("file_upload", uploads.get(0).get("file"));
		String file = (String) this.calls.map(ApiRequest.get("files.get", "/api/import/file-upload/{id}").path("id", 1))
			.get("file");
		String name = file.substring(file.lastIndexOf('/') + 1);
		try (InputStream in = ClientInternals.invoker(this.client).execute(ApiRequest.get("files.download", "/data/upload/{filename}")
			.path("filename", name)
			.returns(ResponseHandler.stream()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
		}

		this.calls.none(ApiRequest.delete("files.delete", "/api/import/file-upload/{id}").path("id", 1));
		assertThat(this.calls.list(ApiRequest.get("files.list", "/api/projects/{id}/file-uploads").path("id", this.project)))
			.isEmpty();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> ClientInternals.invoker(this.client)
			.execute(ApiRequest.get("files.download", "/data/upload/{filename}").path("filename", name).returnsNothing()));
	}

	@Test
	void deleteManyFileUploads() {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", named("a.txt", "line one\nline two\n"));
		parts.add("file", named("b.json", "[{\"text\": \"json task\"}]"));
		Map<String, Object> result = this.calls.map(ApiRequest.post("projects.import_tasks", "/api/projects/{id}/import")
			.path("id", this.project)
			.body(RequestBody.multipart(parts, true)));
		assertThat(result).containsEntry("task_count", 3).containsEntry("file_upload_ids", List.of(1, 2));
		this.calls.none(ApiRequest.delete("files.delete_many", "/api/projects/{id}/file-uploads").path("id", this.project));
		assertThat(this.calls.list(ApiRequest.get("files.list", "/api/projects/{id}/file-uploads").path("id", this.project)))
			.isEmpty();
	}

	@Test
	void usersCrudThroughTheUsersClient() {
		UsersClient users = this.client.users();
		assertThat(users.list()).extracting(User::id).containsExactly(1L);
		User created = users.create(UserCreate.builder()
			.email("ann@example.com")
			.firstName("Ann")
			.lastName("Notator")
			.build());
		assertThat(created.id()).isEqualTo(2);
		assertThat(created.username()).isEqualTo("ann@example.com");
		assertThat(created.initials()).isEqualTo("an");
		User patched = users.update(2, UserUpdate.builder().phone("123").build());
		assertThat(patched.phone()).isEqualTo("123");
		assertThat(patched.firstName()).isEqualTo("Ann");
		assertThat(users.get(2).phone()).isEqualTo("123");
		assertThat(users.list()).extracting(User::id).containsExactly(1L, 2L);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> users.create(UserCreate.builder().email("ann@example.com").build()))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsKey("email"));
		users.delete(2);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> users.get(2));
	}

	private static ByteArrayResource named(String name, String content) {
		return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

}
