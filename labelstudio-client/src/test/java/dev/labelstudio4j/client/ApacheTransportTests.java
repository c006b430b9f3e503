package dev.labelstudio4j.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import com.github.tomakehurst.wiremock.http.Fault;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import dev.labelstudio4j.client.internal.ClientInternals;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectUpdate;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The default transport when Apache HttpClient 5 is on the class path (surefire execution
 * {@code apache-transport}; the other executions leave Apache out and run on the JDK {@code HttpClient}):
 * one pooled client shared by every read-timeout variant, no retries, redirects or cookies of Apache's own,
 * timeouts and refused connections reported as the client's I/O failures.
 */
class ApacheTransportTests extends WireMockTestBase {

	private static final String PROJECT = "/api/projects/7/";

	private static final String PROJECT_JSON = "{\"id\":7,\"title\":\"Apache\"}";

	private LabelStudioClient singleAttemptClient() {
		return clientBuilder().retrySettings(RetrySettings.disabled()).build();
	}

	@Test
	void aProxySystemPropertySetWhenTheClientIsBuiltIsUsed() {
		stubFor(get(urlEqualTo(PROJECT)).willReturn(okJson(PROJECT_JSON)));
		LabelStudioClient direct = clientBuilder().baseUrl("http://labelstudio.invalid:8080")
			.retrySettings(RetrySettings.disabled())
			.build();
		System.setProperty("http.proxyHost", "127.0.0.1");
		System.setProperty("http.proxyPort", String.valueOf(wm.getPort()));
		System.setProperty("http.nonProxyHosts", "");
		try {
			LabelStudioClient proxied = clientBuilder().baseUrl("http://labelstudio.invalid:8080").build();
			// the proxy (WireMock) gets the request for the server named in the base URL
			assertThat(proxied.projects().get(7).title()).isEqualTo("Apache");
			verify(getRequestedFor(urlEqualTo(PROJECT)).withHeader("Host", equalTo("labelstudio.invalid:8080")));
			// a client built before there were proxy settings goes to the server itself, which does not exist
			assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> direct.projects().get(7))
				.satisfies((ex) -> assertThat(ex.isRequestNotSent()).isTrue());
		}
		finally {
			System.clearProperty("http.proxyHost");
			System.clearProperty("http.proxyPort");
			System.clearProperty("http.nonProxyHosts");
		}
	}

	@Test
	void defaultRequestFactoryIsApacheHttpClient() {
		LabelStudioClient client = client();
		assertThat(client.requestFactoryType()).isEqualTo(HttpComponentsClientHttpRequestFactory.class);
		assertThat(client.withOptions((options) -> options.header("X-Tenant", "a")).requestFactoryType())
			.isEqualTo(HttpComponentsClientHttpRequestFactory.class);
	}

	@Test
	void givenRequestFactoryIsKept() {
		ClientHttpRequestFactory given = (uri, method) -> {
			throw new IOException("not used");
		};
		LabelStudioClient client = clientBuilder().requestFactory(given, null).build();
		assertThat(client.requestFactoryType()).isEqualTo(given.getClass());
	}

	@Test
	void theApacheHttpClientItCreatedIsClosed() throws Exception {
		LabelStudioClient client = client();
		ClientHttpRequestFactory factory = factoryOf(ClientInternals.invoker(client).transport().restClient());
		assertThat(factory).isInstanceOf(HttpComponentsClientHttpRequestFactory.class);
		client.close();
		org.apache.hc.client5.http.classic.HttpClient apache = ((HttpComponentsClientHttpRequestFactory) factory)
			.getHttpClient();
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> apache.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(wm.baseUrl()),
					(response) -> null))
			.withMessageContaining("shut down");
	}

	@Test
	void aGivenApacheHttpClientIsLeftOpen() throws Exception {
		stubFor(get(PROJECT).willReturn(okJson(PROJECT_JSON)));
		try (org.apache.hc.client5.http.impl.classic.CloseableHttpClient given = dev.labelstudio4j.client.internal.ApacheHttpTransport
			.httpClient(Duration.ofSeconds(5))) {
			LabelStudioClient client = clientBuilder().apacheHttpClient(given).build();
			client.projects().get(7);
			client.close();
			Integer status = given.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(wm.baseUrl() + PROJECT),
					(response) -> response.getCode());
			assertThat(status).isEqualTo(200);
		}
	}

	@Test
	void perCallReadTimeoutsRunOnTheOneApacheClient() throws Exception {
		stubFor(get(PROJECT).willReturn(okJson(PROJECT_JSON)));
		LabelStudioClient client = client();
		RestClient restClient = ClientInternals.invoker(client).transport().restClient();
		ClientHttpRequestFactory factory = factoryOf(restClient);
		for (int i = 1; i <= 20; i++) {
			client.projects().get(7, RequestOptions.builder().readTimeout(Duration.ofMillis(5_000 + i)).build());
		}
		assertThat(factoryOf(ClientInternals.invoker(client).transport().restClient())).isSameAs(factory);
		client.close();
	}

	private static ClientHttpRequestFactory factoryOf(RestClient restClient) throws Exception {
		java.lang.reflect.Field field = restClient.getClass().getDeclaredField("clientRequestFactory");
		field.setAccessible(true);
		return (ClientHttpRequestFactory) field.get(restClient);
	}

	@Test
	void patchIsSentWithItsBody() {
		stubFor(patch(urlEqualTo(PROJECT))
			.willReturn(okJson(PROJECT_JSON)));
		Project project = client().projects()
			.update(7, ProjectUpdate.builder().title("Apache").build());
		assertThat(project.title()).isEqualTo("Apache");
		verify(exactly(1), patchRequestedFor(urlEqualTo(PROJECT))
			.withRequestBody(equalToJson("{\"title\":\"Apache\"}")));
	}

	@Test
	void apacheDoesNotSendAGetAgainWhenTheConnectionCloses() {
		// The JDK HttpClient sends such a GET twice; Apache's own retries are disabled: the client's retry
		// policy alone decides what is sent again.
		stubFor(get(PROJECT).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
		assertThatExceptionOfType(LabelStudioIoException.class)
			.isThrownBy(() -> singleAttemptClient().projects().get(7))
			.satisfies((ex) -> assertThat(ex.isRequestNotSent()).isFalse());
		verify(exactly(1), getRequestedFor(urlEqualTo(PROJECT)));
	}

	@Test
	@Timeout(30)
	void apacheDoesNotWaitOutARetryAfterItself() {
		// Apache's default retry strategy would sleep 999 s and ask again; the client's policy gives up at
		// once on a Retry-After over its cap.
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "999")));
		assertThatExceptionOfType(RateLimitedException.class).isThrownBy(() -> client().projects().get(7));
		verify(exactly(1), getRequestedFor(urlEqualTo(PROJECT)));
	}

	@Test
	void readTimeoutWhileWaitingForTheResponseIsATimeout() {
		stubFor(get(PROJECT).willReturn(okJson(PROJECT_JSON).withFixedDelay(5_000)));
		LabelStudioClient client = clientBuilder().readTimeout(Duration.ofMillis(200))
			.retrySettings(RetrySettings.disabled())
			.build();
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7))
			.satisfies((ex) -> {
				assertThat(ex.isTimeout()).isTrue();
				assertThat(ex.isRequestNotSent()).isFalse();
				assertThat(ex.getMessage()).startsWith("projects.get failed: timeout (SocketTimeoutException");
				assertThat(ex.getCause()).isInstanceOf(SocketTimeoutException.class);
			});
	}

	@Test
	void perCallReadTimeoutIsATimeoutWhenTheBodyStalls() {
		// Apache's read timeout bounds each wait for data (the socket timeout), not the whole body: a body
		// that stops arriving for longer fails the call.
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":7,\"title\":\"" + "x".repeat(2_000) + "\"}")
			.withChunkedDribbleDelay(2, 5_000)));
		RequestOptions options = RequestOptions.builder().readTimeout(Duration.ofMillis(300)).build();
		assertThatExceptionOfType(LabelStudioIoException.class)
			.isThrownBy(() -> singleAttemptClient().projects().get(7, options))
			.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
	}

	@Test
	void refusedConnectionWasNotSent() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		LabelStudioClient client = clientBuilder().baseUrl("http://127.0.0.1:" + port)
			.retrySettings(RetrySettings.disabled())
			.build();
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7))
			.satisfies((ex) -> {
				assertThat(ex.isRequestNotSent()).isTrue();
				assertThat(ex.isTimeout()).isFalse();
				assertThat(ex.getCause()).isInstanceOf(HttpHostConnectException.class);
			});
	}

	@Test
	void connectTimeoutIsATimeout() throws IOException {
		// A listening socket whose accept queue is full: the kernel drops further connection attempts, which
		// then time out (Linux; skipped where a probe connection does not time out).
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			List<Socket> queued = new ArrayList<>();
			try {
				boolean full = false;
				for (int i = 0; i < 5 && !full; i++) {
					Socket socket = new Socket();
					try {
						socket.connect(server.getLocalSocketAddress(), 200);
						queued.add(socket);
					}
					catch (SocketTimeoutException ex) {
						socket.close();
						full = true;
					}
				}
				assumeTrue(full, "the accept queue never filled up");
				LabelStudioClient client = clientBuilder().baseUrl("http://127.0.0.1:" + server.getLocalPort())
					.connectTimeout(Duration.ofMillis(200))
					.retrySettings(RetrySettings.disabled())
					.build();
				assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7))
					.satisfies((ex) -> {
						assertThat(ex.isTimeout()).isTrue();
						assertThat(ex.getCause()).isInstanceOf(ConnectTimeoutException.class);
						// as the JDK's HttpConnectTimeoutException: nothing was sent, so even a POST may be retried
						assertThat(ex.isRequestNotSent()).isTrue();
					});
			}
			finally {
				for (Socket socket : queued) {
					socket.close();
				}
			}
		}
	}

	@Test
	void redirectsAreNotFollowed() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(302).withHeader("Location", "/elsewhere/")));
		stubFor(get("/elsewhere/").willReturn(okJson(PROJECT_JSON)));
		catchThrowable(() -> singleAttemptClient().projects().get(7));
		verify(exactly(1), getRequestedFor(urlEqualTo(PROJECT)));
		verify(exactly(0), getRequestedFor(urlEqualTo("/elsewhere/")));
	}

	@Test
	void cookiesAreNotKept() {
		stubFor(get(PROJECT).willReturn(okJson(PROJECT_JSON).withHeader("Set-Cookie", "sessionid=abc; Path=/")));
		LabelStudioClient client = client();
		client.projects().get(7);
		client.projects().get(7);
		verify(exactly(2), getRequestedFor(urlEqualTo(PROJECT)).withoutHeader("Cookie"));
	}

	@Test
	void compressedResponsesAreDecoded() throws IOException {
		// Apache asks for compressed answers and decodes them; the JDK client asks for none.
		ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(gzipped)) {
			out.write(PROJECT_JSON.getBytes(StandardCharsets.UTF_8));
		}
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("Content-Encoding", "gzip")
			.withBody(gzipped.toByteArray())));
		assertThat(client().projects().get(7).title()).isEqualTo("Apache");
		verify(getRequestedFor(urlEqualTo(PROJECT)).withHeader("Accept-Encoding",
				containing("gzip")));
	}

	@Test
	void sixteenThreadsSharingAClientAreServedAtOnce() throws Exception {
		// Apache's default pool (5 connections per route) would hold eleven of these calls back until the
		// first five were answered; the server answers none before all sixteen arrived.
		int threads = 16;
		CountDownLatch arrived = new CountDownLatch(threads);
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		ExecutorService serverThreads = Executors.newFixedThreadPool(threads + 4);
		ExecutorService callers = Executors.newFixedThreadPool(threads);
		server.setExecutor(serverThreads);
		server.createContext("/api/projects/7/", (exchange) -> answerWhenAllArrived(exchange, arrived));
		server.start();
		try {
			LabelStudioClient client = LabelStudioClient.builder()
				.baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
				.apiKey(API_KEY)
				.retrySettings(RetrySettings.disabled())
				.build();
			List<Future<Project>> calls = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				calls.add(callers.submit(() -> client.projects().get(7)));
			}
			for (Future<Project> call : calls) {
				assertThat(call.get(30, TimeUnit.SECONDS).title()).isEqualTo("Apache");
			}
		}
		finally {
			server.stop(0);
			callers.shutdownNow();
			serverThreads.shutdownNow();
		}
	}

	private static void answerWhenAllArrived(HttpExchange exchange, CountDownLatch arrived) throws IOException {
		arrived.countDown();
		boolean all;
		try {
			all = arrived.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			all = false;
		}
		byte[] body = (all ? PROJECT_JSON : "{\"detail\":\"not all calls arrived together\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(all ? 200 : 500, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
