package dev.labelstudio4j.client.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportsClientTests extends WireMockTestBase {

	static final String EXPORT = """
			{"id": 12, "title": "nightly", "created_by": {"id": 1, "email": "ann@example.com"},
			 "created_at": "2026-01-15T09:30:00.123456Z", "finished_at": null, "status": "in_progress",
			 "md5": "0b1d2c3e", "counters": {"task_number": 120},
			 "converted_formats": [{"id": 7, "status": "completed", "export_type": "CSV", "traceback": null}],
			 "some_new_field": true}""";

	static final String TASKS = """
			[{"id": 1, "data": {"text": "good"}, "meta": {}, "project": 3, "inner_id": 1, "total_annotations": 1,
			  "annotations": [{"id": 10, "completed_by": {"id": 2, "email": "ann@example.com"},
			    "result": [{"from_name": "sentiment", "to_name": "text", "type": "choices",
			                "value": {"choices": ["Positive"]}}],
			    "was_cancelled": false, "ground_truth": false, "lead_time": 3.5, "task": 1,
			    "created_at": "2026-01-15T09:30:00Z", "prediction": {}, "result_count": 1}],
			  "predictions": [{"id": 20, "model_version": "v1", "score": 0.9, "task": 1,
			    "result": [{"from_name": "sentiment", "to_name": "text", "type": "choices",
			                "value": {"choices": ["Positive"]}}]}],
			  "drafts": [], "file_upload": "upload/3/a.json"},
			 {"id": 2, "data": {"text": "bad"}, "annotations": [{"id": 11, "completed_by": 4, "result": []}],
			  "predictions": []}]""";

	private ExportsClient exports() {
		return client().projects().exports();
	}

	// synchronous export

	@Test
	void createExportSendsBothFormatNamesTaskIdsAsIdsBracketsAndWritesTheServersFileNameIntoADirectory(
			@TempDir Path dir) throws IOException {
		stubFor(get(urlEqualTo("/api/projects/3/export?exportType=CSV&export_type=CSV&download_all_tasks=true"
				+ "&download_resources=false&ids%5B%5D=5&ids%5B%5D=9"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/.csv")
				.withHeader("Content-Disposition", "attachment; filename=\"project-3-at-2026-01-15-09-30-0b1d2c3e.csv\"")
				.withBody("id,sentiment\n5,Positive\n9,Negative\n")));

		ExportDownload download = exports().createExport(3, SyncExportOptions.builder()
			.format(ExportFormat.CSV)
			.downloadAllTasks(true)
			.downloadResources(false)
			.taskIds(List.of(5L, 9L))
			.build(), dir);

		Path file = dir.resolve("project-3-at-2026-01-15-09-30-0b1d2c3e.csv");
		assertThat(download).isEqualTo(new ExportDownload("project-3-at-2026-01-15-09-30-0b1d2c3e.csv",
				"application/.csv", 35, file));
		assertThat(Files.readString(file)).isEqualTo("id,sentiment\n5,Positive\n9,Negative\n");
		assertThat(dir.toFile().list()).containsExactly("project-3-at-2026-01-15-09-30-0b1d2c3e.csv");
	}

	@Test
	void createExportWithDefaultsSendsOnlyTheFormat() {
		stubFor(get(urlEqualTo("/api/projects/3/export?exportType=JSON&export_type=JSON"))
			.willReturn(aResponse().withStatus(200).withBody("[]")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ExportDownload download = exports().createExport(3, SyncExportOptions.defaults(), out);

		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]");
		assertThat(download).isEqualTo(new ExportDownload(null, null, 2, null));
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/projects/3/export?exportType=JSON&export_type=JSON")));
	}

	@Test
	void createExportGetsItsOwnLongReadTimeoutUnlessTheCallSetsOne() {
		stubFor(get(urlEqualTo("/api/projects/3/export?exportType=JSON&export_type=JSON"))
			.willReturn(aResponse().withStatus(200).withBody("[]").withFixedDelay(700)));
		LabelStudioClient client = clientBuilder().readTimeout(Duration.ofMillis(200)).build();

		String body = client.projects()
			.exports()
			.createExport(3, SyncExportOptions.builder().readTimeout(Duration.ofSeconds(20)).build(),
					(in, name, type) -> new String(in.readAllBytes(), StandardCharsets.UTF_8));

		assertThat(body).isEqualTo("[]");
		assertThatThrownBy(() -> client.projects()
			.exports()
			.createExport(3, SyncExportOptions.defaults(), new ByteArrayOutputStream(),
					RequestOptions.builder().readTimeout(Duration.ofMillis(150)).maxAttempts(1).build()))
			.isInstanceOfSatisfying(LabelStudioIoException.class, (ex) -> assertThat(ex.isTimeout()).isTrue());
	}

	@Test
	void streamTasksOfASynchronousExportNeedsJson() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> exports().streamTasks(3, SyncExportOptions.builder().format(ExportFormat.CSV).build()))
			.withMessageContaining("options.format");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void streamTasksOfASynchronousExportReadsTypedTasks() {
		stubFor(get(urlEqualTo("/api/projects/3/export?exportType=JSON&export_type=JSON&download_all_tasks=true"))
			.willReturn(okJson(TASKS)));

		List<ExportedTask> tasks;
		try (Stream<ExportedTask> stream = exports().streamTasks(3,
				SyncExportOptions.builder().downloadAllTasks(true).build())) {
			tasks = stream.toList();
		}

		assertThat(tasks).extracting(ExportedTask::id).containsExactly(1L, 2L);
	}

	// formats and snapshots

	@Test
	void listFormatsReadsTheServersObjectsAndTheDocumentsNames() {
		stubFor(get(urlEqualTo("/api/projects/3/export/formats")).willReturn(okJson("""
				[{"name": "JSON", "title": "JSON", "description": "Label Studio JSON", "link": "https://labelstud.io/guide/export.html#JSON",
				  "tags": ["image segmentation", "text classification"]},
				 {"name": "COCO", "title": "COCO", "disabled": true},
				 {"name": "DOCLANG", "title": "DocLang (.dclx)"},
				 "YOLO"]""")));

		List<ExportFormatInfo> formats = exports().listFormats(3);

		assertThat(formats).extracting(ExportFormatInfo::format)
			.containsExactly(ExportFormat.JSON, ExportFormat.COCO, ExportFormat.of("DOCLANG"), ExportFormat.YOLO);
		assertThat(formats.get(0)).isEqualTo(ExportFormatInfo.builder()
			.format(ExportFormat.JSON)
			.title("JSON")
			.description("Label Studio JSON")
			.link("https://labelstud.io/guide/export.html#JSON")
			.tags(List.of("image segmentation", "text classification"))
			.build());
		assertThat(formats.get(0).disabled()).isFalse();
		assertThat(formats.get(3)).isEqualTo(ExportFormatInfo.builder().format(ExportFormat.YOLO).build());
		assertThat(formats.get(3).tags()).isEmpty();
		assertThat(formats.get(1).disabled()).isTrue();
		assertThat(formats.get(2).format().isKnown()).isFalse();
		assertThat(formats.get(2).format().needsConversion()).isTrue();
	}

	@Test
	void listReadsTheSnapshots() {
		stubFor(get(urlEqualTo("/api/projects/3/exports/")).willReturn(okJson("[" + EXPORT + "]")));

		List<Export> snapshots = exports().list(3);

		assertThat(snapshots).hasSize(1);
		Export export = snapshots.get(0);
		assertThat(export.id()).isEqualTo(12);
		assertThat(export.status()).isEqualTo(ExportStatus.IN_PROGRESS);
		assertThat(export.counters()).containsEntry("task_number", 120);
		assertThat(export.convertedFormat(7)).extracting(ConvertedFormat::id, ConvertedFormat::status,
				ConvertedFormat::exportType, ConvertedFormat::traceback)
			.containsExactly(7L, ExportStatus.COMPLETED, "CSV", null);
		assertThat(export.convertedFormat(ExportFormat.CSV)).isNotNull();
		assertThat(export.convertedFormat(ExportFormat.YOLO)).isNull();
	}

	@Test
	void createSendsOnlyTheOptionsThatWereSetNestedAsTheServerReadsThem() {
		stubFor(post(urlEqualTo("/api/projects/3/exports/")).willReturn(okJson(EXPORT).withStatus(201)));

		Export export = exports().create(3, ExportCreate.builder()
			.title("nightly")
			.view(5)
			.skipped(TaskInclusion.EXCLUDE)
			.finished(TaskInclusion.ONLY)
			.onlyWithAnnotations(true)
			.usualAnnotations(true)
			.groundTruthAnnotations(false)
			.completedByOnlyId(true)
			.predictionsOnlyId(false)
			.includeAnnotationHistory(false)
			.build());

		assertThat(export.id()).isEqualTo(12);
		verify(postRequestedFor(urlEqualTo("/api/projects/3/exports/"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"title": "nightly",
					 "task_filter_options": {"view": 5, "skipped": "exclude", "finished": "only", "only_with_annotations": true},
					 "annotation_filter_options": {"usual": true, "ground_truth": false},
					 "serialization_options": {"predictions": {"only_id": false},
					                           "annotations__completed_by": {"only_id": true},
					                           "include_annotation_history": false}}""", false, false)));
	}

	@Test
	void createWithDefaultsSendsAnEmptyObject() {
		stubFor(post(urlEqualTo("/api/projects/3/exports/")).willReturn(okJson(EXPORT).withStatus(201)));

		exports().create(3);

		verify(postRequestedFor(urlEqualTo("/api/projects/3/exports/")).withRequestBody(equalToJson("{}", false, false)));
	}

	@Test
	void createIsNotRepeatedAfterAServerErrorButIsAfterA503() {
		stubFor(post(urlEqualTo("/api/projects/3/exports/")).willReturn(aResponse().withStatus(500)));

		assertThatThrownBy(() -> exports().create(3)).isInstanceOf(ServerErrorException.class);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/projects/3/exports/")));

		wm.resetAll();
		stubFor(post(urlEqualTo("/api/projects/3/exports/")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("ready"));
		stubFor(post(urlEqualTo("/api/projects/3/exports/")).inScenario("busy")
			.whenScenarioStateIs("ready")
			.willReturn(okJson(EXPORT).withStatus(201)));

		assertThat(exports().create(3).id()).isEqualTo(12);
		verify(exactly(2), postRequestedFor(urlEqualTo("/api/projects/3/exports/")));
	}

	@Test
	void getReadsOneSnapshot() {
		stubFor(get(urlEqualTo("/api/projects/3/exports/12")).willReturn(okJson(EXPORT)));

		Export export = exports().get(3, 12);

		assertThat(export.title()).isEqualTo("nightly");
		assertThat(export.createdBy()).containsEntry("email", "ann@example.com");
		assertThat(export.finishedAt()).isNull();
		assertThat(export.isCompleted()).isFalse();
	}

	@Test
	void getOfAMissingSnapshotIsNotFound() {
		stubFor(get(urlEqualTo("/api/projects/3/exports/99"))
			.willReturn(aResponse().withStatus(404).withBody("{\"detail\": \"Not found.\"}")));

		assertThatThrownBy(() -> exports().get(3, 99)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void deleteSendsDelete() {
		stubFor(delete(urlEqualTo("/api/projects/3/exports/12")).willReturn(aResponse().withStatus(204)));

		exports().delete(3, 12);

		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/projects/3/exports/12")));
	}

	@Test
	void convertSendsTheFormatAndDownloadResources() {
		stubFor(post(urlEqualTo("/api/projects/3/exports/12/convert"))
			.willReturn(okJson("{\"export_type\": \"YOLO\", \"converted_format\": 8}")));

		ConvertResult result = exports().convert(3, 12, ExportFormat.YOLO, false, RequestOptions.none());
		ConvertResult plain = exports().convert(3, 12, ExportFormat.CSV);

		assertThat(result).isEqualTo(ConvertResult.builder().exportType("YOLO").convertedFormat(8L).build());
		assertThat(plain.convertedFormat()).isEqualTo(8L);
		verify(postRequestedFor(urlEqualTo("/api/projects/3/exports/12/convert"))
			.withRequestBody(equalToJson("{\"export_type\": \"YOLO\", \"download_resources\": false}", false, false)));
		verify(postRequestedFor(urlEqualTo("/api/projects/3/exports/12/convert"))
			.withRequestBody(equalToJson("{\"export_type\": \"CSV\"}", false, false)));
	}

	@Test
	void convertIsNotRepeatedAfterABadGateway() {
		stubFor(post(urlEqualTo("/api/projects/3/exports/12/convert")).willReturn(aResponse().withStatus(502)));

		assertThatThrownBy(() -> exports().convert(3, 12, ExportFormat.YOLO)).isInstanceOf(ServerErrorException.class);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/projects/3/exports/12/convert")));
	}

	// downloads

	@Test
	void downloadSendsOnlyExportTypeAndTakesTheBaseNameOfTheStoragePath(@TempDir Path dir) throws IOException {
		stubFor(get(urlEqualTo("/api/projects/3/exports/12/download?exportType=JSON"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withHeader("Content-Disposition",
						"attachment; filename=\"export/3/project-3-at-2026-01-15-09-30-0b1d2c3e.json\"")
				.withBody(TASKS)));

		ExportDownload download = exports().download(3, 12, ExportFormat.JSON, dir);

		assertThat(download.fileName()).isEqualTo("project-3-at-2026-01-15-09-30-0b1d2c3e.json");
		assertThat(download.path()).isEqualTo(dir.resolve("project-3-at-2026-01-15-09-30-0b1d2c3e.json"));
		assertThat(download.bytesWritten()).isEqualTo(TASKS.getBytes(StandardCharsets.UTF_8).length);
		assertThat(Files.readString(download.path())).isEqualTo(TASKS);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"attachment; filename=\"../../escaped.json\"                     | escaped.json",
			"attachment; filename=\"..\\\\..\\\\windows.json\"                  | windows.json",
			"attachment; filename=\"..\"                                     | project-3-export-12.json",
			"attachment; filename=\"/etc/passwd\"                            | passwd",
			"attachment; filename*=UTF-8''%2E%2E%2Fencoded%C3%A9.json        | encodedé.json",
			"attachment; filename=\"a:b.json\"                               | project-3-export-12.json",
			"attachment                                                    | project-3-export-12.json" })
	void aDownloadIntoADirectoryNeverLeavesIt(String disposition, String expected, @TempDir Path root)
			throws IOException {
		Path dir = Files.createDirectory(root.resolve("exports"));
		stubFor(get(urlEqualTo("/api/projects/3/exports/12/download?exportType=JSON"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Disposition", disposition).withBody("[]")));

		ExportDownload download = exports().download(3, 12, ExportFormat.JSON, dir);

		assertThat(download.path()).isEqualTo(dir.resolve(expected));
		assertThat(root.toFile().list()).containsExactly("exports");
		assertThat(dir.toFile().list()).containsExactly(expected);
	}

	@Test
	void aDownloadToAFileReplacesIt(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("annotations.csv"), "old content that is longer than the new");
		stubFor(get(urlEqualTo("/api/projects/3/exports/12/download?exportType=CSV"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Disposition", "attachment; filename=\"other.csv\"")
				.withBody("id\n1\n")));

		ExportDownload download = exports().download(3, 12, ExportFormat.CSV, file);

		assertThat(download.path()).isEqualTo(file);
		assertThat(download.fileName()).isEqualTo("other.csv");
		assertThat(Files.readString(file)).isEqualTo("id\n1\n");
		assertThat(dir.toFile().list()).containsExactly("annotations.csv");
	}

	@Test
	void aDownloadIsRetriedAfterAServerErrorAndTheFileHoldsOneCopy(@TempDir Path dir) throws IOException {
		String url = "/api/projects/3/exports/12/download?exportType=JSON";
		stubFor(get(urlEqualTo(url)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("ok"));
		stubFor(get(urlEqualTo(url)).inScenario("flaky").whenScenarioStateIs("ok").willReturn(okJson(TASKS)));

		ExportDownload download = exports().download(3, 12, ExportFormat.JSON, dir.resolve("export.json"));

		assertThat(Files.readString(download.path())).isEqualTo(TASKS);
		verify(exactly(2), getRequestedFor(urlEqualTo(url)));
	}

	@Test
	void aDownloadToAFileThatBreaksOffMidwayStartsTheFileAgain(@TempDir Path dir) throws IOException {
		String url = "/api/projects/3/exports/12/download?exportType=JSON";
		String body = "[" + "{\"id\": 1},".repeat(2000) + "{\"id\": 2}]";
		stubFor(get(urlEqualTo(url)).inScenario("broken")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(200).withBody(body).withChunkedDribbleDelay(4, 3000))
			.willSetStateTo("ok"));
		stubFor(get(urlEqualTo(url)).inScenario("broken").whenScenarioStateIs("ok").willReturn(okJson(body)));
		LabelStudioClient client = clientBuilder().readTimeout(Duration.ofMillis(300)).build();

		ExportDownload download = client.projects().exports().download(3, 12, ExportFormat.JSON, dir.resolve("e.json"));

		assertThat(Files.readString(download.path())).isEqualTo(body);
		assertThat(download.bytesWritten()).isEqualTo(body.length());
		assertThat(dir.toFile().list()).containsExactly("e.json");
		verify(exactly(2), getRequestedFor(urlEqualTo(url)));
	}

	@Test
	void aDownloadThatKeepsFailingLeavesNoFileBehind(@TempDir Path dir) {
		stubFor(get(urlEqualTo("/api/projects/3/exports/12/download?exportType=JSON"))
			.willReturn(aResponse().withStatus(200).withBody("[" + " ".repeat(50_000) + "]").withChunkedDribbleDelay(4,
					3000)));
		LabelStudioClient client = clientBuilder().readTimeout(Duration.ofMillis(300)).build();

		assertThatThrownBy(() -> client.projects().exports().download(3, 12, ExportFormat.JSON, dir))
			.isInstanceOfSatisfying(LabelStudioIoException.class, (ex) -> assertThat(ex.isTimeout()).isTrue());
		assertThat(dir.toFile().list()).isEmpty();
		verify(exactly(3), getRequestedFor(urlEqualTo("/api/projects/3/exports/12/download?exportType=JSON")));
	}

	@Test
	void aDownloadToAStreamThatBreaksOffAfterBytesArrivedIsNotRetried() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/api/projects/3/exports/12/download", (exchange) -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(200, 0);
			OutputStream body = exchange.getResponseBody();
			body.write("[".concat(" ".repeat(999)).getBytes(StandardCharsets.UTF_8));
			body.flush();
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		server.start();
		try {
			LabelStudioClient client = LabelStudioClient.builder()
				.baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
				.apiKey(API_KEY)
				.readTimeout(Duration.ofMillis(300))
				.build();
			ByteArrayOutputStream out = new ByteArrayOutputStream();

			assertThatThrownBy(() -> client.projects().exports().download(3, 12, ExportFormat.JSON, out))
				.isInstanceOfSatisfying(ExportDownloadException.class, (ex) -> {
					assertThat(ex.getBytesDelivered()).isEqualTo(1000).isEqualTo(out.size());
					assertThat(ex.getMessage()).contains("not retried");
				});
			assertThat(requests).hasValue(1);
		}
		finally {
			release.countDown();
			server.stop(0);
		}
	}

	@Test
	void aDownloadToAStreamIsRetriedWhileNothingReachedIt() {
		String url = "/api/projects/3/exports/12/download?exportType=CSV";
		stubFor(get(urlEqualTo(url)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("ok"));
		stubFor(get(urlEqualTo(url)).inScenario("flaky")
			.whenScenarioStateIs("ok")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/csv").withBody("id\n1\n")));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ExportDownload download = exports().download(3, 12, ExportFormat.CSV, out);

		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("id\n1\n");
		assertThat(download).isEqualTo(new ExportDownload(null, "application/csv", 5, null));
		verify(exactly(2), getRequestedFor(urlEqualTo(url)));
	}

	@Test
	void aDownloadOfAnUnconvertedFormatIsNotFound() {
		stubFor(get(urlEqualTo("/api/projects/3/exports/12/download?exportType=YOLO"))
			.willReturn(aResponse().withStatus(404).withBody("YOLO format is not converted yet")));

		assertThatThrownBy(() -> exports().download(3, 12, ExportFormat.YOLO, new ByteArrayOutputStream()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aReaderGetsTheBodyAndItsFileName() {
		stubFor(get(urlEqualTo("/api/projects/3/exports/12/download?exportType=CSV"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/csv")
				.withHeader("Content-Disposition", "attachment; filename=\"p.csv\"")
				.withBody("id\n1\n2\n")));

		List<String> lines = exports().download(3, 12, ExportFormat.CSV, (in, name, type) -> List.of(name, type,
				new String(in.readAllBytes(), StandardCharsets.UTF_8)));

		assertThat(lines).containsExactly("p.csv", "application/csv", "id\n1\n2\n");
	}

	@Test
	void streamTasksReadsTypedTasksWithTheirAnnotationsAndPredictions() {
		stubFor(get(urlEqualTo("/api/projects/3/exports/12/download?exportType=JSON")).willReturn(okJson(TASKS)));

		List<ExportedTask> tasks;
		try (Stream<ExportedTask> stream = exports().streamTasks(3, 12)) {
			tasks = stream.toList();
		}

		assertThat(tasks).hasSize(2);
		ExportedTask first = tasks.get(0);
		assertThat(first.data()).containsEntry("text", "good");
		assertThat(first.project()).isEqualTo(3L);
		assertThat(first.fileUpload()).isEqualTo("upload/3/a.json");
		ExportedAnnotation annotation = first.annotations().get(0);
		assertThat(annotation.id()).isEqualTo(10);
		assertThat(annotation.completedById()).isEqualTo(2L);
		assertThat(annotation.leadTime()).isEqualTo(3.5);
		assertThat(annotation.result()).singleElement()
			.satisfies((region) -> assertThat(region).containsEntry("value", Map.of("choices", List.of("Positive"))));
		assertThat(first.predictions()).singleElement().satisfies((prediction) -> {
			assertThat(prediction.modelVersion()).isEqualTo("v1");
			assertThat(prediction.score()).isEqualTo(0.9);
		});
		assertThat(tasks.get(1).annotations().get(0).completedById()).isEqualTo(4L);
		assertThat(tasks.get(1).predictions()).isEmpty();
	}

	@Test
	void streamTasksOfABodyThatIsNotAnArrayFailsWhenRead() {
		stubFor(get(urlEqualTo("/api/projects/3/exports/12/download?exportType=JSON"))
			.willReturn(okJson("{\"detail\": \"oops\"}")));

		try (Stream<ExportedTask> stream = exports().streamTasks(3, 12)) {
			assertThatThrownBy(stream::toList).isInstanceOf(LabelStudioException.class)
				.hasMessageContaining("not a JSON export of tasks");
		}
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> exports().get(0, 1)).withMessageContaining("projectId");
		assertThatIllegalArgumentException().isThrownBy(() -> exports().get(1, -2)).withMessageContaining("exportId");
		assertThatIllegalArgumentException().isThrownBy(() -> exports().convert(1, 2, null))
			.withMessageContaining("format");
		assertThatIllegalArgumentException().isThrownBy(() -> exports().download(1, 2, ExportFormat.JSON, (Path) null))
			.withMessageContaining("target");
		assertThatIllegalArgumentException().isThrownBy(() -> exports().create(1, null))
			.withMessageContaining("snapshot");
		assertThatIllegalArgumentException().isThrownBy(() -> ExportFormat.of(" "));
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

}
