package dev.labelstudio4j.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.annotations.AnnotationUpdate;
import dev.labelstudio4j.client.annotations.AnnotationsClient;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.predictions.Prediction;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.predictions.PredictionListParams;
import dev.labelstudio4j.client.predictions.PredictionUpdate;
import dev.labelstudio4j.client.predictions.PredictionsClient;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.regions.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tasks, annotations and predictions, asserted through the real client.
 */
class TasksAnnotationsPredictionsTests {

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
		this.project = this.calls.createProject("Tasks", Calls.SENTIMENT_CONFIG);
		this.calls.importTasks(this.project, List.of(Map.of("text", "one"), Map.of("text", "two"), Map.of("text", "three")));
	}

	@Test
	void annotationsAndPredictionsAttachToTasksAndShowInTaskLists() {
		Map<String, Object> annotation = this.calls.createAnnotation(1,
				Map.of("result", List.of(Calls.choice("Positive")), "lead_time", 2.5));
		assertThat(annotation).containsEntry("id", 1).containsEntry("task", 1).containsEntry("project", (int) this.project)
			.containsEntry("completed_by", 1).containsEntry("was_cancelled", false).containsEntry("lead_time", 2.5);
		Map<String, Object> prediction = this.calls.createPrediction(2, "model-7", 0.9);
		assertThat(prediction).containsEntry("id", 1).containsEntry("task", 2).containsEntry("model_version", "model-7")
			.containsEntry("score", 0.9);

		Map<String, Object> all = this.calls.listTasks(this.project, 1, 10, "all");
		assertThat(all).containsEntry("total", 3).containsEntry("total_annotations", 1).containsEntry("total_predictions", 1);
		List<Map<String, Object>> tasks = tasks(all);
		assertThat(tasks).extracting((t) -> t.get("id")).containsExactly(1, 2, 3);
		assertThat(tasks.get(0)).containsEntry("is_labeled", true).containsEntry("total_annotations", 1)
			.containsEntry("data", Map.of("text", "one"));
		assertThat(maps(tasks.get(0).get("annotations"))).singleElement()
			.satisfies((a) -> assertThat(a).containsEntry("id", 1).containsEntry("result", List.of(Calls.choice("Positive"))));
		assertThat(maps(tasks.get(1).get("predictions"))).singleElement()
			.satisfies((p) -> assertThat(p).containsEntry("id", 1).containsEntry("model_version", "model-7"));
		assertThat(tasks.get(1)).containsEntry("is_labeled", false).containsEntry("total_predictions", 1);

		Map<String, Object> taskOnly = this.calls.listTasks(this.project, 1, 10, "task_only");
		assertThat(tasks(taskOnly).get(0)).doesNotContainKeys("annotations", "predictions")
			.containsEntry("total_annotations", 1);

		Map<String, Object> task = this.calls.map(ApiRequest.get("tasks.get", "/api/tasks/{id}/").path("id", 1));
		assertThat(maps(task.get("annotations"))).extracting((a) -> a.get("id")).containsExactly(1);

		List<Map<String, Object>> annotations = this.calls.list(
				ApiRequest.get("annotations.list", "/api/tasks/{id}/annotations/").path("id", 1));
		assertThat(annotations).extracting((a) -> a.get("id")).containsExactly(1);
		List<Map<String, Object>> predictions = this.calls.list(
				ApiRequest.get("predictions.list", "/api/predictions/").query("task", 2));
		assertThat(predictions).extracting((p) -> p.get("id")).containsExactly(1);
		assertThat(this.calls.list(ApiRequest.get("predictions.list", "/api/predictions/").query("task", 1))).isEmpty();

		Project counts = this.client.projects().get(this.project);
		assertThat(counts.totalAnnotationsNumber()).isEqualTo(1);
		assertThat(counts.totalPredictionsNumber()).isEqualTo(1);
		assertThat(counts.numTasksWithAnnotations()).isEqualTo(1);
	}

	@Test
	void cancelledAnnotationsAreCountedApart() {
		this.calls.createAnnotation(1, Map.of("result", List.of(), "was_cancelled", true));
		Project project = this.client.projects().get(this.project);
		assertThat(project.totalAnnotationsNumber()).isZero();
		assertThat(project.skippedAnnotationsNumber()).isEqualTo(1);
		Map<String, Object> task = this.calls.map(ApiRequest.get("tasks.get", "/api/tasks/{id}/").path("id", 1));
		assertThat(task).containsEntry("total_annotations", 0).containsEntry("cancelled_annotations", 1)
			.containsEntry("is_labeled", false);
	}

	@Test
	void taskPagingEndsWithInvalidPage() {
		Map<String, Object> second = this.calls.listTasks(this.project, 2, 2, "task_only");
		assertThat(second).containsEntry("total", 3);
		assertThat(tasks(second)).extracting((t) -> t.get("id")).containsExactly(3);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.calls.listTasks(this.project, 3, 2, "task_only"))
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo("Invalid page."));
	}

	@Test
	void taskListsAreFilteredByAQueryAndEmptyFilterItemsKeepEveryTask() {
		String query = "{\"filters\": {\"conjunction\": \"and\", \"items\": [{\"filter\": \"filter:tasks:id\","
				+ " \"operator\": \"equal\", \"type\": \"Number\", \"value\": 1}]}}";
		Map<String, Object> filtered = this.calls.map(ApiRequest.get("tasks.list", "/api/tasks/")
			.query("project", this.project)
			.query("query", query));
		assertThat(filtered).containsEntry("total", 1);
		assertThat(tasks(filtered)).extracting((t) -> t.get("id")).containsExactly(1);
		assertThat(this.calls.map(ApiRequest.get("tasks.list", "/api/tasks/")
			.query("project", this.project)
			.query("query", "{\"filters\": {\"conjunction\": \"and\", \"items\": []}}"))).containsEntry("total", 3);
	}

	@Test
	void taskCrudChangesTheProjectsTaskNumber() {
		Map<String, Object> created = this.calls.map(ApiRequest.post("tasks.create", "/api/tasks/")
			.jsonBody(Map.of("project", this.project, "data", Map.of("text", "four"))));
		assertThat(created).containsEntry("id", 4).containsEntry("project", (int) this.project)
			.containsEntry("data", Map.of("text", "four")).containsKeys("created_at", "updated_at", "is_labeled");
		assertThat(this.client.projects().get(this.project).taskNumber()).isEqualTo(4);

		Map<String, Object> patched = this.calls.map(ApiRequest.patch("tasks.update", "/api/tasks/{id}/")
			.path("id", 4)
			.jsonBody(Map.of("data", Map.of("text", "FOUR"))));
		assertThat(patched).containsEntry("data", Map.of("text", "FOUR"));

		this.calls.createAnnotation(4, Map.of("result", List.of(Calls.choice("Negative"))));
		this.calls.none(ApiRequest.delete("tasks.delete", "/api/tasks/{id}/").path("id", 4));
		assertThat(this.client.projects().get(this.project).taskNumber()).isEqualTo(3);
		assertThat(this.client.projects().get(this.project).totalAnnotationsNumber()).isZero();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.calls.map(ApiRequest.get("annotations.get", "/api/annotations/{id}/").path("id", 1)));
	}

	@Test
	void createTaskInAMissingProjectIsAValidationError() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.calls.map(ApiRequest.post("tasks.create", "/api/tasks/")
				.jsonBody(Map.of("project", 99, "data", Map.of("text", "x")))))
			.satisfies((ex) -> assertThat(ex.getValidationErrors())
				.containsEntry("project", List.of("Invalid pk \"99\" - object does not exist.")));
	}

	@Test
	void annotationCreateGetUpdateDeleteThroughTheAnnotationsClient() {
		AnnotationsClient annotations = this.client.annotations();
		Annotation created = annotations.create(2,
				AnnotationCreate.builder().result(List.of(Calls.choice("Positive"))).leadTime(3.0).build());
		assertThat(created.id()).isEqualTo(1);
		assertThat(created.task()).isEqualTo(2);
		assertThat(created.project()).isEqualTo(this.project);
		assertThat(created.completedBy()).isEqualTo(1);
		assertThat(created.leadTime()).isEqualTo(3.0);
		assertThat(created.lastAction()).isEqualTo("submitted");
		assertThat(created.createdAt()).isNotNull();
		assertThat(annotations.list(2)).extracting(Annotation::id).containsExactly(1L);

		Annotation updated = annotations.update(1, AnnotationUpdate.builder()
			.regions(Region.choices("sentiment", "text").choices("Negative").build())
			.groundTruth(true)
			.build());
		assertThat(updated.groundTruth()).isTrue();
		assertThat(updated.result()).extracting(Region::rawJson).containsExactly(Calls.choice("Negative"));
		assertThat(updated.result()).singleElement().satisfies((region) -> {
			assertThat(region.choices()).containsExactly("Negative");
			assertThat(region.fromName()).isEqualTo("sentiment");
		});
		assertThat(annotations.get(1).groundTruth()).isTrue();
		assertThat(this.client.projects().get(this.project).groundTruthNumber()).isEqualTo(1);

		annotations.delete(1);
		assertThat(annotations.list(2)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> annotations.get(1));
		assertThat(this.client.projects().get(this.project).totalAnnotationsNumber()).isZero();
	}

	@Test
	void predictionCreateGetUpdateDeleteThroughThePredictionsClient() {
		PredictionsClient predictions = this.client.predictions();
		Prediction created = predictions.create(PredictionCreate.builder()
			.task(3)
			.result(List.of(Calls.choice("Positive")))
			.score(0.5)
			.modelVersion("v1")
			.build());
		assertThat(created.id()).isEqualTo(1);
		assertThat(created.task()).isEqualTo(3);
		assertThat(created.project()).isEqualTo(this.project);
		Prediction updated = predictions.update(1, PredictionUpdate.builder().score(0.75).modelVersion("v2").build());
		assertThat(updated.score()).isEqualTo(0.75);
		assertThat(updated.modelVersion()).isEqualTo("v2");
		assertThat(predictions.get(1).modelVersion()).isEqualTo("v2");
		assertThat(predictions.list(PredictionListParams.builder().project(this.project).build()))
			.extracting(Prediction::id).containsExactly(1L);
		assertThat(predictions.list(PredictionListParams.builder().task(1).build())).isEmpty();
		assertThat(this.client.projects().get(this.project).totalPredictionsNumber()).isEqualTo(1);

		predictions.delete(1);
		assertThat(this.client.projects().get(this.project).totalPredictionsNumber()).isZero();
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> predictions.create(PredictionCreate.builder().task(77).result(List.of()).build()))
			.satisfies((ex) -> assertThat(ex.getValidationErrors())
				.containsEntry("task", List.of("Invalid pk \"77\" - object does not exist.")));
	}

	@Test
	void annotationOnAMissingTaskIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.annotations()
			.create(999, AnnotationCreate.builder().result(List.of()).build()));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> tasks(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("tasks");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
