package dev.labelstudio4j.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.projects.ProjectUpdate;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The builder, derived clients and per-call options, on the wire.
 */
class LabelStudioClientTests extends WireMockTestBase {

	private static final String PROJECT_JSON = "{\"id\":7,\"title\":\"Sub\",\"task_number\":3,\"unknown_field\":{\"a\":1}}";

	@Test
	void baseUrlWithASubPathIsKept() {
		stubFor(get("/ls/api/projects/7/").willReturn(okJson(PROJECT_JSON)));
		for (String base : List.of(wm.baseUrl() + "/ls/", wm.baseUrl() + "/ls", wm.baseUrl() + "/ls//")) {
			LabelStudioClient client = clientBuilder().baseUrl(base).build();
			assertThat(client.baseUrl()).hasToString(wm.baseUrl() + "/ls/");
			Project7 project = new Project7(client.projects().get(7).title(), client.projects().get(7).taskNumber());
			assertThat(project).isEqualTo(new Project7("Sub", 3));
		}
		verify(exactly(6), getRequestedFor(urlEqualTo("/ls/api/projects/7/"))
			.withHeader("Authorization", equalTo("Token " + API_KEY))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("User-Agent", equalTo("labelstudio4j/dev")));
	}

	record Project7(String title, Integer taskNumber) {
	}

	@Test
	void createMakesAClientWithDefaults() {
		stubFor(get("/api/current-user/whoami").willReturn(okJson("{\"id\":3}")));
		LabelStudioClient client = LabelStudioClient.create(wm.baseUrl(), API_KEY);
		assertThat(client.users().whoami().id()).isEqualTo(3);
		assertThat(client.retrySettings()).isEqualTo(RetrySettings.defaults());
	}

	@Test
	void baseUrlIsValidated() {
		assertThatIllegalArgumentException().isThrownBy(() -> LabelStudioClient.builder().apiKey(API_KEY).build())
			.withMessage("baseUrl must be set");
		assertThatIllegalArgumentException().isThrownBy(() -> LabelStudioClient.builder().baseUrl(wm.baseUrl()).build())
			.withMessage("apiKey (or credentials) must be set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabelStudioClient.builder().baseUrl("ftp://host/").apiKey(API_KEY).build())
			.withMessage("baseUrl must be an http or https URL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabelStudioClient.builder().baseUrl("localhost:8080").apiKey(API_KEY).build())
			.withMessageStartingWith("baseUrl");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabelStudioClient.builder().baseUrl("http://host/?a=b").apiKey(API_KEY).build())
			.withMessage("baseUrl must not have a query or fragment");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabelStudioClient.builder().baseUrl("http://user:secret@host/").apiKey(API_KEY).build())
			.withMessage("baseUrl must not contain credentials (user info)")
			.withMessageNotContaining("secret");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabelStudioClient.builder().baseUrl("http://127.0.0.1:99999"))
			.withMessage("baseUrl must have a port from 1 to 65535, not 99999");
		assertThatIllegalArgumentException().isThrownBy(() -> LabelStudioClient.builder().baseUrl("http://host:0/"))
			.withMessage("baseUrl must have a port from 1 to 65535, not 0");
		assertThat(LabelStudioClient.builder().baseUrl("http://host:65535/ls/").apiKey(API_KEY).build().baseUrl())
			.hasToString("http://host:65535/ls/");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabelStudioClient.builder().baseUrl("http://host/a b").apiKey(API_KEY).build())
			.withMessageStartingWith("baseUrl is not a valid URL");
		assertThatIllegalArgumentException().isThrownBy(() -> LabelStudioClient.builder().baseUrl(" ").apiKey(API_KEY).build())
			.withMessage("baseUrl must not be blank");
	}

	@Test
	void builderArgumentsAreValidated() {
		LabelStudioClient.Builder builder = LabelStudioClient.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.connectTimeout(Duration.ZERO))
			.withMessage("connectTimeout must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.readTimeout(Duration.ofSeconds(-1)))
			.withMessage("readTimeout must be positive");
		assertThatNullPointerException().isThrownBy(() -> builder.readTimeout(null))
			.withMessage("readTimeout must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.observationName(" "))
			.withMessage("observationName must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.retryName(""))
			.withMessage("retryName must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.defaultHeader("Authorization", "Token x"))
			.withMessage("header Authorization is set from the credentials");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.defaultHeader(" ", "x"))
			.withMessage("header name must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.apiKey(""))
			.withMessage("apiKey must not be null or blank");
		assertThatNullPointerException().isThrownBy(() -> builder.restClientBuilder(null))
			.withMessage("restClientBuilder must not be null");
	}

	@Test
	void givenRestClientBuilderIsClonedNeverChanged() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		AtomicInteger interceptions = new AtomicInteger();
		RestClient.Builder application = RestClient.builder()
			.observationRegistry(observations)
			.defaultHeader("X-App", "app")
			.requestInterceptor((request, body, execution) -> {
				interceptions.incrementAndGet();
				return execution.execute(request, body);
			});
		stubFor(get("/api/projects/7/").willReturn(okJson(PROJECT_JSON)));
		stubFor(get("/elsewhere").willReturn(okJson("{}")));

		LabelStudioClient client = clientBuilder().restClientBuilder(application).build();
		client.projects().get(7);
		// the application's customizations apply to the client
		verify(getRequestedFor(urlEqualTo("/api/projects/7/")).withHeader("X-App", equalTo("app")));
		assertThat(interceptions).hasValue(1);
		assertThat(meters.find("labelstudio.client.requests").tag("labelstudio.operation", "projects.get").timer())
			.isNotNull();

		// the application's builder is unchanged: no base URL, no credentials, its own observation convention
		RestClient plain = application.build();
		plain.get().uri(wm.baseUrl() + "/elsewhere").retrieve().toBodilessEntity();
		verify(getRequestedFor(urlEqualTo("/elsewhere")).withHeader("Authorization", absent())
			.withHeader("X-App", equalTo("app")));
		assertThat(interceptions).hasValue(2);
		assertThat(meters.find("http.client.requests").timer()).isNotNull();
		assertThat(meters.find("http.client.requests").tagKeys("labelstudio.operation").timer()).isNull();
		assertThat(meters.find("labelstudio.client.requests").timers()).hasSize(1);
		// a relative URI has no base URL to resolve against
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> plain.get().uri("/elsewhere").retrieve().toBodilessEntity());
	}

	@Test
	void withOptionsDerivesAClientSharingTheTransport() {
		stubFor(get("/api/current-user/whoami").willReturn(okJson("{\"id\":1}")));
		LabelStudioClient client = clientBuilder().defaultHeader("X-Base", "b").build();
		LabelStudioClient tenant = client.withOptions((options) -> options.apiKey("otherkey123").header("X-Tenant", "t1"));
		tenant.users().whoami();
		client.users().whoami();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/current-user/whoami"))
			.withHeader("Authorization", equalTo("Token otherkey123"))
			.withHeader("X-Tenant", equalTo("t1"))
			.withHeader("X-Base", equalTo("b")));
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/current-user/whoami"))
			.withHeader("Authorization", equalTo("Token " + API_KEY))
			.withHeader("X-Tenant", absent()));
		assertThat(ClientInternals.invoker(tenant).transport()).isSameAs(ClientInternals.invoker(client).transport());
		assertThat(ClientInternals.invoker(tenant).retryPolicy()).isSameAs(ClientInternals.invoker(client).retryPolicy());
		assertThat(tenant.baseUrl()).isEqualTo(client.baseUrl());
		assertThat(tenant).isNotSameAs(client);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.withOptions((options) -> options.header("authorization", "x")))
			.withMessage("header Authorization is set from the credentials");
	}

	@Test
	void withOptionsCanSetDefaultRequestOptions() {
		stubFor(get("/api/current-user/whoami").willReturn(okJson("{\"id\":1}")));
		LabelStudioClient traced = client()
			.withOptions((options) -> options.requestOptions(RequestOptions.builder().header("X-Trace", "t").build()));
		traced.users().whoami(RequestOptions.builder().header("X-Call", "c").build());
		verify(getRequestedFor(urlEqualTo("/api/current-user/whoami")).withHeader("X-Trace", equalTo("t"))
			.withHeader("X-Call", equalTo("c")));
	}

	@Test
	void perCallReadTimeoutCutsASlowAnswerTheDefaultWaitsFor() {
		stubFor(get("/api/projects/7/").willReturn(okJson(PROJECT_JSON).withFixedDelay(1500)));
		LabelStudioClient client = clientBuilder().readTimeout(Duration.ofSeconds(10)).build();
		assertThat(client.projects().get(7).title()).isEqualTo("Sub");
		RequestOptions fast = RequestOptions.builder().readTimeout(Duration.ofMillis(300)).maxAttempts(1).build();
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7, fast))
			.satisfies((ex) -> {
				assertThat(ex.isTimeout()).isTrue();
				assertThat(ex.getMessage()).startsWith("projects.get failed: timeout");
			});
		// WireMock journals a request whose client went away once its delay is over
		await().atMost(Duration.ofSeconds(10))
			.during(Duration.ofMillis(1700))
			.untilAsserted(() -> verify(exactly(2), getRequestedFor(urlEqualTo("/api/projects/7/"))));
	}

	@Test
	void clientReadTimeoutApplies() {
		stubFor(get("/api/projects/7/").willReturn(okJson(PROJECT_JSON).withFixedDelay(600)));
		LabelStudioClient client = clientBuilder().readTimeout(Duration.ofMillis(100)).build();
		assertThatExceptionOfType(LabelStudioIoException.class)
			.isThrownBy(() -> client.projects().get(7, RequestOptions.builder().maxAttempts(1).build()));
		assertThat(client.projects().get(7, RequestOptions.builder().readTimeout(Duration.ofSeconds(5)).build()).id())
			.isEqualTo(7);
	}

	@Test
	void perCallHeadersAreSentAndOverrideDefaults() {
		stubFor(get("/api/projects/7/").willReturn(okJson(PROJECT_JSON)));
		LabelStudioClient client = clientBuilder().defaultHeader("X-Tenant", "default").build();
		client.projects().get(7, RequestOptions.builder().header("X-Tenant", "call").header("X-Request-Id", "r1").build());
		verify(getRequestedFor(urlEqualTo("/api/projects/7/")).withHeader("X-Tenant", equalTo("call"))
			.withHeader("X-Request-Id", equalTo("r1"))
			.withHeader("Authorization", equalTo("Token " + API_KEY)));
	}

	@Test
	void theClientsHeadersWinOverTheApplicationsAndReachItsInterceptors() {
		stubFor(get("/api/projects/7/").willReturn(okJson(PROJECT_JSON)));
		AtomicReference<HttpHeaders> seen = new AtomicReference<>();
		RestClient.Builder application = RestClient.builder()
			.defaultHeader("X-Tenant", "application")
			.defaultHeader("X-App", "app")
			.requestInterceptor((request, body, execution) -> {
				seen.set(HttpHeaders.copyOf(request.getHeaders()));
				return execution.execute(request, body);
			});
		LabelStudioClient client = clientBuilder().restClientBuilder(application)
			.defaultHeader("X-Tenant", "client")
			.build();
		client.projects().get(7);
		verify(getRequestedFor(urlEqualTo("/api/projects/7/")).withHeader("X-Tenant", equalTo("client"))
			.withHeader("X-App", equalTo("app")));
		assertThat(seen.get().get("X-Tenant")).containsExactly("client");
		assertThat(seen.get().getFirst("Authorization")).isEqualTo("Token " + API_KEY);
		assertThat(seen.get().getFirst("Accept")).isEqualTo("application/json");
		assertThat(seen.get().getFirst("User-Agent")).startsWith("labelstudio4j/");
	}

	@Test
	void aContentTypeHeaderDoesNotReplaceTheBodysOwn() {
		stubFor(patch(urlEqualTo("/api/projects/7/")).willReturn(okJson(PROJECT_JSON)));
		LabelStudioClient client = clientBuilder().defaultHeader("Content-Type", "text/plain").build();
		client.projects()
			.update(7, ProjectUpdate.builder().title("T").build(),
					RequestOptions.builder().header("content-type", "text/csv").header("X-Call", "c").build());
		verify(patchRequestedFor(urlEqualTo("/api/projects/7/")).withHeader("Content-Type", equalTo("application/json"))
			.withHeader("X-Call", equalTo("c"))
			.withRequestBody(equalToJson("{\"title\":\"T\"}")));
	}

	@Test
	void requestOptionsAreValidated() {
		RequestOptions.Builder builder = RequestOptions.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.header("Authorization", "Token x"))
			.withMessageStartingWith("header Authorization is set from the credentials");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.maxAttempts(0))
			.withMessage("maxAttempts must be at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.readTimeout(Duration.ZERO))
			.withMessage("readTimeout must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.header(null, "x"))
			.withMessage("header name must not be null or blank");
	}

	@Test
	void requestOptionsMergeWithOverridesWinning() {
		RequestOptions base = RequestOptions.builder().header("A", "1").header("B", "1").maxAttempts(2).build();
		RequestOptions call = RequestOptions.builder().header("B", "2").readTimeout(Duration.ofSeconds(1)).build();
		RequestOptions merged = base.mergedWith(call);
		assertThat(merged.headers()).containsExactly(java.util.Map.entry("A", "1"), java.util.Map.entry("B", "2"));
		assertThat(merged.maxAttempts()).isEqualTo(2);
		assertThat(merged.readTimeout()).isEqualTo(Duration.ofSeconds(1));
		assertThat(merged.retryNonIdempotent()).isNull();
		assertThat(base.mergedWith(RequestOptions.none())).isSameAs(base);
		assertThat(RequestOptions.none().mergedWith(call)).isSameAs(call);
	}

	@Test
	void operationArgumentsAreValidatedBeforeAnyIo() {
		LabelStudioClient client = client();
		assertThatIllegalArgumentException().isThrownBy(() -> client.projects().get(0))
			.withMessage("id must be positive but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> client.projects().get(-3))
			.withMessage("id must be positive but was -3");
		assertThatIllegalArgumentException().isThrownBy(() -> client.projects().get(7, null))
			.withMessage("options must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> client.users().whoami(null))
			.withMessage("options must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> client.projects().list(null))
			.withMessage("params must not be null");
		assertThat(wm.getAllServeEvents()).isEmpty();
	}

}
