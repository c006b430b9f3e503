package dev.labelstudio4j.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.exports.ConvertResult;
import dev.labelstudio4j.client.exports.Export;
import dev.labelstudio4j.client.exports.ExportCreate;
import dev.labelstudio4j.client.exports.ExportDownload;
import dev.labelstudio4j.client.exports.ExportFailedException;
import dev.labelstudio4j.client.exports.ExportFormat;
import dev.labelstudio4j.client.exports.ExportFormatInfo;
import dev.labelstudio4j.client.exports.ExportProgress;
import dev.labelstudio4j.client.exports.ExportResult;
import dev.labelstudio4j.client.exports.ExportStatus;
import dev.labelstudio4j.client.exports.ExportedTask;
import dev.labelstudio4j.client.exports.ExportedTasks;
import dev.labelstudio4j.client.exports.ExportsClient;
import dev.labelstudio4j.client.exports.SnapshotExport;
import dev.labelstudio4j.client.exports.SyncExportOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports end to end: the real client against the emulator, from tasks and annotations created through the
 * API to the files downloaded.
 */
class ExportsTests {

	static LabelStudioEmulator emulator;

	LabelStudioClient client;

	ExportsClient exports;

	long project;

	List<Long> tasks;

	@BeforeAll
	static void start() {
		emulator = LabelStudioEmulator.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	@SuppressWarnings("unchecked")
	void createAnnotatedProject() {
		emulator.reset();
		this.client = emulator.client();
		this.exports = this.client.projects().exports();
		Calls calls = new Calls(this.client);
		this.project = calls.createProject("Reviews", Calls.SENTIMENT_CONFIG);
		Map<String, Object> imported = calls.importTasks(this.project, List.of(Map.of("text", "Great, \"really\""),
				Map.of("text", "Awful"), Map.of("text", "Not annotated yet")));
		this.tasks = ((List<Number>) imported.get("task_ids")).stream().map(Number::longValue).toList();
		calls.createAnnotation(this.tasks.get(0), Map.of("result", List.of(Calls.choice("Positive")), "lead_time", 2.5));
		calls.createAnnotation(this.tasks.get(1), Map.of("result", List.of(Calls.choice("Negative"))));
		calls.createPrediction(this.tasks.get(0), "v1", 0.8);
	}

	private SnapshotExport.Builder fast(ExportFormat format, List<ExportProgress> progress) {
		return SnapshotExport.builder()
			.format(format)
			.initialPollInterval(Duration.ofMillis(5))
			.maxPollInterval(Duration.ofMillis(20))
			.timeout(Duration.ofSeconds(30))
			.listener(progress::add);
	}

	@Test
	void aSynchronousJsonExportHoldsTheAnnotatedTasksWithTheirAnnotationsAndPredictions(@TempDir Path dir) {
		ExportDownload download = this.exports.createExport(this.project, SyncExportOptions.defaults(), dir);

		assertThat(download.fileName()).matches("project-" + this.project + "-at-\\d{4}-\\d\\d-\\d\\d-\\d\\d-\\d\\d-[0-9a-f]{8}\\.json");
		assertThat(download.contentType()).isEqualTo("application/.json");
		List<ExportedTask> tasks;
		try (Stream<ExportedTask> stream = ExportedTasks.stream(download.path())) {
			tasks = stream.toList();
		}
		assertThat(tasks).extracting(ExportedTask::id).containsExactly(this.tasks.get(0), this.tasks.get(1));
		ExportedTask first = tasks.get(0);
		assertThat(first.data()).containsEntry("text", "Great, \"really\"");
		assertThat(first.annotations()).singleElement().satisfies((annotation) -> {
			assertThat(annotation.completedById()).isEqualTo(1L);
			assertThat(annotation.completedBy()).isInstanceOf(Map.class);
			assertThat(annotation.leadTime()).isEqualTo(2.5);
			assertThat(annotation.result()).containsExactly(Calls.choice("Positive"));
		});
		assertThat(first.predictions()).singleElement()
			.satisfies((prediction) -> assertThat(prediction.modelVersion()).isEqualTo("v1"));
	}

	@Test
	void aSynchronousExportSelectsAllTasksOrSomeTasks() {
		try (Stream<ExportedTask> all = this.exports.streamTasks(this.project,
				SyncExportOptions.builder().downloadAllTasks(true).build())) {
			assertThat(all.map(ExportedTask::id)).containsExactlyElementsOf(this.tasks);
		}
		try (Stream<ExportedTask> some = this.exports.streamTasks(this.project,
				SyncExportOptions.builder().downloadAllTasks(true).taskIds(List.of(this.tasks.get(2))).build())) {
			assertThat(some.map(ExportedTask::id)).containsExactly(this.tasks.get(2));
		}
	}

	@Test
	void aSynchronousCsvExportHasOneRowPerAnnotationWithTheChoice() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		this.exports.createExport(this.project, SyncExportOptions.builder().format(ExportFormat.CSV).build(), out);

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("id,text,sentiment,annotator,annotation_id,created_at,updated_at,lead_time");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith(this.tasks.get(0) + ",\"Great, \"\"really\"\"\",Positive,1,");
		assertThat(lines.get(2)).startsWith(this.tasks.get(1) + ",Awful,Negative,1,");
	}

	@Test
	void aFormatTheEmulatorCannotProduceFailsAsWithoutAConverterAndAnUnknownOneIsRefused() {
		assertThatThrownBy(() -> this.exports.createExport(this.project,
				SyncExportOptions.builder().format(ExportFormat.YOLO).build(), new ByteArrayOutputStream()))
			.isInstanceOf(ServerErrorException.class)
			.hasMessageContaining("no converter");
		assertThatThrownBy(() -> this.exports.createExport(this.project,
				SyncExportOptions.builder().format(ExportFormat.of("NOPE")).build(), new ByteArrayOutputStream()))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("NOPE is not supported export format");
	}

	@Test
	void listFormatsAnswersTheConvertersFormats() {
		List<ExportFormatInfo> formats = this.exports.listFormats(this.project);

		assertThat(formats).extracting(ExportFormatInfo::format)
			.contains(ExportFormat.JSON, ExportFormat.JSON_MIN, ExportFormat.CSV, ExportFormat.COCO, ExportFormat.YOLO);
		assertThat(formats).allSatisfy((format) -> assertThat(format.format().isKnown()).isTrue());
	}

	@Test
	void aSnapshotMovesFromCreatedThroughInProgressToCompleted() {
		emulator.exports().processingTime(Duration.ofMillis(300));

		Export created = this.exports.create(this.project, ExportCreate.builder().title("nightly").build());

		assertThat(created.status()).isEqualTo(ExportStatus.CREATED);
		assertThat(created.title()).isEqualTo("nightly");
		assertThat(this.exports.get(this.project, created.id()).status()).isEqualTo(ExportStatus.IN_PROGRESS);
		assertThatThrownBy(() -> this.exports.download(this.project, created.id(), ExportFormat.JSON,
				new ByteArrayOutputStream()))
			.isInstanceOf(NotFoundException.class);
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.exports.get(this.project, created.id()).isCompleted());
		Export completed = this.exports.get(this.project, created.id());
		assertThat(completed.counters()).containsEntry("task_number", 3);
		assertThat(completed.finishedAt()).isNotNull();
		assertThat(this.exports.list(this.project)).extracting(Export::id).containsExactly(created.id());

		this.exports.delete(this.project, created.id());

		assertThat(this.exports.list(this.project)).isEmpty();
		assertThatThrownBy(() -> this.exports.get(this.project, created.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theWaiterWaitsForASlowSnapshotAndASlowConversionThenDownloadsTheCsv(@TempDir Path dir) throws IOException {
		emulator.exports().processingTime(Duration.ofMillis(200));
		List<ExportProgress> progress = new CopyOnWriteArrayList<>();

		ExportResult result = this.exports.exportSnapshot(this.project,
				fast(ExportFormat.CSV, progress).snapshot(ExportCreate.builder().onlyWithAnnotations(true).build()).build(),
				dir);

		assertThat(result.conversion().status()).isEqualTo(ExportStatus.COMPLETED);
		assertThat(result.download().fileName()).endsWith(".csv").doesNotContain("/");
		assertThat(Files.readAllLines(result.download().path())).hasSize(3)
			.element(1)
			.asString()
			.contains("Positive");
		assertThat(progress).extracting(ExportProgress::stage)
			.contains(ExportProgress.Stage.SNAPSHOT_PENDING, ExportProgress.Stage.CONVERSION_PENDING)
			.endsWith(ExportProgress.Stage.CONVERSION_COMPLETED, ExportProgress.Stage.DOWNLOAD_STARTED,
					ExportProgress.Stage.DOWNLOAD_COMPLETED);
	}

	@Test
	void theWaiterDownloadsJsonWithoutConversion() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ExportResult result = this.exports.exportSnapshot(this.project, fast(ExportFormat.JSON, new CopyOnWriteArrayList<>())
			.build(), out);

		assertThat(result.conversion()).isNull();
		assertThat(result.snapshot().convertedFormats()).isEmpty();
		try (Stream<ExportedTask> tasks = ExportedTasks.stream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
			assertThat(tasks.count()).isEqualTo(3);
		}
	}

	@Test
	void aFailingConversionReachesTheCallerWithItsTraceback(@TempDir Path dir) {
		emulator.exports().processingTime(Duration.ofMillis(50)).failNextConversion("KeyError: 'sentiment'");

		assertThatThrownBy(() -> this.exports.exportSnapshot(this.project,
				fast(ExportFormat.JSON_MIN, new CopyOnWriteArrayList<>()).build(), dir))
			.isInstanceOfSatisfying(ExportFailedException.class, (ex) -> {
				assertThat(ex.getExportType()).isEqualTo("JSON_MIN");
				assertThat(ex.getReason()).isEqualTo("KeyError: 'sentiment'");
			});
		assertThat(dir.toFile().list()).isEmpty();
	}

	@Test
	void aConversionToAFormatWithoutConverterFails(@TempDir Path dir) {
		assertThatThrownBy(() -> this.exports.exportSnapshot(this.project,
				fast(ExportFormat.COCO, new CopyOnWriteArrayList<>()).build(), dir))
			.isInstanceOfSatisfying(ExportFailedException.class,
					(ex) -> assertThat(ex.getReason()).contains("no converter for it"));
	}

	@Test
	void aFailingSnapshotReachesTheCaller(@TempDir Path dir) {
		emulator.exports().failNextSnapshot();

		assertThatThrownBy(() -> this.exports.exportSnapshot(this.project,
				fast(ExportFormat.CSV, new CopyOnWriteArrayList<>()).build(), dir))
			.isInstanceOfSatisfying(ExportFailedException.class, (ex) -> {
				assertThat(ex.getConvertedFormatId()).isNull();
				assertThat(ex.getProjectId()).isEqualTo(this.project);
			});
	}

	@Test
	void convertTwiceIsRefusedAndADownloadOfAnUnconvertedFormatIsNotFound() {
		Export snapshot = this.exports.create(this.project);
		org.awaitility.Awaitility.await().until(() -> this.exports.get(this.project, snapshot.id()).isCompleted());
		assertThatThrownBy(() -> this.exports.download(this.project, snapshot.id(), ExportFormat.TSV,
				new ByteArrayOutputStream()))
			.isInstanceOf(NotFoundException.class);
		emulator.exports().processingTime(Duration.ofSeconds(30));

		ConvertResult convert = this.exports.convert(this.project, snapshot.id(), ExportFormat.TSV);

		assertThat(convert.exportType()).isEqualTo("TSV");
		assertThat(this.exports.get(this.project, snapshot.id()).convertedFormat(convert.convertedFormat()).status())
			.isEqualTo(ExportStatus.IN_PROGRESS);
		assertThatThrownBy(() -> this.exports.convert(this.project, snapshot.id(), ExportFormat.TSV))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("already started");
	}

}
