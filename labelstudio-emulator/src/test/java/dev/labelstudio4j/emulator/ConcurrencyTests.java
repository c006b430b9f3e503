package dev.labelstudio4j.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.tasks.Task;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients at once against one emulator, through the real client: ids stay unique, counters agree
 * with the lists, and every answer is a consistent snapshot (its totals equal the sums of its tasks).
 */
class ConcurrencyTests {

	static final int WRITERS = 8;

	static final int PER_WRITER = 40;

	static final int TASKS = 50;

	LabelStudioEmulator emulator;

	ExecutorService pool;

	@BeforeEach
	void start() {
		this.emulator = LabelStudioEmulator.start();
		this.pool = Executors.newFixedThreadPool(WRITERS + 2);
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.pool.shutdownNow();
		this.pool.awaitTermination(10, TimeUnit.SECONDS);
		this.emulator.close();
	}

	@Test
	void concurrentPredictionsAndAnnotationsGetUniqueIdsAndExactCounts() throws Exception {
		LabelStudioClient client = this.emulator.client();
		Calls calls = new Calls(client);
		long project = calls.createProject("Concurrent", Calls.SENTIMENT_CONFIG);
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (int i = 0; i < TASKS; i++) {
			tasks.add(Map.of("text", "task " + i));
		}
		calls.importTasks(project, tasks);
		Set<Long> predictionIds = ConcurrentHashMap.newKeySet();
		Set<Long> annotationIds = ConcurrentHashMap.newKeySet();
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.add(this.pool.submit((Callable<Void>) () -> {
				go.await();
				for (int i = 0; i < PER_WRITER; i++) {
					long task = 1 + (writer * PER_WRITER + i) % TASKS;
					predictionIds.add(client.predictions()
						.create(PredictionCreate.builder().task(task).result(List.of(Calls.choice("Positive"))).build())
						.id());
					annotationIds.add(client.annotations()
						.create(task, AnnotationCreate.builder()
							.result(List.of(Calls.choice("Negative")))
							.wasCancelled(i % 4 == 0)
							.build())
						.id());
				}
				return null;
			}));
		}
		List<String> inconsistencies = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch writersDone = new CountDownLatch(1);
		List<Future<?>> readers = new ArrayList<>();
		for (int r = 0; r < 2; r++) {
			readers.add(this.pool.submit((Callable<Void>) () -> {
				go.await();
				do {
					Map<String, Object> page = calls.listTasks(project, 1, TASKS, "task_only");
					List<Map<String, Object>> listed = TasksAnnotationsPredictionsTests.tasks(page);
					long predictions = listed.stream().mapToLong((t) -> ((Number) t.get("total_predictions")).longValue()).sum();
					long annotations = listed.stream().mapToLong((t) -> ((Number) t.get("total_annotations")).longValue()).sum();
					if (predictions != ((Number) page.get("total_predictions")).longValue()
							|| annotations != ((Number) page.get("total_annotations")).longValue()) {
						inconsistencies.add(page.get("total_predictions") + "/" + predictions + " "
								+ page.get("total_annotations") + "/" + annotations);
					}
				}
				while (!writersDone.await(0, TimeUnit.MILLISECONDS));
				return null;
			}));
		}
		go.countDown();
		for (Future<?> writer : writers) {
			writer.get(2, TimeUnit.MINUTES);
		}
		writersDone.countDown();
		for (Future<?> reader : readers) {
			reader.get(2, TimeUnit.MINUTES);
		}

		int total = WRITERS * PER_WRITER;
		int cancelled = WRITERS * (PER_WRITER / 4);
		assertThat(inconsistencies).isEmpty();
		assertThat(predictionIds).hasSize(total)
			.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
		assertThat(annotationIds).hasSize(total)
			.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
		Project counted = client.projects().get(project);
		assertThat(counted.totalPredictionsNumber()).isEqualTo(total);
		assertThat(counted.totalAnnotationsNumber()).isEqualTo(total - cancelled);
		assertThat(counted.skippedAnnotationsNumber()).isEqualTo(cancelled);
		assertThat(counted.taskNumber()).isEqualTo(TASKS);
		List<Task> listed = client.tasks().list(project).stream().toList();
		assertThat(listed.stream().mapToInt(Task::totalPredictions).sum()).isEqualTo(total);
		assertThat(listed.stream().mapToInt(Task::totalAnnotations).sum()).isEqualTo(total - cancelled);
		assertThat(listed.stream().mapToInt(Task::cancelledAnnotations).sum()).isEqualTo(cancelled);
		assertThat(client.predictions().list().stream().map((p) -> p.id()).collect(Collectors.toSet()))
			.isEqualTo(new HashSet<>(predictionIds));
	}

	@Test
	void concurrentImportsAndTaskCreationsKeepTaskIdsAndInnerIdsUnique() throws Exception {
		LabelStudioClient client = this.emulator.client();
		Calls calls = new Calls(client);
		long project = calls.createProject("Concurrent imports", Calls.SENTIMENT_CONFIG);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> futures = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			futures.add(this.pool.submit((Callable<Void>) () -> {
				go.await();
				for (int i = 0; i < 10; i++) {
					if (writer % 2 == 0) {
						calls.importTasks(project, List.of(Map.of("text", "a"), Map.of("text", "b"), Map.of("text", "c")));
					}
					else {
						client.tasks().create(project, Map.of("text", "single"));
					}
				}
				return null;
			}));
		}
		go.countDown();
		for (Future<?> future : futures) {
			future.get(2, TimeUnit.MINUTES);
		}
		int expected = (WRITERS / 2) * 10 * 3 + (WRITERS / 2) * 10;
		List<Task> tasks = client.tasks().list(project).stream().toList();
		assertThat(tasks).hasSize(expected);
		assertThat(tasks).extracting(Task::id).doesNotHaveDuplicates().isSorted();
		assertThat(tasks).extracting(Task::innerId)
			.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
		assertThat(client.projects().get(project).taskNumber()).isEqualTo(expected);
	}

}
