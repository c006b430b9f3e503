package dev.labelstudio4j.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.actions.ActionCreate;
import dev.labelstudio4j.client.actions.ActionId;
import dev.labelstudio4j.client.actions.SelectedItems;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.annotations.AnnotationUpdate;
import dev.labelstudio4j.client.predictions.PredictionListParams;
import dev.labelstudio4j.client.predictions.PredictionUpdate;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectUpdate;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskUpdate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project and task counters the emulator keeps as data changes (they are maintained, not
 * recounted): after each kind of change they must equal what the lists show.
 */
class CountersTests {

	static LabelStudioEmulator emulator;

	static LabelStudioClient client;

	@BeforeAll
	static void start() {
		emulator = LabelStudioEmulator.start();
		client = emulator.client();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void countersFollowMovesFlagChangesMaximumAnnotationsAndDeletions() {
		emulator.reset();
		Calls calls = new Calls(client);
		long first = calls.createProject("First", Calls.SENTIMENT_CONFIG);
		long second = calls.createProject("Second", Calls.SENTIMENT_CONFIG);
		calls.importTasks(first, List.of(Map.of("text", "1"), Map.of("text", "2"), Map.of("text", "3")));
		calls.importTasks(second, List.of(Map.of("text", "4")));
		for (long task = 1; task <= 3; task++) {
			client.annotations().create(task, AnnotationCreate.builder().result(List.of(Calls.choice("Positive"))).build());
			calls.createPrediction(task, "v1", 0.5);
		}
		client.annotations().create(1, AnnotationCreate.builder().result(List.of()).groundTruth(true).build());
		assertCounters(first, 3, 4, 0, 1, 3, 3, 3);

		client.tasks().update(3, TaskUpdate.builder().project(second).build());
		assertCounters(first, 2, 3, 0, 1, 2, 2, 2);
		assertCounters(second, 2, 1, 0, 0, 1, 1, 1);
		assertThat(client.predictions().list(PredictionListParams.builder().task(3).build()))
			.singleElement().satisfies((p) -> assertThat(p.project()).isEqualTo(second));

		client.annotations().update(2, AnnotationUpdate.builder().wasCancelled(true).build());
		assertCounters(first, 2, 2, 1, 1, 1, 1, 2);

		client.projects().update(first, ProjectUpdate.builder().maximumAnnotations(2).build());
		assertCounters(first, 2, 2, 1, 1, 1, 1, 2);
		assertThat(client.projects().get(first).finishedTaskNumber()).isEqualTo(1);
		assertThat(client.tasks().get(1).isLabeled()).isTrue();
		client.projects().update(first, ProjectUpdate.builder().maximumAnnotations(3).build());
		assertThat(client.projects().get(first).finishedTaskNumber()).isZero();
		assertThat(client.tasks().get(1).isLabeled()).isFalse();

		client.predictions().update(1, PredictionUpdate.builder().task(4).build());
		assertCounters(first, 2, 2, 1, 1, 1, 0, 1);
		assertCounters(second, 2, 1, 0, 0, 1, 1, 2);

		client.annotations().delete(4);
		client.actions().create(ActionId.DELETE_TASKS_ANNOTATIONS, second,
				ActionCreate.builder().selectedItems(SelectedItems.tasks(3)).build());
		assertCounters(first, 2, 1, 1, 0, 1, 0, 1);
		assertCounters(second, 2, 0, 0, 0, 0, 0, 2);

		client.tasks().delete(4);
		assertCounters(second, 1, 0, 0, 0, 0, 0, 1);
		client.projects().delete(second);
		assertThat(client.predictions().list()).extracting((p) -> p.id()).containsExactly(2L);
	}

	/**
	 * The project's counters, and the same numbers summed over its task list.
	 */
	private static void assertCounters(long projectId, int tasks, int submitted, int cancelled, int groundTruth,
			int withAnnotations, int finished, int predictions) {
		Project project = client.projects().get(projectId);
		assertThat(project.taskNumber()).as("task_number").isEqualTo(tasks);
		assertThat(project.totalAnnotationsNumber()).as("total_annotations_number").isEqualTo(submitted);
		assertThat(project.skippedAnnotationsNumber()).as("skipped_annotations_number").isEqualTo(cancelled);
		assertThat(project.groundTruthNumber()).as("ground_truth_number").isEqualTo(groundTruth);
		assertThat(project.numTasksWithAnnotations()).as("num_tasks_with_annotations").isEqualTo(withAnnotations);
		assertThat(project.finishedTaskNumber()).as("finished_task_number").isEqualTo(finished);
		assertThat(project.totalPredictionsNumber()).as("total_predictions_number").isEqualTo(predictions);
		List<Task> listed = client.tasks().list(projectId).stream().toList();
		assertThat(listed).hasSize(tasks);
		assertThat(listed.stream().mapToInt(Task::totalAnnotations).sum()).isEqualTo(submitted);
		assertThat(listed.stream().mapToInt(Task::cancelledAnnotations).sum()).isEqualTo(cancelled);
		assertThat(listed.stream().mapToInt(Task::totalPredictions).sum()).isEqualTo(predictions);
		assertThat(listed.stream().filter((t) -> Boolean.TRUE.equals(t.isLabeled())).count()).isEqualTo(finished);
		Map<String, Object> page = new Calls(client).listTasks(projectId, 1, 100, "task_only");
		assertThat(page).containsEntry("total", tasks).containsEntry("total_annotations", submitted)
			.containsEntry("total_predictions", predictions);
	}

}
