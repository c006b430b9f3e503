package dev.labelstudio4j.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;
import dev.labelstudio4j.client.actions.Filters;
import dev.labelstudio4j.client.exports.ExportCreate;
import dev.labelstudio4j.client.exports.ExportedTask;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskFields;
import dev.labelstudio4j.client.views.ViewCreate;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The readers, writers and partitioner driven directly, with what they send on the wire. */
class ItemStreamTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static LabelStudioEmulator emulator;

	private static LabelStudioClient client;

	@BeforeAll
	static void start() {
		emulator = LabelStudioEmulator.start();
		client = emulator.client();
	}

	@AfterAll
	static void stop() {
		emulator.stop();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
	}

	private static List<LoggedRequest> requests(String method, String path) {
		List<LoggedRequest> requests = new ArrayList<>();
		for (ServeEvent event : emulator.wireMock().getAllServeEvents()) {
			LoggedRequest request = event.getRequest();
			if (request.getMethod().getName().equals(method) && request.getUrl().split("\\?")[0].equals(path)) {
				requests.add(0, request);
			}
		}
		return requests;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> query(LoggedRequest request) {
		return JSON.readValue(request.queryParameter("query").firstValue(), Map.class);
	}

	/** The value as read back from its JSON (numbers as the reader types them), to compare with what was sent. */
	private static Object json(Object value) {
		return JSON.readValue(JSON.writeValueAsString(value), Object.class);
	}

	private static Map<String, Object> idFilter(String operator, long value) {
		return Map.of("filter", "filter:tasks:id", "operator", operator, "type", "Number", "value", value);
	}

	private static List<Long> readAll(LabelStudioTaskItemReader reader) {
		List<Long> ids = new ArrayList<>();
		for (Task task = reader.read(); task != null; task = reader.read()) {
			ids.add(task.id());
		}
		return ids;
	}

	@Test
	void taskReaderAsksForThePageAfterTheLastIdWithItsFiltersWithinItsRange() {
		long project = Projects.create(client, "wire");
		List<Long> ids = Projects.importTasks(client, project, 30);
		emulator.wireMock().resetRequests();
		LabelStudioTaskItemReader reader = new LabelStudioTaskItemReaderBuilder().name("tasks")
			.client(client)
			.projectId(project)
			.filters(Filters.and(Filter.number("filter:tasks:total_annotations", FilterOperator.EQUAL, 0)))
			.fields(TaskFields.TASK_ONLY)
			.taskIdRange(ids.get(10), ids.get(19))
			.pageSize(4)
			.build();
		reader.open(new ExecutionContext());

		assertThat(readAll(reader)).isEqualTo(ids.subList(10, 20));

		List<LoggedRequest> lists = requests("GET", "/api/tasks/");
		assertThat(lists).hasSize(3);
		long[] after = { ids.get(10) - 1, ids.get(13), ids.get(17) };
		for (int i = 0; i < 3; i++) {
			LoggedRequest request = lists.get(i);
			assertThat(request.queryParameter("project").firstValue()).isEqualTo(String.valueOf(project));
			assertThat(request.queryParameter("page").firstValue()).isEqualTo("1");
			assertThat(request.queryParameter("page_size").firstValue()).isEqualTo("4");
			assertThat(request.queryParameter("fields").firstValue()).isEqualTo("task_only");
			assertThat(query(request)).isEqualTo(json(Map.of("filters", Map.of("conjunction", "and", "items",
					List.of(Map.of("filter", "filter:tasks:total_annotations", "operator", "equal", "type", "Number",
							"value", 0), idFilter("greater", after[i]), idFilter("less_or_equal", ids.get(19)))),
					"ordering", List.of("tasks:id"))));
		}
	}

	@Test
	void restartedTaskReaderContinuesAfterTheSavedIdWhateverWasAddedOrDeleted() {
		long project = Projects.create(client, "restart");
		List<Long> ids = Projects.importTasks(client, project, 500);
		ExecutionContext context = new ExecutionContext();
		LabelStudioTaskItemReader first = new LabelStudioTaskItemReaderBuilder().name("tasks")
			.client(client)
			.projectId(project)
			.pageSize(60)
			.build();
		first.open(context);
		List<Long> committed = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			committed.add(first.read().id());
		}
		first.update(context);
		first.read(); // read after the last commit: not saved, so read again after the restart
		first.close();
		assertThat(context.getLong("tasks.lastTaskId")).isEqualTo(ids.get(149));

		// between the executions: tasks read and unread deleted, tasks added
		List<Long> deleted = new ArrayList<>();
		for (int i = 20; i < 400; i += 10) {
			client.tasks().delete(ids.get(i));
			deleted.add(ids.get(i));
		}
		client.projects().importTasks(project, List.of(Map.of("data", Map.of("text", "late", "n", -1))));
		List<Long> afterAdding = Projects.taskIds(client, project);
		long added = afterAdding.get(afterAdding.size() - 1);

		LabelStudioTaskItemReader second = new LabelStudioTaskItemReaderBuilder().name("tasks")
			.client(client)
			.projectId(project)
			.pageSize(60)
			.build();
		second.open(context);
		List<Long> rest = readAll(second);

		List<Long> expected = new ArrayList<>(ids.subList(150, 500));
		expected.removeAll(deleted);
		expected.add(added);
		assertThat(rest).isEqualTo(expected);
		assertThat(new HashSet<>(rest)).doesNotContainAnyElementsOf(committed);
	}

	@Test
	void taskReaderAppliesTheFiltersOfAView() {
		long project = Projects.create(client, "view");
		List<Long> ids = Projects.importTasks(client, project, 20);
		long view = client.views()
			.create(ViewCreate.builder()
				.project(project)
				.title("even")
				.filters(Filters.and(Filter.between("filter:tasks:data.n", 5, 9)))
				.build())
			.id();
		LabelStudioTaskItemReader reader = new LabelStudioTaskItemReaderBuilder().name("tasks")
			.client(client)
			.projectId(project)
			.viewId(view)
			.pageSize(2)
			.build();
		reader.open(new ExecutionContext());

		assertThat(readAll(reader)).isEqualTo(ids.subList(5, 10));

		long orView = client.views()
			.create(ViewCreate.builder()
				.project(project)
				.title("either")
				.filters(Filters.or(Filter.number("filter:tasks:data.n", FilterOperator.EQUAL, 1),
						Filter.number("filter:tasks:data.n", FilterOperator.EQUAL, 2)))
				.build())
			.id();
		LabelStudioTaskItemReader either = new LabelStudioTaskItemReaderBuilder().name("tasks")
			.client(client)
			.projectId(project)
			.viewId(orView)
			.build();
		assertThatExceptionOfType(ItemStreamException.class).isThrownBy(() -> either.open(new ExecutionContext()))
			.withMessage("The filters of view " + orView
					+ " are joined by 'or' and cannot be combined with the reader's id conditions");
	}

	@Test
	void taskWriterImportsOnlyTheKeysNotYetInTheProjectInOneRequest() throws Exception {
		long project = Projects.create(client, "writer");
		client.projects()
			.importTasks(project, List.of(Map.of("data", Map.of("rowId", "b", "text", "old b")),
					Map.of("data", Map.of("rowId", 4, "text", "old 4")), Map.of("data", Map.of("rowId", "x", "text", "old x"))));
		emulator.wireMock().resetRequests();
		LabelStudioTaskItemWriter writer = new LabelStudioTaskItemWriterBuilder().client(client)
			.projectId(project)
			.idempotencyKey("rowId")
			.keysPerQuery(2)
			.build();

		writer.write(Chunk.of(Map.of("data", Map.of("rowId", "a", "text", "new a")),
				Map.of("data", Map.of("rowId", "b", "text", "new b")), Map.of("rowId", 3, "text", "flat 3"),
				Map.of("data", Map.of("rowId", 4.0, "text", "new 4")), Map.of("data", Map.of("rowId", "e", "text", "new e"))));

		List<LoggedRequest> checks = requests("GET", "/api/tasks/");
		assertThat(checks).hasSize(3);
		assertThat(query(checks.get(0))).isEqualTo(Map.of("filters", Map.of("conjunction", "or", "items",
				List.of(Map.of("filter", "filter:tasks:data.rowId", "operator", "equal", "type", "String", "value", "a"),
						Map.of("filter", "filter:tasks:data.rowId", "operator", "equal", "type", "String", "value",
								"b"))),
				"ordering", List.of("tasks:id")));
		assertThat(query(checks.get(1))).isEqualTo(Map.of("filters", Map.of("conjunction", "or", "items",
				List.of(Map.of("filter", "filter:tasks:data.rowId", "operator", "equal", "type", "Number", "value", 3),
						Map.of("filter", "filter:tasks:data.rowId", "operator", "equal", "type", "Number", "value",
								4.0))),
				"ordering", List.of("tasks:id")));
		List<LoggedRequest> imports = requests("POST", "/api/projects/" + project + "/import");
		assertThat(imports).hasSize(1);
		assertThat(JSON.readValue(imports.get(0).getBodyAsString(), List.class)).isEqualTo(List.of(
				Map.of("data", Map.of("rowId", "a", "text", "new a")), Map.of("rowId", 3, "text", "flat 3"),
				Map.of("data", Map.of("rowId", "e", "text", "new e"))));
		assertThat(Projects.countByDataField(client, project, "rowId")).containsOnly(Map.entry("a", 1),
				Map.entry("b", 1), Map.entry("3", 1), Map.entry("4", 1), Map.entry("e", 1), Map.entry("x", 1));
	}

	@Test
	void taskWriterRejectsAChunkWithAMissingOrSharedKeyBeforeSendingAnything() {
		long project = Projects.create(client, "bad keys");
		emulator.wireMock().resetRequests();
		LabelStudioTaskItemWriter writer = new LabelStudioTaskItemWriterBuilder().client(client)
			.projectId(project)
			.idempotencyKey("rowId")
			.build();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> writer.write(Chunk.of(Map.of("data", Map.of("rowId", "a")), Map.of("data", Map.of("text", "t")))))
			.withMessage("item 1 of the chunk has no idempotency key data.rowId (a string or a number); nothing of the"
					+ " chunk was imported");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> writer.write(Chunk.of(Map.of("data", Map.of("rowId", 5)), Map.of("data", Map.of("rowId", "5")))))
			.withMessage("items of the chunk share the idempotency key data.rowId = 5; nothing of the chunk was imported");
		assertThat(emulator.wireMock().getAllServeEvents()).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void predictionWriterSkipsTasksThatHaveAPredictionOfTheModelVersion() throws Exception {
		long project = Projects.create(client, "predictions");
		List<Long> ids = Projects.importTasks(client, project, 6);
		client.projects()
			.importPredictions(project, List.of(prediction(ids.get(1), "v1"), prediction(ids.get(3), "v0")));
		emulator.wireMock().resetRequests();
		LabelStudioPredictionItemWriter writer = new LabelStudioPredictionItemWriterBuilder().client(client)
			.projectId(project)
			.idempotentByModelVersion(true)
			.build();

		writer.write(Chunk.of(prediction(ids.get(0), "v1"), prediction(ids.get(1), "v1"), prediction(ids.get(3), "v1"),
				prediction(ids.get(4), "v1")));

		List<LoggedRequest> checks = requests("GET", "/api/tasks/");
		assertThat(checks).hasSize(1);
		assertThat(query(checks.get(0))).isEqualTo(json(Map.of("filters", Map.of("conjunction", "and", "items",
				List.of(Map.of("filter", "filter:tasks:id", "operator", "in", "type", "Number", "value",
						Map.of("min", ids.get(0), "max", ids.get(4))),
						Map.of("filter", "filter:tasks:predictions_model_versions", "operator", "contains", "type",
								"List", "value", "v1"))),
				"ordering", List.of("tasks:id"))));
		List<LoggedRequest> imports = requests("POST", "/api/projects/" + project + "/import/predictions");
		assertThat(imports).hasSize(1);
		List<Map<String, Object>> sent = JSON.readValue(imports.get(0).getBodyAsString(), List.class);
		assertThat(sent).extracting((p) -> ((Number) p.get("task")).longValue())
			.containsExactly(ids.get(0), ids.get(3), ids.get(4));
		List<Task> tasks = Projects.tasks(client, project);
		assertThat(tasks).extracting((task) -> task.predictions().size()).containsExactly(1, 1, 0, 2, 1, 0);
	}

	@Test
	void predictionWriterRejectsAPredictionWithoutModelVersionBeforeSendingAnything() {
		long project = Projects.create(client, "no version");
		emulator.wireMock().resetRequests();
		LabelStudioPredictionItemWriter writer = new LabelStudioPredictionItemWriterBuilder().client(client)
			.projectId(project)
			.idempotentByModelVersion(true)
			.build();
		PredictionCreate unversioned = PredictionCreate.builder().task(1).result(List.of(Projects.choice("Positive"))).build();

		assertThatIllegalArgumentException().isThrownBy(() -> writer.write(Chunk.of(unversioned)))
			.withMessage("item 0 of the chunk has no modelVersion, which the idempotence check needs; nothing of the"
					+ " chunk was imported");
		assertThat(emulator.wireMock().getAllServeEvents()).isEmpty();
	}

	private static PredictionCreate prediction(long task, String version) {
		return PredictionCreate.builder().task(task).modelVersion(version).result(List.of(Projects.choice("Positive"))).build();
	}

	@Test
	void partitionerCutsTheIdsIntoRangesOfEqualWidthTheLastOpenEnded() {
		long project = Projects.create(client, "partitions");
		List<Long> ids = Projects.importTasks(client, project, 10);
		Partitioner partitioner = new LabelStudioTaskRangePartitioner(client, project);

		Map<String, ExecutionContext> partitions = partitioner.partition(4);

		long first = ids.get(0);
		assertThat(partitions).containsOnlyKeys("partition0", "partition1", "partition2", "partition3");
		assertThat(partitions.values()).extracting((c) -> c.getLong("minTaskId"))
			.containsExactly(first, first + 3, first + 6, first + 9);
		assertThat(partitions.values()).extracting((c) -> c.getLong("maxTaskId"))
			.containsExactly(first + 2, first + 5, first + 8, Long.MAX_VALUE);
		assertThat(partitioner.partition(20)).hasSize(10);
		assertThat(new LabelStudioTaskRangePartitioner(client, Projects.create(client, "empty")).partition(4)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> partitioner.partition(0))
			.withMessage("gridSize must be positive but was 0");
	}

	@Test
	void buildersNameTheMissingSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LabelStudioTaskItemReaderBuilder().projectId(1).build())
			.withMessage("client must be set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LabelStudioTaskItemReaderBuilder().client(client).projectId(1).build())
			.withMessage("name must be set when saveState is true");
		assertThatIllegalArgumentException().isThrownBy(() -> new LabelStudioTaskItemReaderBuilder().taskIdRange(5, 4))
			.withMessage("maxTaskId must be at least minTaskId (5) but was 4");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LabelStudioTaskItemReaderBuilder().filters(Filters.or(
					Filter.number("filter:tasks:id", FilterOperator.EQUAL, 1),
					Filter.number("filter:tasks:id", FilterOperator.EQUAL, 2))))
			.withMessageStartingWith("filters joined by 'or' cannot be combined");
		assertThatIllegalArgumentException().isThrownBy(() -> new LabelStudioTaskItemWriterBuilder().idempotencyKey("a.b"))
			.withMessage("idempotencyKey must be a top-level data field (not blank, no dots) but was a.b");
		assertThatIllegalArgumentException().isThrownBy(() -> new LabelStudioTaskItemWriterBuilder().client(client).build())
			.withMessage("projectId must be set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LabelStudioExportedTaskItemReaderBuilder().client(client).projectId(1).name("a").build())
			.withMessage("exactly one of exportId and createSnapshot must be set");
		assertThatIllegalArgumentException().isThrownBy(() -> new LabelStudioPredictionItemWriterBuilder().projectId(0))
			.withMessage("projectId must be positive but was 0");
	}


	@Test
	void snapshotReaderRestartsOnTheSameSnapshotAfterTheLastCountedTaskWithinItsRange() throws Exception {
		long project = Projects.create(client, "snapshot");
		List<Long> ids = Projects.importTasks(client, project, 40);
		long exportId = client.projects().exports().create(project).id();
		client.projects().importTasks(project, List.of(Map.of("data", Map.of("text", "after the snapshot"))));
		ExecutionContext context = new ExecutionContext();
		LabelStudioExportedTaskItemReader first = new LabelStudioExportedTaskItemReaderBuilder().name("snapshot")
			.client(client)
			.projectId(project)
			.exportId(exportId)
			.taskIdRange(ids.get(5), ids.get(24))
			.build();
		first.open(context);
		List<Long> read = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			read.add(first.read().id());
		}
		first.update(context);
		first.close();
		assertThat(context.getLong("snapshot.exportId")).isEqualTo(exportId);
		assertThat(context.getInt("snapshot.read.count")).isEqualTo(8);

		LabelStudioExportedTaskItemReader second = new LabelStudioExportedTaskItemReaderBuilder().name("snapshot")
			.client(client)
			.projectId(project)
			.createSnapshot(ExportCreate.defaults())
			.taskIdRange(ids.get(5), ids.get(24))
			.build();
		second.open(context);
		for (ExportedTask task = second.read(); task != null; task = second.read()) {
			read.add(task.id());
		}
		second.close();

		assertThat(read).isEqualTo(ids.subList(5, 25));
		assertThat(client.projects().exports().list(project)).hasSize(1);
	}

}
