package dev.labelstudio4j.client.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.net.Socket;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.io.OutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.testsupport.TestTransport;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The default transport without Apache HttpClient 5 on the class path (Spring's JDK request factory over
 * a {@link SynchronousHttpClient}; surefire leaves Apache out of the executions that run this) and the
 * client's JSON reading: answers on the calling thread, read timeouts on the headers and on the body,
 * response bodies left for the invoker to close.
 */
class DefaultTransportTest extends WireMockTestBase {

	@Test
	void withoutApacheHttpClientTheDefaultIsTheJdkClient() {
		assumeTrue("jdk".equals(System.getProperty(TestTransport.PROPERTY)),
				"run by a surefire execution without Apache HttpClient 5");
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName("org.apache.hc.client5.http.impl.classic.HttpClients"));
		assertThat(client().requestFactoryType()).isEqualTo(JdkClientHttpRequestFactory.class);
	}

	@Test
	void sendAsyncAnswersWithACompletedFuture() throws Exception {
		stubFor(get("/api/version/").willReturn(okJson("{\"release\":\"1.13.1\"}")));
		SynchronousHttpClient client = new SynchronousHttpClient(HttpClient.newHttpClient(), Duration.ofSeconds(5), new Watchdog());
		HttpRequest request = HttpRequest.newBuilder(URI.create(wm.baseUrl() + "/api/version/"))
			.header("X-Test", "1")
			.build();
		CompletableFuture<HttpResponse<String>> future = client.sendAsync(request,
				HttpResponse.BodyHandlers.ofString());
		assertThat(future).isDone();
		assertThat(future.get().body()).isEqualTo("{\"release\":\"1.13.1\"}");
		verify(getRequestedFor(urlEqualTo("/api/version/")).withHeader("X-Test", equalTo("1")));
	}

	@Test
	void sendAsyncReportsAFailureThroughTheFuture() {
		SynchronousHttpClient client = new SynchronousHttpClient(HttpClient.newHttpClient(), Duration.ofSeconds(5), new Watchdog());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/")).build();
		CompletableFuture<HttpResponse<String>> future = client.sendAsync(request,
				HttpResponse.BodyHandlers.ofString());
		assertThat(future).isCompletedExceptionally();
		assertThat(future).failsWithin(Duration.ZERO)
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.withCauseInstanceOf(IOException.class);
	}

	@Test
	void readTimeoutAppliesWhileWaitingForTheHeaders() {
		stubFor(get("/api/projects/7/").willReturn(okJson("{\"id\":7}").withFixedDelay(5_000)));
		LabelStudioClient client = clientBuilder().readTimeout(Duration.ofMillis(200))
			.retrySettings(RetrySettings.disabled())
			.build();
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7))
			.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
	}

	@ParameterizedTest(name = "Content-Length: {0}")
	@ValueSource(ints = { 100, SynchronousHttpClient.BUFFER_FROM + 100 })
	void readTimeoutAppliesWhileReadingTheBody(int length) throws Exception {
		// a server that sends the headers and part of the body, then nothing more (the longer body is
		// read whole by the JDK client before the answer is handed over, the shorter one streamed)
		RequestOptions options = RequestOptions.builder().readTimeout(Duration.ofMillis(300)).build();
		LabelStudioClient client = servingOneAnswer((out, done) -> {
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + length
					+ "\r\n\r\n{\"id\":7,\"title\":\"").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			done.await(30, TimeUnit.SECONDS);
		}, (stalled) -> assertThatExceptionOfType(LabelStudioIoException.class)
			.isThrownBy(() -> stalled.projects().get(7, options))
			.satisfies((ex) -> {
				assertThat(ex.isTimeout()).isTrue();
				assertThat(ex.isRequestNotSent()).isFalse();
				if (TestTransport.isJdk(stalled)) {
					assertThat(ex).hasMessageContaining("no response data within the read timeout of 300 ms");
				}
			}));
		assertThat(ClientInternals.invoker(client).transport().watchdog().watched()).isZero();
	}

	@Test
	void readTimeoutIsPerReadSoASlowButFlowingBodyArrives() {
		// six parts ~330 ms apart: longer than the read timeout in all, never that long without data
		// (not gzipped: a decoder may need several parts before it has a byte to give)
		stubFor(get("/api/projects/7/").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":7,\"title\":\"" + "x".repeat(2_000) + "\"}")
			.withGzipDisabled(true)
			.withChunkedDribbleDelay(6, 2_000)));
		LabelStudioClient client = clientBuilder().retrySettings(RetrySettings.disabled()).build();
		RequestOptions options = RequestOptions.builder().readTimeout(Duration.ofMillis(1_200)).build();
		assertThat(client.projects().get(7, options).title()).hasSize(2_000);
		assertThat(ClientInternals.invoker(client).transport().watchdog().watched()).isZero();
	}

	@Test
	void aBodyOfKnownLengthArrivesWholeAndOneOfUnknownLengthIsStreamed() throws Exception {
		// longer than the JDK client's first read, short enough to be read whole
		String half = "{\"id\":7,\"title\":\"" + "x".repeat(SynchronousHttpClient.BUFFER_FROM);
		String rest = "x\"}";
		try (HeldBackServer server = new HeldBackServer()) {
			SynchronousHttpClient client = new SynchronousHttpClient(HttpClient.newHttpClient(),
					Duration.ofSeconds(10), new Watchdog());
			HttpRequest request = HttpRequest.newBuilder(URI.create(server.url())).build();
			ExecutorService caller = Executors.newSingleThreadExecutor();
			try {
				// Content-Length: the answer is handed over once the whole body is there
				Future<HttpResponse<InputStream>> known = caller.submit(() -> client.send(request,
						HttpResponse.BodyHandlers.ofInputStream()));
				// (a streamed answer would be handed over within the 300 ms; this one is not, however long)
				server.answer("Content-Length: " + (half.length() + rest.length()), half, rest,
						() -> assertThatExceptionOfType(TimeoutException.class)
							.isThrownBy(() -> known.get(300, TimeUnit.MILLISECONDS)));
				try (InputStream body = known.get(10, TimeUnit.SECONDS).body()) {
					assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(half + rest);
				}
				// chunked: the answer is handed over with the first part, the rest streams
				Future<HttpResponse<InputStream>> unknown = caller.submit(() -> client.send(request,
						HttpResponse.BodyHandlers.ofInputStream()));
				server.answer("Transfer-Encoding: chunked", chunk(half), chunk(rest) + "0\r\n\r\n", () -> {
					HttpResponse<InputStream> response = unknown.get(10, TimeUnit.SECONDS);
					assertThat(new String(response.body().readNBytes(half.length()), StandardCharsets.UTF_8))
						.isEqualTo(half);
				});
			}
			finally {
				caller.shutdownNow();
			}
		}
	}

	@Test
	void aBodyReadWholeThatFlowsSlowlyArrives() throws Exception {
		String body = "{\"id\":7,\"title\":\"" + "x".repeat(SynchronousHttpClient.BUFFER_FROM + 50) + "\"}";
		RequestOptions options = RequestOptions.builder().readTimeout(Duration.ofMillis(500)).build();
		LabelStudioClient client = servingOneAnswer((out, done) -> {
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
					+ "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			// five parts, each after a wait shorter than the read timeout, longer than it in all
			for (int i = 0; i < 5; i++) {
				done.await(150, TimeUnit.MILLISECONDS);
				out.write(body.substring(i * body.length() / 5, (i + 1) * body.length() / 5)
					.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
		}, (slow) -> assertThat(slow.projects().get(7, options).title())
			.hasSize(SynchronousHttpClient.BUFFER_FROM + 50));
		assertThat(ClientInternals.invoker(client).transport().watchdog().watched()).isZero();
	}

	/** What a one-connection test server writes once it has read a request; {@code done} opens when the test ends. */
	@FunctionalInterface
	interface Answer {

		void write(OutputStream out, CountDownLatch done) throws Exception;

	}

	/** What a test does with a client of the test server. */
	@FunctionalInterface
	interface Calls {

		void run(LabelStudioClient client) throws Exception;

	}

	/**
	 * Serve one connection on 127.0.0.1 with {@code answer} while {@code calls} use a client of it (no
	 * retries), then let the server end.
	 * @return the client, for checks after the server is gone
	 */
	private static LabelStudioClient servingOneAnswer(Answer answer, Calls calls) throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CountDownLatch done = new CountDownLatch(1);
			Thread serving = new Thread(() -> {
				try (Socket socket = server.accept()) {
					readHead(socket.getInputStream());
					answer.write(socket.getOutputStream(), done);
				}
				catch (Exception ex) {
					// the test ends
				}
			});
			serving.start();
			LabelStudioClient client = LabelStudioClient.builder()
				.baseUrl("http://127.0.0.1:" + server.getLocalPort())
				.apiKey(API_KEY)
				.retrySettings(RetrySettings.disabled())
				.build();
			try {
				calls.run(client);
			}
			finally {
				done.countDown();
				serving.join();
			}
			return client;
		}
	}

	private static void readHead(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (head.indexOf("\r\n\r\n") < 0) {
			int b = in.read();
			if (b == -1) {
				throw new IOException("closed");
			}
			head.append((char) b);
		}
	}

	private static String chunk(String text) {
		return Integer.toHexString(text.length()) + "\r\n" + text + "\r\n";
	}

	/** What a test does while a server holds back the rest of its answer. */
	@FunctionalInterface
	interface WhileHeldBack {

		void run() throws Exception;

	}

	/**
	 * A server on one keep-alive connection that answers a request with its headers and a first part,
	 * and the rest only once the test has checked what it wanted meanwhile.
	 */
	static final class HeldBackServer implements AutoCloseable {

		private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());

		private Socket socket;

		HeldBackServer() throws IOException {
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getLocalPort() + "/api/projects/7/";
		}

		void answer(String framing, String first, String rest, WhileHeldBack meanwhile) throws Exception {
			if (this.socket == null) {
				this.server.setSoTimeout(10_000);
				this.socket = this.server.accept();
				this.socket.setSoTimeout(10_000);
			}
			readHead(this.socket.getInputStream());
			OutputStream out = this.socket.getOutputStream();
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n" + first)
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			try {
				meanwhile.run();
			}
			finally {
				out.write(rest.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
		}

		@Override
		public void close() throws IOException {
			if (this.socket != null) {
				this.socket.close();
			}
			this.server.close();
		}

	}

	@Test
	void jsonReadingLeavesTheBodyOpenForTheInvoker() {
		boolean[] closed = new boolean[1];
		FilterInputStream body = new FilterInputStream(
				new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8))) {
			@Override
			public void close() throws IOException {
				closed[0] = true;
				super.close();
			}
		};
		LabelStudioJson json = LabelStudioJson.get();
		Map<String, Object> value = json.read(body, json.type(Map.class));
		assertThat(value).containsEntry("a", 1);
		assertThat(closed[0]).isFalse();
	}

}
