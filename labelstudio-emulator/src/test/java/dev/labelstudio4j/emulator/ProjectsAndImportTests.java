package dev.labelstudio4j.emulator;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectListParams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Projects, paging and imports, asserted through the real client.
 */
class ProjectsAndImportTests {

	static LabelStudioEmulator emulator;

	LabelStudioClient client;

	Calls calls;

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
	}

	@Test
	void createAssignsIdsInOrderAndGetReturnsTheProject() {
		long first = this.calls.createProject("First", Calls.SENTIMENT_CONFIG);
		long second = this.calls.createProject("Second", Calls.SENTIMENT_CONFIG);
		assertThat(first).isEqualTo(1);
		assertThat(second).isEqualTo(2);
		Project project = this.client.projects().get(second);
		assertThat(project.id()).isEqualTo(2);
		assertThat(project.title()).isEqualTo("Second");
		assertThat(project.labelConfig()).isEqualTo(Calls.SENTIMENT_CONFIG);
		assertThat(project.taskNumber()).isZero();
		assertThat(project.parsedLabelConfig()).containsOnlyKeys("sentiment");
		assertThat(project.parsedLabelConfig().get("sentiment")).asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("type", "Choices")
			.containsEntry("to_name", List.of("text"))
			.containsEntry("labels", List.of("Positive", "Negative"));
	}

	@Test
	void listPagesWithCountNextPreviousAndEndsAtInvalidPage() {
		IntStream.rangeClosed(1, 5).forEach((i) -> this.calls.createProject("P" + i, Calls.SENTIMENT_CONFIG));
		Page<Project> first = this.client.projects().list(ProjectListParams.builder().pageSize(2).build());
		assertThat(first.items()).extracting(Project::id).containsExactly(1L, 2L);
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.autoPaging().stream().map(Project::id)).containsExactly(1L, 2L, 3L, 4L, 5L);

		Map<String, Object> raw = this.calls.map(ApiRequest.get("projects.list", "/api/projects/")
			.query("page", 2)
			.query("page_size", 2));
		assertThat(raw).containsEntry("count", 5);
		assertThat((String) raw.get("next")).isEqualTo(emulator.baseUrl() + "/api/projects/?page=3&page_size=2");
		assertThat((String) raw.get("previous")).isEqualTo(emulator.baseUrl() + "/api/projects/?page=1&page_size=2");

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.calls.map(ApiRequest.get("projects.list", "/api/projects/")
				.query("page", 4)
				.query("page_size", 2)))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getDetail()).isEqualTo("Invalid page.");
			});
	}

	@Test
	void updateChangesFieldsAndDeleteRemovesTheProject() {
		long id = this.calls.createProject("Before", Calls.SENTIMENT_CONFIG);
		Map<String, Object> updated = this.calls.map(ApiRequest.patch("projects.update", "/api/projects/{id}/")
			.path("id", id)
			.jsonBody(Map.of("title", "After", "maximum_annotations", 2)));
		assertThat(updated).containsEntry("title", "After").containsEntry("maximum_annotations", 2);
		assertThat(this.client.projects().get(id).title()).isEqualTo("After");

		this.calls.none(ApiRequest.delete("projects.delete", "/api/projects/{id}/").path("id", id));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.projects().get(id))
			.satisfies((ex) -> {
				assertThat(ex.getDetail()).isEqualTo("Not found.");
				assertThat(ex.getErrorId()).matches("[0-9a-f-]{36}");
				assertThat(ex.getBody()).contains("\"status_code\":404", "\"version\":\"1.20.0\"",
						"\"exc_info\":null");
			});
	}

	@Test
	void titleOverFiftyCharactersIsAValidationError() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.calls.createProject("x".repeat(51), Calls.SENTIMENT_CONFIG))
			.satisfies((ex) -> {
				assertThat(ex.getDetail()).isEqualTo("Validation error");
				assertThat(ex.getValidationErrors())
					.containsEntry("title", List.of("Ensure this field has no more than 50 characters."));
			});
		assertThat(this.client.projects().list().total()).isZero();
	}

	@Test
	void importCreatesTasksAndUpdatesTheProjectsCounts() {
		long id = this.calls.createProject("Import", Calls.SENTIMENT_CONFIG);
		Map<String, Object> result = this.calls.importTasks(id, List.of(Map.of("text", "good"), Map.of("text", "bad"),
				Map.of("data", Map.of("text", "nested"), "predictions",
						List.of(Map.of("model_version", "v1", "result", List.of(Calls.choice("Positive"))))),
				Map.of("data", Map.of("text", "labeled"), "annotations",
						List.of(Map.of("result", List.of(Calls.choice("Negative")))))));
		assertThat(result).containsEntry("task_count", 4)
			.containsEntry("annotation_count", 1)
			.containsEntry("predictions_count", 1)
			.containsEntry("task_ids", List.of(1, 2, 3, 4))
			.containsEntry("file_upload_ids", List.of())
			.containsEntry("data_columns", List.of("text"))
			.containsKeys("duration", "could_be_tasks_list", "found_formats");
		Project project = this.client.projects().get(id);
		assertThat(project.taskNumber()).isEqualTo(4);
		assertThat(project.totalAnnotationsNumber()).isEqualTo(1);
		assertThat(project.totalPredictionsNumber()).isEqualTo(1);
		assertThat(project.numTasksWithAnnotations()).isEqualTo(1);
		assertThat(project.finishedTaskNumber()).isEqualTo(1);

		Map<String, Object> status = this.calls.map(ApiRequest
			.get("tasks.create_many_status", "/api/projects/{id}/imports/{import_pk}/")
			.path("id", id)
			.path("import_pk", 1));
		assertThat(status).containsEntry("status", "completed").containsEntry("task_count", 4)
			.containsEntry("task_ids", List.of(1, 2, 3, 4)).containsEntry("project", (int) id);
	}

	@Test
	void importWithoutCommitCreatesNoTasks() {
		long id = this.calls.createProject("Dry run", Calls.SENTIMENT_CONFIG);
		Map<String, Object> result = this.calls.map(ApiRequest.post("projects.import_tasks", "/api/projects/{id}/import")
			.path("id", id)
			.query("commit_to_project", false)
			.jsonBody(List.of(Map.of("text", "a"))));
		assertThat(result).containsEntry("task_count", 1).doesNotContainKey("task_ids");
		assertThat(this.client.projects().get(id).taskNumber()).isZero();
	}

	@Test
	void importOfTasksWithoutTheConfigsVariablesIsAValidationErrorAndImportsNothing() {
		long id = this.calls.createProject("Strict", Calls.SENTIMENT_CONFIG);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.calls.importTasks(id, List.of(Map.of("text", "fine"), Map.of("body", "wrong key"))))
			.satisfies((ex) -> {
				assertThat(ex.getDetail()).isEqualTo("Validation error");
				assertThat(ex.getValidationErrors().get("non_field_errors")).singleElement()
					.asString()
					.contains("\"text\" key is expected in task data [task #2]");
			});
		assertThat(this.client.projects().get(id).taskNumber()).isZero();
	}

	@Test
	void importIntoAMissingProjectIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.calls.importTasks(42, List.of(Map.of("text", "a"))));
	}

	@Test
	void deleteAllTasksEmptiesTheProject() {
		long id = this.calls.createProject("Purge", Calls.SENTIMENT_CONFIG);
		this.calls.importTasks(id, List.of(Map.of("text", "a"), Map.of("text", "b")));
		this.calls.none(ApiRequest.delete("tasks.delete_all_tasks", "/api/projects/{id}/tasks/").path("id", id));
		assertThat(this.client.projects().get(id).taskNumber()).isZero();
		assertThat(this.calls.listTasks(id, 1, 10, "all")).containsEntry("total", 0).containsEntry("tasks", List.of());
	}

}
