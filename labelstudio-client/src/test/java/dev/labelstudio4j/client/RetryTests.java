package dev.labelstudio4j.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.core.type.TypeReference;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.RequestBody;
import dev.labelstudio4j.client.internal.ResponseHandler;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.testsupport.TestTransport;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The retry matrix: which failures of a GET (idempotent) and a POST (not idempotent) are retried, how
 * many requests reach the server, and how {@code Retry-After} is honoured.
 */
class RetryTests extends WireMockTestBase {

	private static final String PROJECT = "/api/projects/7/";

	private static final String CREATE = "/api/projects/";

	private static final String PROJECT_JSON = "{\"id\":7,\"title\":\"Retry\"}";

	private static final String ERROR_500 = "{\"id\":\"0b7e3a52-6a3c-4a43-9f5a-3f1c2d9f8a11\",\"status_code\":500,"
			+ "\"version\":\"1.20.0\",\"detail\":\"Internal server error\",\"exc_info\":null}";

	private final RetryRegistry registry = RetryRegistry.ofDefaults();

	private final List<Duration> waits = new CopyOnWriteArrayList<>();

	private LabelStudioClient retryingClient() {
		LabelStudioClient client = clientBuilder().retryRegistry(this.registry).build();
		Retry retry = this.registry.retry("labelstudio");
		retry.getEventPublisher().onRetry((event) -> this.waits.add(event.getWaitInterval()));
		return client;
	}

	private static Map<String, Object> create(LabelStudioClient client, RequestOptions options) {
		return ClientInternals.invoker(client)
			.execute(ApiRequest.post("projects.create", CREATE)
				.jsonBody(Map.of("title", "Retry"))
				.options(options)
				.returns(ResponseHandler.json(new TypeReference<Map<String, Object>>() {
				})));
	}

	private static RequestOptions optIn() {
		return RequestOptions.builder().retryNonIdempotent(true).build();
	}

	private static void verifyGets(int count) {
		verify(exactly(count), getRequestedFor(urlEqualTo(PROJECT)));
	}

	private static void verifyPosts(int count) {
		RequestPatternBuilder pattern = postRequestedFor(urlEqualTo(CREATE))
			.withRequestBody(equalToJson("{\"title\":\"Retry\"}"));
		verify(exactly(count), pattern);
	}

	/**
	 * WireMock journals a request whose client gave up (read timeout) only when the stub's delay is over:
	 * wait until the count is reached and stays so for longer than the delay.
	 */
	private static void verifyAfterDelay(int count, RequestPatternBuilder pattern) {
		await().atMost(Duration.ofSeconds(10))
			.during(Duration.ofMillis(1700))
			.untilAsserted(() -> verify(exactly(count), pattern));
	}

	/**
	 * Requests on the wire per attempt of a GET whose connection closes before any byte of the response
	 * arrived. The JDK HttpClient itself sends such a GET (or HEAD) a second time, at once (it takes that
	 * for a stale pooled connection); it never does so for other methods: two requests per attempt, on a
	 * fresh connection as on a reused one. Apache HttpClient 5 (the default transport when on the class
	 * path, surefire execution {@code apache-transport}) runs with its own retries disabled: one.
	 */
	private static int requestsPerClosedGet(LabelStudioClient client) {
		return TestTransport.isJdk(client) ? 2 : 1;
	}

	// ---- GET ----

	@Test
	void getIsRetriedOnConnectionResetThreeTimesInTotal() {
		stubFor(get(PROJECT).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		LabelStudioClient client = retryingClient();
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7))
			.satisfies((ex) -> {
				assertThat(ex.isRequestNotSent()).isFalse();
				assertThat(ex.getOperation()).isEqualTo("projects.get");
				assertThat(ex.getMessage()).startsWith("projects.get failed: I/O error");
			});
		verifyGets(3 * requestsPerClosedGet(client));
		assertThat(this.waits).hasSize(2);
	}

	@Test
	void getIsRetriedOnEmptyResponse() {
		stubFor(get(PROJECT).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
		LabelStudioClient client = retryingClient();
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7));
		verifyGets(3 * requestsPerClosedGet(client));
		assertThat(this.waits).hasSize(2);
	}

	@Test
	void getOnAReusedConnectionMakesAsManyRequestsAsOnAFreshOne() {
		LabelStudioClient client = retryingClient();
		stubFor(get(PROJECT).inScenario("reuse")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(PROJECT_JSON))
			.willSetStateTo("broken"));
		stubFor(get(PROJECT).inScenario("reuse")
			.whenScenarioStateIs("broken")
			.willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
		assertThat(client.projects().get(7).title()).isEqualTo("Retry");
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7));
		verifyGets(1 + 3 * requestsPerClosedGet(client));
	}

	@Test
	void getIsRetriedOn500AndSucceeds() {
		stubFor(get(PROJECT).inScenario("500")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody(ERROR_500))
			.willSetStateTo("ok"));
		stubFor(get(PROJECT).inScenario("500").whenScenarioStateIs("ok").willReturn(okJson(PROJECT_JSON)));
		Project project = retryingClient().projects().get(7);
		assertThat(project.id()).isEqualTo(7);
		verifyGets(2);
	}

	@Test
	void getGivesUpOn500AfterThreeAttempts() {
		stubFor(get(PROJECT)
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody(ERROR_500)));
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> retryingClient().projects().get(7))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(500));
		verifyGets(3);
	}

	@Test
	void getIsRetriedOn408And502And504() {
		for (int status : new int[] { 408, 502, 504 }) {
			wm.resetAll();
			stubFor(get(PROJECT).willReturn(aResponse().withStatus(status)));
			assertThatExceptionOfType(LabelStudioApiException.class)
				.isThrownBy(() -> retryingClient().projects().get(7))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(status));
			verifyGets(3);
		}
	}

	@Test
	void getIsNotRetriedOnClientErrors() {
		for (int status : new int[] { 400, 401, 403, 404, 409 }) {
			wm.resetAll();
			stubFor(get(PROJECT).willReturn(aResponse().withStatus(status)));
			assertThatExceptionOfType(LabelStudioApiException.class)
				.isThrownBy(() -> retryingClient().projects().get(7))
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(status));
			verifyGets(1);
		}
	}

	@Test
	void getHonoursRetryAfterSecondsOn503() {
		stubFor(get(PROJECT).inScenario("503")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1"))
			.willSetStateTo("ok"));
		stubFor(get(PROJECT).inScenario("503").whenScenarioStateIs("ok").willReturn(okJson(PROJECT_JSON)));
		assertThat(retryingClient().projects().get(7).id()).isEqualTo(7);
		verifyGets(2);
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void getHonoursRetryAfterHttpDateOn429() {
		Instant now = Instant.parse("2026-03-02T10:15:30Z");
		MutableClock clock = new MutableClock(now);
		LabelStudioClient client = clientBuilder().clock(clock).retryRegistry(this.registry).build();
		this.registry.retry("labelstudio").getEventPublisher().onRetry((event) -> this.waits.add(event.getWaitInterval()));
		String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(1).atOffset(ZoneOffset.UTC));
		stubFor(get(PROJECT).inScenario("429")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", date))
			.willSetStateTo("ok"));
		stubFor(get(PROJECT).inScenario("429").whenScenarioStateIs("ok").willReturn(okJson(PROJECT_JSON)));
		assertThat(client.projects().get(7).id()).isEqualTo(7);
		verifyGets(2);
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void getFailsAtOnceWhenRetryAfterIsOverTheCap() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "61")));
		assertThatExceptionOfType(RateLimitedException.class).isThrownBy(() -> retryingClient().projects().get(7))
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(61)));
		verifyGets(1);
	}

	@Test
	void getHonoursALowerCapFromTheSettings() {
		LabelStudioClient client = clientBuilder()
			.retrySettings(RetrySettings.defaults()
				.withInitialInterval(Duration.ofMillis(1))
				.withMaxInterval(Duration.ofMillis(10))
				.withMaxRetryAfter(Duration.ZERO))
			.build();
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> client.projects().get(7));
		verifyGets(1);
	}

	@Test
	void getIsRetriedOnReadTimeout() {
		stubFor(get(PROJECT).willReturn(okJson(PROJECT_JSON).withFixedDelay(1500)));
		LabelStudioClient client = warmedUp(clientBuilder().readTimeout(Duration.ofMillis(300)).build());
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7))
			.satisfies((ex) -> {
				assertThat(ex.isTimeout()).isTrue();
				assertThat(ex.isRequestNotSent()).isFalse();
			});
		verifyAfterDelay(3, getRequestedFor(urlEqualTo(PROJECT)));
	}

	@Test
	void getIsRetriedWhenTheConnectionIsRefused() throws IOException {
		LabelStudioClient client = clientBuilder().baseUrl("http://127.0.0.1:" + closedPort())
			.retryRegistry(this.registry)
			.build();
		this.registry.retry("labelstudio").getEventPublisher().onRetry((event) -> this.waits.add(event.getWaitInterval()));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7))
			.satisfies((ex) -> assertThat(ex.isRequestNotSent()).isTrue());
		assertThat(this.waits).hasSize(2);
	}

	@Test
	void perCallMaxAttemptsOverridesTheClientDefault() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(500)));
		LabelStudioClient client = client();
		assertThatExceptionOfType(ServerErrorException.class)
			.isThrownBy(() -> client.projects().get(7, RequestOptions.builder().maxAttempts(1).build()));
		verifyGets(1);
		wm.resetRequests();
		assertThatExceptionOfType(ServerErrorException.class)
			.isThrownBy(() -> client.projects().get(7, RequestOptions.builder().maxAttempts(5).build()));
		verifyGets(5);
	}

	@Test
	void perCallMaxAttemptsAreCountedInTheRegistrysMetrics() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(500)));
		LabelStudioClient client = retryingClient();
		assertThatExceptionOfType(ServerErrorException.class)
			.isThrownBy(() -> client.projects().get(7, RequestOptions.builder().maxAttempts(4).build()));
		verifyGets(4);
		Retry derived = this.registry.find("labelstudio.attempts-4").orElseThrow();
		assertThat(derived.getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
		assertThat(derived.getMetrics().getNumberOfTotalCalls()).as("attempts").isEqualTo(4);
		assertThat(this.registry.retry("labelstudio").getMetrics().getNumberOfTotalCalls()).isZero();
	}

	@Test
	void disabledRetriesMakeOneAttempt() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(503)));
		LabelStudioClient client = clientBuilder().retrySettings(RetrySettings.disabled()).build();
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> client.projects().get(7));
		verifyGets(1);
	}

	@Test
	void putAndDeleteAreRetriedLikeGet() {
		stubFor(put("/api/things/1/").willReturn(aResponse().withStatus(500)));
		stubFor(delete("/api/things/1/").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		LabelStudioClient client = client();
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> ClientInternals.invoker(client)
			.execute(ApiRequest.put("things.update", "/api/things/{id}/").path("id", 1).jsonBody(Map.of("a", 1))
				.returnsNothing()));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> ClientInternals.invoker(client)
			.execute(ApiRequest.delete("things.delete", "/api/things/{id}/").path("id", 1).returnsNothing()));
		verify(exactly(3), putRequestedFor(urlEqualTo("/api/things/1/")).withRequestBody(equalToJson("{\"a\":1}")));
		verify(exactly(3), deleteRequestedFor(urlEqualTo("/api/things/1/")));
	}

	@Test
	void putWithAStreamingBodyIsNeverRetried() {
		stubFor(put("/api/things/1/").willReturn(aResponse().withStatus(503)));
		RequestBody oneShot = RequestBody.streaming(MediaType.APPLICATION_OCTET_STREAM,
				(out, json) -> out.write("payload".getBytes(StandardCharsets.UTF_8)), false);
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> ClientInternals.invoker(client())
			.execute(ApiRequest.put("things.update", "/api/things/{id}/").path("id", 1).body(oneShot)
				.options(RequestOptions.builder().maxAttempts(3).build())
				.returnsNothing()));
		verify(exactly(1), putRequestedFor(urlEqualTo("/api/things/1/")));
	}

	// ---- POST ----

	@Test
	void postIsNotRetriedOnConnectionReset() {
		stubFor(post(CREATE).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(LabelStudioIoException.class)
			.isThrownBy(() -> create(retryingClient(), RequestOptions.none()))
			.satisfies((ex) -> assertThat(ex.getOperation()).isEqualTo("projects.create"));
		verifyPosts(1);
		assertThat(this.waits).isEmpty();
	}

	@Test
	void postIsRetriedOnConnectionResetWhenTheCallOptsIn() {
		stubFor(post(CREATE).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> create(retryingClient(), optIn()));
		verifyPosts(3);
	}

	@Test
	void postIsNotRetriedOnEmptyResponse() {
		stubFor(post(CREATE).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
		assertThatExceptionOfType(LabelStudioIoException.class)
			.isThrownBy(() -> create(retryingClient(), RequestOptions.none()));
		verifyPosts(1);
	}

	@Test
	void postIsNotRetriedOn500UnlessTheCallOptsIn() {
		stubFor(post(CREATE).willReturn(aResponse().withStatus(500).withBody(ERROR_500)));
		LabelStudioClient client = retryingClient();
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> create(client, RequestOptions.none()));
		verifyPosts(1);
		wm.resetRequests();
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> create(client, optIn()));
		verifyPosts(3);
	}

	@Test
	void postIsRetriedOn503WithRetryAfterSeconds() {
		stubFor(post(CREATE).inScenario("503")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1"))
			.willSetStateTo("ok"));
		stubFor(post(CREATE).inScenario("503")
			.whenScenarioStateIs("ok")
			.willReturn(okJson("{\"id\":8,\"title\":\"Retry\"}").withStatus(201)));
		assertThat(create(retryingClient(), RequestOptions.none())).containsEntry("id", 8);
		verifyPosts(2);
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void postIsRetriedOn429WithRetryAfterHttpDate() {
		Instant now = Instant.parse("2026-03-02T10:15:30Z");
		LabelStudioClient client = clientBuilder().clock(new MutableClock(now)).retryRegistry(this.registry).build();
		this.registry.retry("labelstudio").getEventPublisher().onRetry((event) -> this.waits.add(event.getWaitInterval()));
		String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(1).atOffset(ZoneOffset.UTC));
		stubFor(post(CREATE).inScenario("429")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", date))
			.willSetStateTo("ok"));
		stubFor(post(CREATE).inScenario("429")
			.whenScenarioStateIs("ok")
			.willReturn(okJson("{\"id\":8}").withStatus(201)));
		assertThat(create(client, RequestOptions.none())).containsEntry("id", 8);
		verifyPosts(2);
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void postFailsAtOnceWhenRetryAfterIsOverTheCap() {
		stubFor(post(CREATE).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> create(retryingClient(), RequestOptions.none()))
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofHours(1)));
		verifyPosts(1);
	}

	@Test
	void postIsNotRetriedOnReadTimeoutUnlessTheCallOptsIn() {
		stubFor(post(CREATE).willReturn(okJson("{\"id\":8}").withFixedDelay(1500)));
		LabelStudioClient client = warmedUp(clientBuilder().readTimeout(Duration.ofMillis(300)).build());
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> create(client, RequestOptions.none()))
			.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
		verifyAfterDelay(1, postRequestedFor(urlEqualTo(CREATE)));
		wm.resetRequests();
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> create(client, optIn()));
		verifyAfterDelay(3, postRequestedFor(urlEqualTo(CREATE)));
	}

	@Test
	void postIsRetriedWhenTheConnectionIsRefused() throws IOException {
		LabelStudioClient client = clientBuilder().baseUrl("http://127.0.0.1:" + closedPort())
			.retryRegistry(this.registry)
			.build();
		this.registry.retry("labelstudio").getEventPublisher().onRetry((event) -> this.waits.add(event.getWaitInterval()));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> create(client, RequestOptions.none()))
			.satisfies((ex) -> assertThat(ex.isRequestNotSent()).isTrue());
		assertThat(this.waits).hasSize(2);
	}

	@Test
	void postWithAStreamingBodyIsNeverRetriedEvenWhenOptedIn() {
		stubFor(post("/api/things/").willReturn(aResponse().withStatus(503)));
		RequestBody oneShot = RequestBody.streaming(MediaType.APPLICATION_OCTET_STREAM,
				(out, json) -> out.write("payload".getBytes(StandardCharsets.UTF_8)), false);
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> ClientInternals.invoker(client())
			.execute(ApiRequest.post("things.upload", "/api/things/").body(oneShot).options(optIn()).returnsNothing()));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/things/")));
	}

	@Test
	void patchFollowsThePostRules() {
		stubFor(patch(urlEqualTo(PROJECT)).willReturn(aResponse().withStatus(502)));
		LabelStudioClient client = client();
		ApiRequest.Builder request = ApiRequest.patch("projects.update", "/api/projects/{id}/")
			.path("id", 7)
			.jsonBody(Map.of("title", "New"));
		assertThatExceptionOfType(ServerErrorException.class)
			.isThrownBy(() -> ClientInternals.invoker(client).execute(request.returnsNothing()));
		verify(exactly(1), patchRequestedFor(urlEqualTo(PROJECT)).withRequestBody(equalToJson("{\"title\":\"New\"}")));
		wm.resetRequests();
		assertThatExceptionOfType(ServerErrorException.class)
			.isThrownBy(() -> ClientInternals.invoker(client).execute(request.options(optIn()).returnsNothing()));
		verify(exactly(3), patchRequestedFor(urlEqualTo(PROJECT)));
	}

	// ---- registry ----

	@Test
	void theRetryIsCreatedInTheApplicationsRegistry() {
		RetryRegistry registry = RetryRegistry.ofDefaults();
		assertThat(registry.find("labelstudio")).isEmpty();
		clientBuilder().retryRegistry(registry).build();
		assertThat(registry.find("labelstudio")).isPresent();
		assertThat(registry.retry("labelstudio").getRetryConfig().getMaxAttempts()).isEqualTo(3);
	}

	@Test
	void retryMetricsCountFailedCallsWithRetry() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(500)));
		LabelStudioClient client = retryingClient();
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> client.projects().get(7));
		Retry.Metrics metrics = this.registry.retry("labelstudio").getMetrics();
		assertThat(metrics.getNumberOfFailedCallsWithRetryAttempt()).isEqualTo(1);
		assertThat(metrics.getNumberOfFailedCallsWithoutRetryAttempt()).isZero();
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(404)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client.projects().get(7));
		assertThat(metrics.getNumberOfFailedCallsWithoutRetryAttempt()).isEqualTo(1);
		stubFor(get(PROJECT).willReturn(okJson(PROJECT_JSON)));
		client.projects().get(7);
		assertThat(metrics.getNumberOfSuccessfulCallsWithoutRetryAttempt()).isEqualTo(1);
	}

	/**
	 * The client after one quick call, so that a short read timeout measures the wait for the answer
	 * and not the first connection of a new client on a busy machine.
	 */
	private static LabelStudioClient warmedUp(LabelStudioClient client) {
		stubFor(get("/api/current-user/whoami").willReturn(okJson("{\"id\":1}")));
		client.users().whoami();
		return client;
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
