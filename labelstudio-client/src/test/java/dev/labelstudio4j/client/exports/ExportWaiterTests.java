package dev.labelstudio4j.client.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The snapshot waiter against a server whose snapshot and conversion take several polls, fail or never
 * finish. The download stub exists only once the conversion is completed, so a waiter that polled the
 * snapshot instead of the conversion would download a 404.
 */
class ExportWaiterTests extends WireMockTestBase {

	private static final String SNAPSHOT = "/api/projects/3/exports/12";

	private static final String CONVERT = "/api/projects/3/exports/12/convert";

	private final List<ExportProgress> progress = new CopyOnWriteArrayList<>();

	private SnapshotExport.Builder fast(ExportFormat format) {
		return SnapshotExport.builder()
			.format(format)
			.initialPollInterval(Duration.ofMillis(1))
			.maxPollInterval(Duration.ofMillis(4))
			.timeout(Duration.ofSeconds(20))
			.listener(this.progress::add);
	}

	private static String export(String status, String conversions) {
		return "{\"id\": 12, \"status\": \"" + status + "\", \"created_at\": \"2026-01-15T09:30:00Z\","
				+ " \"converted_formats\": [" + conversions + "]}";
	}

	/** GET of the snapshot answers each body in turn, the last one from then on. */
	private static void snapshotAnswers(String... bodies) {
		String state = Scenario.STARTED;
		for (int i = 0; i < bodies.length; i++) {
			String next = (i < bodies.length - 1) ? "poll-" + (i + 1) : state;
			stubFor(get(urlEqualTo(SNAPSHOT)).inScenario("snapshot")
				.whenScenarioStateIs(state)
				.willReturn(okJson(bodies[i]))
				.willSetStateTo(next));
			state = next;
		}
	}

	private static void createAnswers(String body) {
		stubFor(post(urlEqualTo("/api/projects/3/exports/")).willReturn(okJson(body).withStatus(201)));
	}

	@Test
	void aSlowSnapshotAndASlowConversionAreWaitedForThenTheConvertedFileIsDownloaded(@TempDir Path dir)
			throws IOException {
		createAnswers(export("created", ""));
		stubFor(post(urlEqualTo(CONVERT)).willReturn(okJson("{\"export_type\": \"CSV\", \"converted_format\": 7}")));
		snapshotAnswers(export("in_progress", ""), export("in_progress", ""), export("completed", ""),
				// the snapshot is completed, its conversion is not: the waiter must keep polling the conversion
				export("completed", "{\"id\": 7, \"status\": \"created\", \"export_type\": \"CSV\"}"),
				export("completed", "{\"id\": 7, \"status\": \"in_progress\", \"export_type\": \"CSV\"}"),
				export("completed", "{\"id\": 6, \"status\": \"completed\", \"export_type\": \"YOLO\"},"
						+ " {\"id\": 7, \"status\": \"completed\", \"export_type\": \"CSV\"}"));
		stubFor(get(urlEqualTo(SNAPSHOT + "/download?exportType=CSV")).inScenario("snapshot")
			.whenScenarioStateIs("poll-5")
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Disposition", "attachment; filename=\"export/3/project-3.csv\"")
				.withBody("id,sentiment\n1,Positive\n")));
		stubFor(get(urlEqualTo(SNAPSHOT + "/download?exportType=CSV")).atPriority(10)
			.willReturn(aResponse().withStatus(404).withBody("CSV format is not converted yet")));

		ExportResult result = client().projects()
			.exports()
			.exportSnapshot(3, fast(ExportFormat.CSV).downloadResources(false).build(), dir);

		assertThat(Files.readString(dir.resolve("project-3.csv"))).isEqualTo("id,sentiment\n1,Positive\n");
		assertThat(result.download().fileName()).isEqualTo("project-3.csv");
		assertThat(result.snapshot().isCompleted()).isTrue();
		assertThat(result.conversion()).extracting(ConvertedFormat::id, ConvertedFormat::status, ConvertedFormat::exportType,
				ConvertedFormat::traceback)
			.containsExactly(7L, ExportStatus.COMPLETED, "CSV", null);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/projects/3/exports/")));
		verify(exactly(1), postRequestedFor(urlEqualTo(CONVERT))
			.withRequestBody(equalToJson("{\"export_type\": \"CSV\", \"download_resources\": false}", false, false)));
		verify(exactly(6), getRequestedFor(urlEqualTo(SNAPSHOT)));
		verify(exactly(1), getRequestedFor(urlEqualTo(SNAPSHOT + "/download?exportType=CSV")));
		assertThat(this.progress).extracting(ExportProgress::stage)
			.containsExactly(ExportProgress.Stage.SNAPSHOT_CREATED, ExportProgress.Stage.SNAPSHOT_PENDING,
					ExportProgress.Stage.SNAPSHOT_PENDING, ExportProgress.Stage.SNAPSHOT_COMPLETED,
					ExportProgress.Stage.CONVERSION_STARTED, ExportProgress.Stage.CONVERSION_PENDING,
					ExportProgress.Stage.CONVERSION_PENDING, ExportProgress.Stage.CONVERSION_COMPLETED,
					ExportProgress.Stage.DOWNLOAD_STARTED, ExportProgress.Stage.DOWNLOAD_COMPLETED);
		assertThat(this.progress.get(5).status()).isEqualTo(ExportStatus.CREATED);
		assertThat(this.progress.get(6).status()).isEqualTo(ExportStatus.IN_PROGRESS);
		assertThat(this.progress.get(6).convertedFormatId()).isEqualTo(7L);
		assertThat(this.progress).allSatisfy((step) -> {
			assertThat(step.projectId()).isEqualTo(3);
			assertThat(step.exportId()).isEqualTo(12);
		});
	}

	@Test
	void jsonIsDownloadedWithoutConversionAndTheSnapshotCanBeDeletedAfterwards(@TempDir Path dir) throws IOException {
		createAnswers(export("completed", ""));
		stubFor(get(urlEqualTo(SNAPSHOT + "/download?exportType=JSON")).willReturn(okJson("[]")));
		stubFor(delete(urlEqualTo(SNAPSHOT)).willReturn(aResponse().withStatus(204)));

		ExportResult result = client().projects()
			.exports()
			.exportSnapshot(3, fast(ExportFormat.JSON).deleteSnapshot(true)
				.snapshot(ExportCreate.builder().title("nightly").build())
				.build(), dir.resolve("out.json"));

		assertThat(Files.readString(dir.resolve("out.json"))).isEqualTo("[]");
		assertThat(result.conversion()).isNull();
		verify(postRequestedFor(urlEqualTo("/api/projects/3/exports/"))
			.withRequestBody(equalToJson("{\"title\": \"nightly\"}", false, false)));
		verify(exactly(0), postRequestedFor(urlEqualTo(CONVERT)));
		verify(exactly(0), getRequestedFor(urlEqualTo(SNAPSHOT)));
		verify(exactly(1), deleteRequestedFor(urlEqualTo(SNAPSHOT)));
	}

	@Test
	void aFailingConversionIsAnExportFailedExceptionWithTheServersReason(@TempDir Path dir) {
		createAnswers(export("completed", ""));
		stubFor(post(urlEqualTo(CONVERT)).willReturn(okJson("{\"export_type\": \"YOLO\", \"converted_format\": 8}")));
		snapshotAnswers(export("completed", "{\"id\": 8, \"status\": \"in_progress\", \"export_type\": \"YOLO\"}"),
				export("completed", "{\"id\": 8, \"status\": \"failed\", \"export_type\": \"YOLO\","
						+ " \"traceback\": \"KeyError: 'RectangleLabels'\"}"));

		assertThatThrownBy(() -> client().projects().exports().exportSnapshot(3, fast(ExportFormat.YOLO).build(), dir))
			.isInstanceOfSatisfying(ExportFailedException.class, (ex) -> {
				assertThat(ex.getProjectId()).isEqualTo(3);
				assertThat(ex.getExportId()).isEqualTo(12);
				assertThat(ex.getConvertedFormatId()).isEqualTo(8L);
				assertThat(ex.getExportType()).isEqualTo("YOLO");
				assertThat(ex.getReason()).isEqualTo("KeyError: 'RectangleLabels'");
				assertThat(ex.getMessage()).contains("conversion 8 to YOLO of export 12 of project 3 failed: KeyError");
			});
		verify(exactly(0), getRequestedFor(urlPathMatching(".*/download")));
		assertThat(dir.toFile().list()).isEmpty();
	}

	@Test
	void aFailingSnapshotIsAnExportFailedException(@TempDir Path dir) {
		createAnswers(export("created", ""));
		snapshotAnswers(export("in_progress", ""), export("failed", ""));

		assertThatThrownBy(() -> client().projects().exports().exportSnapshot(3, fast(ExportFormat.CSV).build(), dir))
			.isInstanceOfSatisfying(ExportFailedException.class, (ex) -> {
				assertThat(ex.getConvertedFormatId()).isNull();
				assertThat(ex.getExportType()).isNull();
				assertThat(ex.getReason()).isNull();
				assertThat(ex.getMessage()).contains("export 12 of project 3 failed (the server gave no reason)");
			});
		verify(exactly(0), postRequestedFor(urlEqualTo(CONVERT)));
		verify(exactly(0), getRequestedFor(urlPathMatching(".*/download")));
	}

	@Test
	void aConversionThatNeverFinishesTimesOutWithItsLastStatus(@TempDir Path dir) {
		createAnswers(export("completed", ""));
		stubFor(post(urlEqualTo(CONVERT)).willReturn(okJson("{\"export_type\": \"COCO\", \"converted_format\": 9}")));
		snapshotAnswers(export("completed", "{\"id\": 9, \"status\": \"in_progress\", \"export_type\": \"COCO\"}"));

		assertThatThrownBy(() -> client().projects()
			.exports()
			.exportSnapshot(3, fast(ExportFormat.COCO).timeout(Duration.ofMillis(300)).build(), dir))
			.isInstanceOfSatisfying(ExportTimeoutException.class, (ex) -> {
				assertThat(ex.getConvertedFormatId()).isEqualTo(9L);
				assertThat(ex.getLastStatus()).isEqualTo(ExportStatus.IN_PROGRESS);
				assertThat(ex.getTimeout()).isEqualTo(Duration.ofMillis(300));
			});
		verify(exactly(0), getRequestedFor(urlPathMatching(".*/download")));
	}

	@Test
	void aSnapshotThatNeverFinishesTimesOut() {
		snapshotAnswers(export("in_progress", ""));

		assertThatThrownBy(() -> client().projects()
			.exports()
			.awaitSnapshot(3, 12, fast(ExportFormat.JSON).timeout(Duration.ofMillis(200)).build()))
			.isInstanceOfSatisfying(ExportTimeoutException.class, (ex) -> {
				assertThat(ex.getConvertedFormatId()).isNull();
				assertThat(ex.getLastStatus()).isEqualTo(ExportStatus.IN_PROGRESS);
			});
	}

	@Test
	void aConversionAlreadyStartedIsFollowedInsteadOfStartedAgain(@TempDir Path dir) throws IOException {
		createAnswers(export("completed", "{\"id\": 5, \"status\": \"in_progress\", \"export_type\": \"TSV\"}"));
		stubFor(post(urlEqualTo(CONVERT)).willReturn(aResponse().withStatus(400)
			.withBody("{\"detail\": \"Validation error\", \"validation_errors\": [\"Conversion to TSV already started\"]}")));
		snapshotAnswers(export("completed", "{\"id\": 5, \"status\": \"completed\", \"export_type\": \"TSV\"}"));
		stubFor(get(urlEqualTo(SNAPSHOT + "/download?exportType=TSV")).willReturn(okJson("id\n")));

		ExportResult result = client().projects()
			.exports()
			.exportSnapshot(3, fast(ExportFormat.TSV).build(), dir.resolve("x.tsv"));

		assertThat(result.conversion().id()).isEqualTo(5L);
		assertThat(Files.readString(dir.resolve("x.tsv"))).isEqualTo("id\n");
		verify(exactly(1), postRequestedFor(urlEqualTo(CONVERT)));
	}

}
