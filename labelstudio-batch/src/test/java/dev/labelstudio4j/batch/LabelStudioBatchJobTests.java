package dev.labelstudio4j.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.exports.ExportCreate;
import dev.labelstudio4j.client.exports.ExportedAnnotation;
import dev.labelstudio4j.client.exports.ExportedTask;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.tasks.Task;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jobs with Spring Batch's JDBC job repository (H2) against the emulator: each fails in the middle once,
 * after its writer's request reached Label Studio, and is restarted.
 */
class LabelStudioBatchJobTests {

	private static AnnotationConfigApplicationContext context;

	private static LabelStudioClient client;

	private static JobRepository jobRepository;

	private static JobOperator jobOperator;

	private static PlatformTransactionManager transactionManager;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void startContext() {
		context = new AnnotationConfigApplicationContext(BatchTestConfiguration.class);
		client = context.getBean(LabelStudioClient.class);
		jobRepository = context.getBean(JobRepository.class);
		jobOperator = context.getBean(JobOperator.class);
		transactionManager = context.getBean(PlatformTransactionManager.class);
		jdbc = context.getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void closeContext() {
		context.close();
	}

	/** Fails the step right after the {@code failAt}-th chunk was written (once), before the chunk commits. */
	private static <T> ItemWriter<T> crashingOnceAfter(int failAt, ItemWriter<T> writer) {
		AtomicInteger writes = new AtomicInteger();
		return (chunk) -> {
			writer.write(chunk);
			if (writes.incrementAndGet() == failAt) {
				throw new IllegalStateException("crash after chunk " + failAt + " reached Label Studio");
			}
		};
	}

	private static JobParameters parameters(long project) {
		return new JobParametersBuilder().addLong("projectId", project).toJobParameters();
	}

	private static StepExecution onlyStep(JobExecution execution) {
		assertThat(execution.getStepExecutions()).hasSize(1);
		return execution.getStepExecutions().iterator().next();
	}

	// import: database rows -> tasks

	private Job importJob(String name, ItemWriter<Map<String, ?>> writer) throws Exception {
		ItemReader<Map<String, Object>> rows = new JdbcPagingItemReaderBuilder<Map<String, Object>>().name("rows")
			.dataSource(context.getBean(DataSource.class))
			.selectClause("id, text")
			.fromClause("source_rows")
			.sortKeys(Map.of("id", Order.ASCENDING))
			.rowMapper((rs, n) -> Map.of("id", rs.getLong("id"), "text", rs.getString("text")))
			.pageSize(500)
			.build();
		ItemProcessor<Map<String, Object>, Map<String, ?>> toTask = (row) -> Map.of("data",
				Map.of("rowId", row.get("id"), "text", row.get("text")));
		Step step = new StepBuilder(name + "Step", jobRepository).<Map<String, Object>, Map<String, ?>>chunk(500)
			.transactionManager(transactionManager)
			.reader(rows)
			.processor(toTask)
			.writer(writer)
			.build();
		return new JobBuilder(name, jobRepository).start(step).build();
	}

	private void insertRows(int count) {
		jdbc.update("DELETE FROM source_rows");
		List<Object[]> rows = new ArrayList<>(count);
		for (long id = 1; id <= count; id++) {
			rows.add(new Object[] { id, "row " + id });
		}
		jdbc.batchUpdate("INSERT INTO source_rows (id, text) VALUES (?, ?)", rows);
	}

	@Test
	void importJobThatFailsInTheMiddleEndsWithEveryRowOnceAfterRestart() throws Exception {
		insertRows(10_000);
		long project = Projects.create(client, "import");
		ItemWriter<Map<String, ?>> writer = crashingOnceAfter(6, new LabelStudioTaskItemWriterBuilder().client(client)
			.projectId(project)
			.idempotencyKey("rowId")
			.build());
		Job job = importJob("importRows", writer);

		JobExecution first = jobOperator.start(job, parameters(project));
		assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(onlyStep(first).getWriteCount()).isEqualTo(2_500);
		// the sixth chunk was imported but not committed
		assertThat(Projects.taskIds(client, project)).hasSize(3_000);

		JobExecution second = jobOperator.start(job, parameters(project));
		assertThat(second.getJobInstanceId()).isEqualTo(first.getJobInstanceId());
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(onlyStep(second).getReadCount()).isEqualTo(7_500);
		Map<Object, Integer> byRow = Projects.countByDataField(client, project, "rowId");
		assertThat(byRow).hasSize(10_000).allSatisfy((row, count) -> assertThat(count).isOne());
		assertThat(Projects.taskIds(client, project)).hasSize(10_000);
	}

	@Test
	void importJobWithoutIdempotencyKeyImportsTheFailedChunkTwice() throws Exception {
		insertRows(2_000);
		long project = Projects.create(client, "import without key");
		ItemWriter<Map<String, ?>> writer = crashingOnceAfter(2,
				new LabelStudioTaskItemWriterBuilder().client(client).projectId(project).build());
		Job job = importJob("importRowsWithoutKey", writer);

		assertThat(jobOperator.start(job, parameters(project)).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(jobOperator.start(job, parameters(project)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(Projects.taskIds(client, project)).hasSize(2_500);
	}

	// predictions for every task

	@Test
	void predictionJobThatFailsInTheMiddleLeavesOnePredictionPerTaskAfterRestart() throws Exception {
		long project = Projects.create(client, "predictions");
		List<Long> ids = Projects.importTasks(client, project, 1_000);
		LabelStudioTaskItemReader tasks = new LabelStudioTaskItemReaderBuilder().name("tasks")
			.client(client)
			.projectId(project)
			.pageSize(100)
			.build();
		ItemProcessor<Task, PredictionCreate> predict = (task) -> PredictionCreate.builder()
			.task(task.id())
			.modelVersion("sentiment-v2")
			.score(0.9)
			.result(List.of(Projects.choice(((Integer) task.data().get("n") % 2 == 0) ? "Positive" : "Negative")))
			.build();
		ItemWriter<PredictionCreate> writer = crashingOnceAfter(4, new LabelStudioPredictionItemWriterBuilder()
			.client(client)
			.projectId(project)
			.idempotentByModelVersion(true)
			.build());
		Step step = new StepBuilder("predictStep", jobRepository).<Task, PredictionCreate>chunk(100)
			.transactionManager(transactionManager)
			.reader(tasks)
			.processor(predict)
			.writer(writer)
			.build();
		Job job = new JobBuilder("predict", jobRepository).start(step).build();

		JobExecution first = jobOperator.start(job, parameters(project));
		assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(onlyStep(first).getExecutionContext().getLong("tasks.lastTaskId")).isEqualTo(ids.get(299));

		JobExecution second = jobOperator.start(job, parameters(project));
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(onlyStep(second).getReadCount()).isEqualTo(700);
		List<Task> predicted = Projects.tasks(client, project);
		assertThat(predicted).hasSize(1_000).allSatisfy((task) -> {
			assertThat(task.predictions()).hasSize(1);
			assertThat(task.predictions().get(0).modelVersion()).isEqualTo("sentiment-v2");
		});
	}

	// finished annotations -> warehouse table

	@Test
	void annotationExportJobReadsOneSnapshotOnceAcrossARestart() throws Exception {
		long project = Projects.create(client, "annotations");
		List<Long> ids = Projects.importTasks(client, project, 300);
		List<Long> annotated = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += 3) {
			client.annotations().create(ids.get(i), AnnotationCreate.builder()
				.result(List.of(Projects.choice((i % 2 == 0) ? "Positive" : "Negative")))
				.build());
			annotated.add(ids.get(i));
		}
		jdbc.update("DELETE FROM warehouse_annotations");
		LabelStudioExportedTaskItemReader reader = new LabelStudioExportedTaskItemReaderBuilder().name("annotations")
			.client(client)
			.projectId(project)
			.createSnapshot(ExportCreate.builder().title("warehouse").onlyWithAnnotations(true).build())
			.build();
		ItemWriter<ExportedTask> warehouse = crashingOnceAfter(3, (chunk) -> {
			List<Object[]> rows = new ArrayList<>();
			for (ExportedTask task : chunk) {
				for (ExportedAnnotation annotation : task.annotations()) {
					rows.add(new Object[] { annotation.id(), task.id(), label(annotation) });
				}
			}
			jdbc.batchUpdate("INSERT INTO warehouse_annotations (annotation_id, task_id, label) VALUES (?, ?, ?)", rows);
		});
		Step step = new StepBuilder("exportStep", jobRepository).<ExportedTask, ExportedTask>chunk(25)
			.transactionManager(transactionManager)
			.reader(reader)
			.writer(warehouse)
			.build();
		Job job = new JobBuilder("exportAnnotations", jobRepository).start(step).build();

		JobExecution first = jobOperator.start(job, parameters(project));
		assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM warehouse_annotations", Long.class)).isEqualTo(50);

		JobExecution second = jobOperator.start(job, parameters(project));
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(onlyStep(second).getReadCount()).isEqualTo(50);
		assertThat(jdbc.queryForList("SELECT task_id FROM warehouse_annotations ORDER BY task_id", Long.class))
			.isEqualTo(annotated);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM warehouse_annotations WHERE label = 'Positive'",
				Long.class)).isEqualTo(50);
		assertThat(client.projects().exports().list(project)).hasSize(1);
	}

	@SuppressWarnings("unchecked")
	private static String label(ExportedAnnotation annotation) {
		Map<String, Object> value = (Map<String, Object>) annotation.result().get(0).get("value");
		return ((List<String>) value.get("choices")).get(0);
	}

	// partitioned step

	@Test
	@SuppressWarnings("unchecked")
	void partitionedStepOverFourRangesReadsEveryTaskOnce() throws Exception {
		long project = Projects.create(client, "partitioned");
		List<Long> ids = new ArrayList<>(Projects.importTasks(client, project, 2_000));
		for (int i = 7; i < ids.size(); i += 97) {
			client.tasks().delete(ids.get(i));
		}
		List<Long> remaining = Projects.taskIds(client, project);
		Queue<Long> read = new ConcurrentLinkedQueue<>();
		Queue<String> threads = new ConcurrentLinkedQueue<>();
		ItemStreamReader<Task> reader = context.getBean("partitionReader", ItemStreamReader.class);
		Step worker = new StepBuilder("worker", jobRepository).<Task, Task>chunk(100)
			.transactionManager(transactionManager)
			.reader(reader)
			.writer((chunk) -> {
				chunk.forEach((task) -> read.add(task.id()));
				threads.add(Thread.currentThread().getName());
			})
			.build();
		Step manager = new StepBuilder("partitioned", jobRepository)
			.partitioner("worker", new LabelStudioTaskRangePartitioner(client, project))
			.step(worker)
			.gridSize(4)
			.taskExecutor(new SimpleAsyncTaskExecutor("partition-"))
			.build();
		Job job = new JobBuilder("partitionedRead", jobRepository).start(manager).build();

		JobExecution execution = jobOperator.start(job, parameters(project));

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<StepExecution> partitions = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().startsWith("worker:"))
			.toList();
		assertThat(partitions).hasSize(4).allSatisfy((partition) -> assertThat(partition.getReadCount()).isPositive());
		assertThat(read).hasSize(remaining.size());
		assertThat(read.stream().sorted().toList()).isEqualTo(remaining);
		assertThat(threads.stream().distinct().count()).isGreaterThan(1);
	}


	@Test
	@SuppressWarnings("unchecked")
	void restartedPartitionedStepContinuesEachRangeAfterItsLastCommit() throws Exception {
		long project = Projects.create(client, "partitioned restart");
		List<Long> ids = Projects.importTasks(client, project, 1_200);
		Queue<Long> committed = new ConcurrentLinkedQueue<>();
		AtomicInteger chunks = new AtomicInteger();
		ItemStreamReader<Task> reader = context.getBean("partitionReader", ItemStreamReader.class);
		Step worker = new StepBuilder("restartedWorker", jobRepository).<Task, Task>chunk(50)
			.transactionManager(transactionManager)
			.reader(reader)
			.writer((chunk) -> {
				if (chunks.incrementAndGet() == 9) {
					throw new IllegalStateException("crash in one partition");
				}
				chunk.forEach((task) -> committed.add(task.id()));
			})
			.build();
		Step manager = new StepBuilder("restartedPartitioned", jobRepository)
			.partitioner("restartedWorker", new LabelStudioTaskRangePartitioner(client, project))
			.step(worker)
			.gridSize(4)
			.taskExecutor(new SimpleAsyncTaskExecutor("partition-"))
			.build();
		Job job = new JobBuilder("partitionedRestart", jobRepository).start(manager).build();

		JobExecution first = jobOperator.start(job, parameters(project));
		assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(committed).hasSizeLessThan(ids.size());
		JobExecution second = jobOperator.start(job, parameters(project));

		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(committed.stream().sorted().toList()).isEqualTo(ids);
	}

}
