package dev.labelstudio4j.client.exports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.testsupport.TestTransport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON export of 100,000 annotated tasks (about 1 KiB each, some 100 MB), generated lazily by a local
 * server, downloaded to a file and read back as a stream, and also streamed straight from the connection.
 * Runs in its own JVM with {@code -Xmx64m} (surefire execution {@code streaming-export-64m}): it passes only
 * if neither the download nor the reader holds the export in memory.
 */
class StreamingExportTests {

	private static final int TASKS = 100_000;

	private static final String PADDING = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(12);

	private HttpServer server;

	private final AtomicLong bytesSent = new AtomicLong();

	private final AtomicInteger requests = new AtomicInteger();

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/projects/4/exports/21/download", this::generateExport);
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	/** Writes the export task by task (chunked); nothing of it is kept. */
	private void generateExport(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders()
			.set("Content-Disposition", "attachment; filename=\"export/4/project-4-at-2026-01-15-09-30-ab12cd34.json\"");
		exchange.sendResponseHeaders(200, 0);
		long total = 0;
		try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 64 * 1024)) {
			total += write(out, "[");
			for (int i = 1; i <= TASKS; i++) {
				String task = ((i > 1) ? "," : "") + "{\"id\":" + i + ",\"data\":{\"text\":\"Review " + i + ": " + PADDING
						+ "\"},\"meta\":{},\"project\":4,\"annotations\":[{\"id\":" + (TASKS + i)
						+ ",\"completed_by\":{\"id\":1,\"email\":\"ann@example.com\"},\"result\":[{\"id\":\"r" + i
						+ "\",\"from_name\":\"sentiment\",\"to_name\":\"text\",\"type\":\"choices\",\"value\":{\"choices\":[\""
						+ ((i % 2 == 0) ? "Positive" : "Negative") + "\"]}}],\"was_cancelled\":false,\"ground_truth\":false,"
						+ "\"lead_time\":2.5,\"task\":" + i + "}],\"predictions\":[{\"id\":" + (2 * TASKS + i)
						+ ",\"model_version\":\"v1\",\"score\":0.5,\"result\":[]}],\"drafts\":[]}";
				total += write(out, task);
			}
			total += write(out, "]");
		}
		this.bytesSent.set(total);
	}

	private static int write(OutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.write(bytes);
		return bytes.length;
	}

	private LabelStudioClient client() {
		LabelStudioClient client = LabelStudioClient.builder()
			.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort())
			.apiKey("0123456789abcdef0123456789abcdef01234567")
			.build();
		TestTransport.assertExpected(client);
		return client;
	}

	@Test
	void aHundredThousandTasksAreDownloadedToAFileAndReadBackOneAtATime(@TempDir Path dir) throws IOException {
		ExportDownload download = client().projects().exports().download(4, 21, ExportFormat.JSON, dir);

		assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx64m").isLessThan(100L * 1024 * 1024);
		assertThat(download.fileName()).isEqualTo("project-4-at-2026-01-15-09-30-ab12cd34.json");
		assertThat(download.bytesWritten()).isEqualTo(this.bytesSent.get()).isEqualTo(Files.size(download.path()));
		assertThat(download.bytesWritten()).isGreaterThan(Runtime.getRuntime().maxMemory());
		assertCounts(ExportedTasks.stream(download.path()));
	}

	@Test
	void aHundredThousandTasksAreStreamedStraightFromTheConnection() {
		assertCounts(client().projects().exports().streamTasks(4, 21));

		assertThat(this.bytesSent.get()).isGreaterThan(Runtime.getRuntime().maxMemory());
		assertThat(this.requests).hasValue(1);
	}

	private static void assertCounts(Stream<ExportedTask> stream) {
		long[] counts = new long[4];
		try (Stream<ExportedTask> tasks = stream) {
			tasks.forEach((task) -> {
				counts[0]++;
				assertThat(task.id()).isEqualTo(counts[0]);
				counts[1] += task.annotations().size();
				counts[2] += task.predictions().size();
				ExportedAnnotation annotation = task.annotations().get(0);
				if (annotation.completedById() == 1L && "Positive".equals(((java.util.List<?>) ((java.util.Map<?, ?>) annotation
					.result().get(0).get("value")).get("choices")).get(0))) {
					counts[3]++;
				}
			});
		}
		assertThat(counts[0]).as("tasks").isEqualTo(TASKS);
		assertThat(counts[1]).as("annotations").isEqualTo(TASKS);
		assertThat(counts[2]).as("predictions").isEqualTo(TASKS);
		assertThat(counts[3]).as("positive annotations by user 1").isEqualTo(TASKS / 2);
	}

}
