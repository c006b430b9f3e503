package dev.labelstudio4j.emulator;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;
import dev.labelstudio4j.client.actions.Filters;
import dev.labelstudio4j.client.actions.SelectedItems;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.client.views.View;
import dev.labelstudio4j.client.views.ViewCreate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Data Manager filters, ordering and {@code selectedItems} in task lists ({@code query=} and {@code view=}),
 * sent as the client's {@link Filters} and {@link SelectedItems} serialize them. The data (built once):
 * <pre>
 * task  data.text    data.n  annotations                 predictions   created
 * 1     "Apple pie"  1       1 submitted + 1 cancelled   -             T0
 * 2     "banana"     2       1 submitted                 -             T0
 * 3     "Cherry"     3       -                           1 (0.9)       T0
 * 4     ""           4       -                           -             T1
 * 5     "date"       5       -                           -             T1
 * </pre>
 */
class DataManagerFilterTests {

	static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

	static final Instant T1 = Instant.parse("2026-01-02T10:00:00Z");

	static final SettableClock clock = new SettableClock();

	static final JsonMapper json = JsonMapper.builder().build();

	static LabelStudioEmulator emulator;

	static LabelStudioClient client;

	static long project;

	static long otherProject;

	@BeforeAll
	static void start() {
		emulator = LabelStudioEmulator.builder().clock(clock).start();
		client = emulator.client();
		Calls calls = new Calls(client);
		clock.now = T0;
		project = calls.createProject("Filters", Calls.SENTIMENT_CONFIG);
		otherProject = calls.createProject("Other", Calls.SENTIMENT_CONFIG);
		calls.importTasks(project, List.of(Map.of("text", "Apple pie", "n", 1), Map.of("text", "banana", "n", 2),
				Map.of("text", "Cherry", "n", 3)));
		calls.createAnnotation(1, Map.of("result", List.of(Calls.choice("Positive"))));
		calls.createAnnotation(1, Map.of("result", List.of(), "was_cancelled", true));
		calls.createAnnotation(2, Map.of("result", List.of(Calls.choice("Negative"))));
		calls.createPrediction(3, "v1", 0.9);
		clock.now = T1;
		calls.importTasks(project, List.of(Map.of("text", "", "n", 4), Map.of("text", "date", "n", 5)));
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void numberOperatorsOnTaskFields() {
		assertThat(ids(Filters.and(Filter.number("filter:tasks:id", FilterOperator.GREATER, 2)))).containsExactly(3L, 4L, 5L);
		assertThat(ids(Filters.and(Filter.number("filter:tasks:id", FilterOperator.LESS, 2)))).containsExactly(1L);
		assertThat(ids(Filters.and(Filter.number("filter:tasks:inner_id", FilterOperator.NOT_EQUAL, 2))))
			.containsExactly(1L, 3L, 4L, 5L);
		assertThat(ids(Filters.and(Filter.between("filter:tasks:id", 2, 4)))).containsExactly(2L, 3L, 4L);
		assertThat(ids(Filters.and(new Filter("filter:tasks:id", FilterOperator.NOT_IN, "Number",
				Map.of("min", 2, "max", 4))))).containsExactly(1L, 5L);
		assertThat(ids(Filters.and(Filter.number("filter:tasks:total_annotations", FilterOperator.GREATER_OR_EQUAL, 1))))
			.containsExactly(1L, 2L);
		assertThat(ids(Filters.and(Filter.number("filter:tasks:cancelled_annotations", FilterOperator.EQUAL, 1))))
			.containsExactly(1L);
		assertThat(ids(Filters.and(Filter.number("filter:tasks:total_predictions", FilterOperator.LESS_OR_EQUAL, 0))))
			.containsExactly(1L, 2L, 4L, 5L);
	}

	@Test
	void stringOperatorsOnData() {
		assertThat(ids(Filters.and(Filter.string("filter:tasks:data.text", FilterOperator.EQUAL, "banana"))))
			.containsExactly(2L);
		assertThat(ids(Filters.and(Filter.string("filter:tasks:data.text", FilterOperator.EQUAL, "Banana")))).isEmpty();
		assertThat(ids(Filters.and(Filter.string("filter:tasks:data.text", FilterOperator.CONTAINS, "AN"))))
			.containsExactly(2L);
		assertThat(ids(Filters.and(Filter.string("filter:tasks:data.text", FilterOperator.NOT_CONTAINS, "a"))))
			.containsExactly(3L, 4L);
		assertThat(ids(raw("filter:tasks:data.text", "regex", "String", "^[A-Z]")))
			.containsExactly(1L, 3L);
		assertThat(ids(raw("filter:tasks:data.text", "empty", "String", true)))
			.containsExactly(4L);
		assertThat(ids(raw("filter:tasks:data.text", "empty", "String", false)))
			.containsExactly(1L, 2L, 3L, 5L);
		assertThat(ids(Filters.and(Filter.number("filter:tasks:data.n", FilterOperator.GREATER, 3)))).containsExactly(4L, 5L);
	}

	@Test
	void booleanAndDatetimeFields() {
		assertThat(ids(Filters.and(Filter.bool("filter:tasks:is_labeled", true)))).containsExactly(1L, 2L);
		assertThat(ids(Filters.and(Filter.bool("filter:tasks:ground_truth", false)))).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(ids(raw("filter:tasks:completed_at", "empty", "Datetime", true)))
			.containsExactly(3L, 4L, 5L);
		assertThat(ids(Filters.and(Filter.datetime("filter:tasks:created_at", FilterOperator.GREATER,
				OffsetDateTime.ofInstant(T0, ZoneOffset.UTC))))).containsExactly(4L, 5L);
		assertThat(ids(Filters.and(Filter.datetime("filter:tasks:created_at", FilterOperator.LESS_OR_EQUAL,
				OffsetDateTime.ofInstant(T0, ZoneOffset.UTC))))).containsExactly(1L, 2L, 3L);
	}

	@Test
	void conjunctionsOrderingAndSelectedItems() {
		Filters either = Filters.or(Filter.number("filter:tasks:id", FilterOperator.EQUAL, 1),
				Filter.string("filter:tasks:data.text", FilterOperator.EQUAL, "date"));
		assertThat(ids(either)).containsExactly(1L, 5L);
		Filters both = Filters.and(Filter.number("filter:tasks:id", FilterOperator.GREATER, 1),
				Filter.string("filter:tasks:data.text", FilterOperator.CONTAINS, "e"));
		assertThat(ids(both)).containsExactly(3L, 5L);
		assertThat(ids(query(either, List.of("-tasks:id"), null))).containsExactly(5L, 1L);
		assertThat(ids(query(null, List.of("-tasks:total_annotations", "tasks:id"), null)))
			.containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(ids(query(null, List.of("tasks:data.text"), null))).containsExactly(4L, 1L, 3L, 2L, 5L);
		assertThat(ids(query(either, null, SelectedItems.tasks(5, 2)))).containsExactly(5L);
		assertThat(ids(query(null, null, SelectedItems.allTasksExcept(2, 3)))).containsExactly(1L, 4L, 5L);
	}

	@Test
	void filteredListsCountAndPageTheFilteredTasks() {
		String query = query(Filters.and(Filter.number("filter:tasks:id", FilterOperator.LESS_OR_EQUAL, 3)), null, null);
		Map<String, Object> page = new Calls(client).listTasks(project, query, 2, 2);
		assertThat(page).containsEntry("total", 3).containsEntry("total_annotations", 2)
			.containsEntry("total_predictions", 1);
		assertThat(TasksAnnotationsPredictionsTests.tasks(page)).extracting((t) -> t.get("id")).containsExactly(3);
		assertThat(client.tasks().list(TaskListParams.builder().project(project).query(query).pageSize(2).build())
			.stream()
			.map(Task::id)).containsExactly(1L, 2L, 3L);
	}

	@Test
	void itemsWithoutValueOrOfAnotherTableAreSkippedAsOnTheServer() {
		assertThat(ids(Filters.and(new Filter("filter:tasks:id", FilterOperator.EQUAL, "Number", null))))
			.containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(ids(Filters.and(new Filter("filter:annotations:id", FilterOperator.EQUAL, "Number", 1))))
			.containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	void viewsFilterTheTaskListWithTheirSavedFiltersAndOrdering() {
		View view = client.views().create(ViewCreate.builder().project(project)
			.filters(Filters.and(Filter.number("filter:tasks:total_annotations", FilterOperator.EQUAL, 0)))
			.ordering("-tasks:data.n")
			.build());
		assertThat(client.tasks().list(TaskListParams.builder().project(project).view(view.id()).build()).stream()
			.map(Task::id)).containsExactly(5L, 4L, 3L);
		View other = client.views().create(ViewCreate.builder().project(otherProject).build());
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> client.tasks().list(TaskListParams.builder().project(project).view(other.id()).build()))
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo("Project and View mismatch"));
	}

	@Test
	void badFiltersAreBadRequests() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> ids("{\"filters\": {\"conjunction\": \"xor\", \"items\": []}}"))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsEntry("filters",
					List.of("\"xor\" is not a valid conjunction: and, or.")));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> ids(raw("filter:tasks:data.text", "regex", "String", "(")))
			.satisfies((ex) -> assertThat(ex.getValidationErrors().get("filters")).singleElement()
				.asString().startsWith("Invalid regular expression for filter:tasks:data.text"));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> ids(raw("filter:tasks:id", "greater", "Number", "x")))
			.satisfies((ex) -> assertThat(ex.getValidationErrors()).containsEntry("filters",
					List.of("The value of filter:tasks:id is not a valid Number: x")));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> ids(query(null, List.of("tasks:agreement"), null)))
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo(
					"Data Manager ordering \"tasks:agreement\" is not emulated by the Label Studio emulator"));
	}

	/** A query with one filter item written as JSON (for operators the client's enum does not have). */
	static String raw(String filter, String operator, String type, Object value) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("filter", filter);
		item.put("operator", operator);
		item.put("type", type);
		item.put("value", value);
		return json.writeValueAsString(Map.of("filters", Map.of("conjunction", "and", "items", List.of(item))));
	}

	static List<Long> ids(Filters filters) {
		return ids(query(filters, null, null));
	}

	static List<Long> ids(@Nullable String query) {
		return client.tasks().list(TaskListParams.builder().project(project).query(query).build()).stream()
			.map(Task::id)
			.toList();
	}

	static String query(@Nullable Filters filters, @Nullable List<String> ordering, @Nullable SelectedItems selected) {
		Map<String, Object> query = new LinkedHashMap<>();
		if (filters != null) {
			query.put("filters", filters);
		}
		if (ordering != null) {
			query.put("ordering", ordering);
		}
		if (selected != null) {
			query.put("selectedItems", selected);
		}
		return json.writeValueAsString(query);
	}

	/** A clock the tests set. */
	static final class SettableClock extends Clock {

		volatile Instant now = Instant.EPOCH;

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
