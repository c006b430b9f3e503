package dev.labelstudio4j.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The read timeout on both transports: it bounds each wait (for the server to take the request body, for
 * the answer, for each read of it) and never the time a body takes while it flows; I/O while the body is
 * written is a {@link LabelStudioIoException}; a cut body on a GET is retried.
 */
class TransportTimeoutTests extends WireMockTestBase {

	private static final String TEXT = "lorem ipsum ".repeat(40);

	@Test
	void aSlowlyProducedStreamedImportIsNotCutByTheReadTimeout() {
		stubFor(post(urlPathEqualTo("/api/projects/7/import")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"task_count\":30}")));
		LabelStudioClient client = clientBuilder().readTimeout(Duration.ofMillis(1_000)).build();
		// 30 tasks 100 ms apart: three times the read timeout to send, never a tenth of it without data
		Stream<Map<String, Object>> tasks = IntStream.range(0, 30).mapToObj((n) -> {
			pause(100);
			return Map.of("data", Map.of("n", n));
		});
		assertThat(client.projects().importTasks(7, tasks).taskCount()).isEqualTo(30);
		verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/projects/7/import")));
		client.close();
	}

	@Test
	void anUploadTheServerStopsReadingFailsWithinTheReadTimeoutAndIsNotSentAgain() throws Exception {
		AtomicInteger connections = new AtomicInteger();
		try (ScriptedServer server = new ScriptedServer((socket, number) -> {
			connections.incrementAndGet();
			pause(15_000); // reads nothing: the client's socket buffers fill
		})) {
			LabelStudioClient client = server.client(Duration.ofMillis(500));
			long start = System.nanoTime();
			assertThatExceptionOfType(LabelStudioIoException.class)
				.isThrownBy(() -> client.projects().importTasks(7, tasks(8_000_000)))
				.satisfies((ex) -> {
					assertThat(ex.isTimeout()).isTrue();
					assertThat(ex.isRequestNotSent()).isFalse();
					assertThat(ex).hasMessageContaining("the server may have processed the request");
				});
			// the bound of one attempt that waits once: the read timeout, plus slack for a busy machine
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
			assertThat(connections).hasValue(1);
			client.close();
		}
	}

	@Test
	void aResetWhileTheBodyIsWrittenIsAnIoFailureAndIsNotSentAgain() throws Exception {
		AtomicInteger connections = new AtomicInteger();
		try (ScriptedServer server = new ScriptedServer((socket, number) -> {
			connections.incrementAndGet();
			try {
				socket.getInputStream().readNBytes(256 * 1024);
				socket.setSoLinger(true, 0);
				socket.close();
			}
			catch (IOException ex) {
				// the client went away
			}
		})) {
			LabelStudioClient client = server.client(Duration.ofSeconds(5));
			assertThatExceptionOfType(LabelStudioIoException.class)
				.isThrownBy(() -> client.projects().importTasks(7, tasks(4_000_000)))
				.satisfies((ex) -> assertThat(ex.isRequestNotSent()).isFalse());
			assertThat(connections).hasValue(1);
			client.close();
		}
	}

	@Test
	void aCutBodyOnAGetIsRetried() throws Exception {
		String project = "{\"id\":7,\"title\":\"Cut\"}";
		try (ScriptedServer server = new ScriptedServer((socket, number) -> {
			try {
				ScriptedServer.readHead(socket.getInputStream());
				OutputStream out = socket.getOutputStream();
				byte[] body = project.getBytes(StandardCharsets.UTF_8);
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
						+ "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
				out.write(body, 0, (number == 1) ? body.length / 2 : body.length);
				out.flush();
			}
			catch (IOException ex) {
				// the client went away
			}
		})) {
			LabelStudioClient client = server.client(Duration.ofSeconds(5));
			Project got = client.projects().get(7);
			assertThat(got.title()).isEqualTo("Cut");
			assertThat(server.connections()).isEqualTo(2);
			client.close();
		}
	}

	@Test
	void headerValuesWithLineBreaksAreRefusedWhereTheyAreSet() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> LabelStudioClient.builder().defaultHeader("X-Tenant", "a\r\nX-Evil: 1"))
			.withMessageContaining("X-Tenant");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> RequestOptions.builder().header("X-Trace", "a\nb"))
			.withMessageContaining("X-Trace");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> client().withOptions((options) -> options.header("X-Tenant", "a\rb")))
			.withMessageContaining("X-Tenant");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> RequestOptions.builder().header("X Bad", "v"))
			.withMessageContaining("X Bad");
		assertThat(RequestOptions.builder().header("X-Trace", "a\tb").build().headers()).containsEntry("X-Trace", "a\tb");
	}

	/** About {@code bytes} of tasks, made as they are written. */
	private static List<Map<String, Object>> tasks(int bytes) {
		int count = bytes / (TEXT.length() + 40);
		return new AbstractList<>() {

			@Override
			public Map<String, Object> get(int index) {
				return Map.of("data", Map.of("n", index, "text", TEXT));
			}

			@Override
			public int size() {
				return count;
			}

		};
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A server on 127.0.0.1 with small buffers that serves each connection with a script. */
	private static final class ScriptedServer implements AutoCloseable {

		private final ServerSocket server;

		private final Thread acceptor;

		private final AtomicInteger connections = new AtomicInteger();

		ScriptedServer(BiConsumer<Socket, Integer> script) throws IOException {
			this.server = new ServerSocket();
			this.server.setReceiveBufferSize(16 * 1024);
			this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			this.acceptor = new Thread(() -> {
				while (!this.server.isClosed()) {
					try {
						Socket socket = this.server.accept();
						int number = this.connections.incrementAndGet();
						Thread serving = new Thread(() -> {
							try (socket) {
								script.accept(socket, number);
							}
							catch (IOException ex) {
								// closed
							}
						}, "scripted-server-" + number);
						serving.setDaemon(true);
						serving.start();
					}
					catch (IOException ex) {
						// closed
					}
				}
			}, "scripted-server");
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}

		int connections() {
			return this.connections.get();
		}

		LabelStudioClient client(Duration readTimeout) {
			return LabelStudioClient.builder()
				.baseUrl("http://127.0.0.1:" + this.server.getLocalPort())
				.apiKey(API_KEY)
				.readTimeout(readTimeout)
				.retrySettings(RetrySettings.defaults()
					.withInitialInterval(Duration.ofMillis(1))
					.withMaxInterval(Duration.ofMillis(10)))
				.build();
		}

		static void readHead(InputStream in) throws IOException {
			int matched = 0;
			while (matched < 4) {
				int b = in.read();
				if (b == -1) {
					throw new IOException("closed");
				}
				matched = (b == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : ((b == '\r') ? 1 : 0);
			}
		}

		@Override
		public void close() throws Exception {
			this.server.close();
			this.acceptor.join(5_000);
		}

	}

}
