package dev.labelstudio4j.client.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.testsupport.TestTransport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports 200,000 tasks of about 1 KiB each (some 200 MB of JSON, generated lazily) to a local server
 * that counts the bytes and throws them away. Runs in its own JVM with {@code -Xmx128m} (surefire
 * execution {@code streaming-import-128m}): it passes only if neither the client nor the HTTP stack holds
 * the body in memory.
 */
class StreamingImportTests {

	private static final int TASKS = 200_000;

	private static final String PADDING = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(17);

	private HttpServer server;

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong braces = new AtomicLong();

	private final AtomicReference<String> transferEncoding = new AtomicReference<>();

	private final AtomicReference<String> contentLength = new AtomicReference<>();

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/projects/9/import", this::countAndDiscard);
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	private void countAndDiscard(HttpExchange exchange) throws IOException {
		this.transferEncoding.set(exchange.getRequestHeaders().getFirst("Transfer-Encoding"));
		this.contentLength.set(exchange.getRequestHeaders().getFirst("Content-Length"));
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		long objects = 0;
		try (InputStream body = exchange.getRequestBody()) {
			int read;
			while ((read = body.read(buffer)) != -1) {
				total += read;
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '{') {
						objects++;
					}
				}
			}
		}
		this.bytes.set(total);
		this.braces.set(objects);
		long tasks = objects / 2;
		byte[] answer = ("{\"task_count\": " + tasks + ", \"annotation_count\": 0, \"predictions_count\": 0,"
				+ " \"duration\": 4.2, \"file_upload_ids\": [], \"could_be_tasks_list\": false,"
				+ " \"found_formats\": [], \"data_columns\": [\"text\"]}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(201, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	@Test
	void twoHundredThousandTasksAreStreamedNotBuffered() {
		LabelStudioClient client = LabelStudioClient.builder()
			.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort())
			.apiKey("0123456789abcdef0123456789abcdef01234567")
			.build();
		TestTransport.assertExpected(client);
		Stream<Map<String, Object>> tasks = IntStream.range(0, TASKS)
			.mapToObj((i) -> Map.of("data", Map.of("text", "Review " + i + ": " + PADDING)));

		ImportResult result = client.projects().importTasks(9, tasks);

		assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx128m").isLessThan(200L * 1024 * 1024);
		assertThat(this.bytes.get()).isGreaterThan((long) TASKS * PADDING.length());
		assertThat(this.bytes.get()).isGreaterThan(Runtime.getRuntime().maxMemory());
		assertThat(this.braces.get()).isEqualTo(2L * TASKS);
		assertThat(result.taskCount()).isEqualTo(TASKS);
		assertThat(this.transferEncoding.get()).isEqualToIgnoringCase("chunked");
		assertThat(this.contentLength.get()).isNull();
	}

}
