package dev.labelstudio4j.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.core.ApiRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Data manager views and actions, asserted through the real client.
 */
class DataManagerTests {

	static LabelStudioEmulator emulator;

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
		this.calls = new Calls(emulator.client());
		this.project = this.calls.createProject("DM", Calls.SENTIMENT_CONFIG);
		this.calls.importTasks(this.project,
				List.of(Map.of("text", "a"), Map.of("text", "b"), Map.of("text", "c"), Map.of("text", "d")));
		for (long task = 1; task <= 4; task++) {
			this.calls.createAnnotation(task, Map.of("result", List.of(Calls.choice("Positive"))));
			this.calls.createPrediction(task, "v1", 0.5);
		}
	}

	@Test
	void viewsCrudAndReset() {
		long other = this.calls.createProject("Other", Calls.SENTIMENT_CONFIG);
		Map<String, Object> view = this.calls.map(ApiRequest.post("views.create", "/api/dm/views/")
			.jsonBody(Map.of("project", this.project, "data", Map.of("title", "Mine"))));
		assertThat(view).containsEntry("id", 1).containsEntry("project", (int) this.project)
			.containsEntry("data", Map.of("title", "Mine"));
		this.calls.map(ApiRequest.post("views.create", "/api/dm/views/").jsonBody(Map.of("project", other)));
		assertThat(this.calls.list(ApiRequest.get("views.list", "/api/dm/views/").query("project", this.project)))
			.extracting((v) -> v.get("id")).containsExactly(1);
		Map<String, Object> patched = this.calls.map(ApiRequest.patch("views.update", "/api/dm/views/{id}/")
			.path("id", 1)
			.jsonBody(Map.of("data", Map.of("title", "Renamed"))));
		assertThat(patched).containsEntry("data", Map.of("title", "Renamed"));
		assertThat(this.calls.map(ApiRequest.get("views.get", "/api/dm/views/{id}/").path("id", 1)))
			.containsEntry("data", Map.of("title", "Renamed"));

		this.calls.none(ApiRequest.delete("views.delete_all", "/api/dm/views/reset/")
			.jsonBody(Map.of("project", this.project)));
		assertThat(this.calls.list(ApiRequest.get("views.list", "/api/dm/views/"))).extracting((v) -> v.get("id"))
			.containsExactly(2);
		this.calls.none(ApiRequest.delete("views.delete", "/api/dm/views/{id}/").path("id", 2));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.calls.map(ApiRequest.get("views.get", "/api/dm/views/{id}/").path("id", 2)));
	}

	@Test
	void actionsAreListed() {
		assertThat(this.calls.list(ApiRequest.get("actions.list", "/api/dm/actions/"))).extracting((a) -> a.get("id"))
			.contains("delete_tasks", "delete_tasks_annotations", "delete_tasks_predictions");
	}

	@Test
	void deleteTasksAnnotationsOfTheIncludedTasks() {
		Map<String, Object> answer = action("delete_tasks_annotations",
				Map.of("selectedItems", Map.of("all", false, "included", List.of(1, 2))));
		assertThat(answer).containsEntry("processed_items", 2);
		assertThat(this.calls.listTasks(this.project, 1, 10, "all")).containsEntry("total", 4)
			.containsEntry("total_annotations", 2).containsEntry("total_predictions", 4);
	}

	@Test
	void deleteTasksPredictionsOfAllButTheExcluded() {
		Map<String, Object> answer = action("delete_tasks_predictions",
				Map.of("selectedItems", Map.of("all", true, "excluded", List.of(4))));
		assertThat(answer).containsEntry("processed_items", 3);
		assertThat(this.calls.listTasks(this.project, 1, 10, "all")).containsEntry("total_predictions", 1);
	}

	@Test
	void deleteTasksRemovesTasksWithTheirAnnotations() {
		Map<String, Object> answer = action("delete_tasks",
				Map.of("selectedItems", Map.of("all", false, "included", List.of(2, 3))));
		assertThat(answer).containsEntry("processed_items", 2);
		Map<String, Object> tasks = this.calls.listTasks(this.project, 1, 10, "all");
		assertThat(TasksAnnotationsPredictionsTests.tasks(tasks)).extracting((t) -> t.get("id")).containsExactly(1, 4);
		assertThat(tasks).containsEntry("total_annotations", 2);
	}

	@Test
	void unknownActionAndMissingSelectionAreBadRequests() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> action("explode", Map.of(
				"selectedItems", Map.of("all", true))));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> action("delete_tasks", Map.of()))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsKey("selectedItems"));
	}

	private Map<String, Object> action(String id, Map<String, Object> body) {
		return this.calls.map(ApiRequest.post("actions.create", "/api/dm/actions/")
			.query("id", id)
			.query("project", this.project)
			.jsonBody(body));
	}

}
