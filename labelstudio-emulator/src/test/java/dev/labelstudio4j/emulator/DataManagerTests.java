package dev.labelstudio4j.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.actions.Action;
import dev.labelstudio4j.client.actions.ActionCreate;
import dev.labelstudio4j.client.actions.ActionId;
import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;
import dev.labelstudio4j.client.actions.Filters;
import dev.labelstudio4j.client.actions.SelectedItems;
import dev.labelstudio4j.client.views.View;
import dev.labelstudio4j.client.views.ViewCreate;
import dev.labelstudio4j.client.views.ViewUpdate;
import dev.labelstudio4j.client.views.ViewsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Data manager views and actions, asserted through the real client.
 */
class DataManagerTests {

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
		ViewsClient views = this.client.views();
		View view = views.create(ViewCreate.builder().project(this.project).title("Mine").build());
		assertThat(view.id()).isEqualTo(1);
		assertThat(view.project()).isEqualTo(this.project);
		assertThat(view.data()).containsEntry("title", "Mine");
		views.create(ViewCreate.builder().project(other).build());
		assertThat(views.list(this.project)).extracting(View::id).containsExactly(1L);
		View patched = views.update(1, ViewUpdate.builder().title("Renamed").build());
		assertThat(patched.data()).containsEntry("title", "Renamed");
		assertThat(views.get(1).data()).containsEntry("title", "Renamed");

		views.deleteAll(this.project);
		assertThat(views.list()).extracting(View::id).containsExactly(2L);
		views.delete(2);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> views.get(2));
	}

	@Test
	void actionsAreListed() {
		assertThat(this.client.actions().list()).extracting(Action::id)
			.contains("delete_tasks", "delete_tasks_annotations", "delete_tasks_predictions");
	}

	@Test
	void deleteTasksAnnotationsOfTheIncludedTasks() {
		Map<String, Object> answer = this.client.actions().create(ActionId.DELETE_TASKS_ANNOTATIONS, this.project,
				ActionCreate.builder().selectedItems(SelectedItems.tasks(1, 2)).build());
		assertThat(answer).containsEntry("processed_items", 2);
		assertThat(this.calls.listTasks(this.project, 1, 10, "all")).containsEntry("total", 4)
			.containsEntry("total_annotations", 2).containsEntry("total_predictions", 4);
	}

	@Test
	void deleteTasksPredictionsOfAllButTheExcluded() {
		Map<String, Object> answer = this.client.actions().create(ActionId.DELETE_TASKS_PREDICTIONS, this.project,
				ActionCreate.builder().selectedItems(SelectedItems.allTasksExcept(4)).build());
		assertThat(answer).containsEntry("processed_items", 3);
		assertThat(this.calls.listTasks(this.project, 1, 10, "all")).containsEntry("total_predictions", 1);
	}

	@Test
	void deleteTasksRemovesTasksWithTheirAnnotations() {
		Map<String, Object> answer = this.client.actions().create(ActionId.DELETE_TASKS, this.project,
				ActionCreate.builder().selectedItems(SelectedItems.tasks(2, 3)).build());
		assertThat(answer).containsEntry("processed_items", 2);
		Map<String, Object> tasks = this.calls.listTasks(this.project, 1, 10, "all");
		assertThat(TasksAnnotationsPredictionsTests.tasks(tasks)).extracting((t) -> t.get("id")).containsExactly(1, 4);
		assertThat(tasks).containsEntry("total_annotations", 2);
	}

	@Test
	void withoutSelectedItemsAnActionAppliesToAllTasks() {
		assertThat(this.client.actions().create(ActionId.DELETE_TASKS, this.project)).containsEntry("processed_items", 4);
		assertThat(this.client.projects().get(this.project).taskNumber()).isZero();
	}

	@Test
	void unknownActionsAndFilterOperatorsAreBadRequestsAndChangeNothing() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.actions().create(ActionId.of("explode"), this.project));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.actions().create(ActionId.DELETE_TASKS, this.project, ActionCreate.builder()
				.filters(Filters.and(Filter.string("filter:tasks:data.text", FilterOperator.STARTS_WITH, "a")))
				.build()))
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo(
					"Data Manager filter operator \"starts_with\" is not emulated by the Label Studio emulator"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.actions().create(ActionId.DELETE_TASKS, this.project, ActionCreate.builder()
				.filters(Filters.and(Filter.number("filter:tasks:agreement", FilterOperator.EQUAL, 1)))
				.build()))
			.satisfies((ex) -> assertThat(ex.getDetail()).contains("\"filter:tasks:agreement\" is not emulated"));
		assertThat(this.client.projects().get(this.project).taskNumber()).isEqualTo(4);
	}

	@Test
	void actionsApplyToTheFilteredTasksMinusTheExcludedOnes() {
		this.calls.createAnnotation(2, Map.of("result", List.of(Calls.choice("Negative"))));
		Map<String, Object> answer = this.client.actions().create(ActionId.DELETE_TASKS, this.project,
				ActionCreate.builder()
					.filters(Filters.or(Filter.number("filter:tasks:total_annotations", FilterOperator.GREATER, 1),
							Filter.string("filter:tasks:data.text", FilterOperator.EQUAL, "c"),
							Filter.string("filter:tasks:data.text", FilterOperator.EQUAL, "d")))
					.selectedItems(SelectedItems.allTasksExcept(4))
					.build());
		assertThat(answer).containsEntry("processed_items", 2);
		assertThat(TasksAnnotationsPredictionsTests.tasks(this.calls.listTasks(this.project, 1, 10, "task_only")))
			.extracting((t) -> t.get("id")).containsExactly(1, 4);
		assertThat(this.client.projects().get(this.project).totalAnnotationsNumber()).isEqualTo(2);
	}

	@Test
	void actionsWithAViewUseItsFilters() {
		View view = this.client.views().create(ViewCreate.builder().project(this.project)
			.filters(Filters.and(Filter.number("filter:tasks:id", FilterOperator.LESS_OR_EQUAL, 2)))
			.build());
		Map<String, Object> answer = this.client.actions().create(ActionId.DELETE_TASKS_PREDICTIONS, this.project,
				ActionCreate.builder().view(view.id()).build());
		assertThat(answer).containsEntry("processed_items", 2).containsEntry("detail", "Deleted 2 predictions");
		assertThat(this.client.projects().get(this.project).totalPredictionsNumber()).isEqualTo(2);
	}

}
