package dev.labelstudio4j.client.internal;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * What a client creates and releases: one RestClient and connection pool for every per-call read
 * timeout, a bounded number of variants of a supplied request factory, the watchdog's thread, the HTTP
 * client it made; nothing of what it was given, nothing on a derived client. The Apache cases are in
 * {@code ApacheTransportTests}.
 */
class ClientLifecycleTests extends WireMockTestBase {

	private static final String WHOAMI = "/api/current-user/whoami";

	private static final String USER_JSON = "{\"id\":3,\"username\":\"ann\"}";

	private static HttpTransport transport(LabelStudioClient client) {
		return ClientInternals.invoker(client).transport();
	}

	private static ClientHttpRequestFactory factoryOf(RestClient restClient) throws Exception {
		Field field = restClient.getClass().getDeclaredField("clientRequestFactory");
		field.setAccessible(true);
		return (ClientHttpRequestFactory) field.get(restClient);
	}

	@Test
	void perCallReadTimeoutsRunOnTheClientsOneRestClient() throws Exception {
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		LabelStudioClient client = client();
		HttpTransport transport = transport(client);
		ClientHttpRequestFactory factory = factoryOf(transport.restClient());
		for (int i = 1; i <= 1_000; i++) {
			assertThat(transport.lease(Duration.ofMillis(10_000 + i)).restClient()).isSameAs(transport.restClient());
		}
		for (int i = 1; i <= 50; i++) {
			RequestOptions options = RequestOptions.builder().readTimeout(Duration.ofMillis(5_000 + i)).build();
			assertThat(client.users().whoami(options).username()).isEqualTo("ann");
		}
		verify(exactly(50), getRequestedFor(urlEqualTo(WHOAMI)));
		assertThat(transport.variants()).isZero();
		assertThat(factoryOf(transport.restClient())).isSameAs(factory);
		client.close();
	}

	@Test
	void aSuppliedFactoryGetsABoundedNumberOfVariantsAndOneOffsAreReleased() {
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		AtomicInteger made = new AtomicInteger();
		AtomicInteger closed = new AtomicInteger();
		LabelStudioClient client = clientBuilder().requestFactory(new SimpleClientHttpRequestFactory(), (timeout) -> {
			made.incrementAndGet();
			return new ClosingFactory(closed);
		}).build();
		int calls = HttpTransport.MAX_VARIANTS + 34;
		for (int i = 1; i <= calls; i++) {
			RequestOptions options = RequestOptions.builder().readTimeout(Duration.ofMillis(5_000 + i)).build();
			assertThat(client.users().whoami(options).username()).isEqualTo("ann");
		}
		// the same timeouts again: the kept variants are reused, the others made and released again
		for (int i = 1; i <= calls; i++) {
			client.users().whoami(RequestOptions.builder().readTimeout(Duration.ofMillis(5_000 + i)).build());
		}
		assertThat(transport(client).variants()).isEqualTo(HttpTransport.MAX_VARIANTS);
		assertThat(made).hasValue(HttpTransport.MAX_VARIANTS + 2 * 34);
		assertThat(closed).hasValue(2 * 34);
		client.close();
		assertThat(closed).hasValue(2 * 34 + HttpTransport.MAX_VARIANTS);
		assertThat(transport(client).variants()).isZero();
	}

	@Test
	void closeStopsTheWatchdogAndLaterCallsFail() {
		stubFor(post("/api/projects/").willReturn(okJson("{\"id\":7}")));
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		LabelStudioClient client = client();
		client.projects().create(dev.labelstudio4j.client.projects.ProjectCreate.builder().title("Lifecycle").build());
		client.users().whoami();
		Watchdog watchdog = transport(client).watchdog();
		assertThat(watchdog.running()).isTrue();
		client.close();
		assertThat(watchdog.running()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> client.users().whoami())
			.withMessageContaining("users.whoami: the client is closed");
		assertThatNoException().isThrownBy(client::close);
	}

	@Test
	void theWatchdogThreadEndsWhenIdle() {
		stubFor(post("/api/projects/").willReturn(okJson("{\"id\":7}")));
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		LabelStudioClient client = client();
		client.projects().create(dev.labelstudio4j.client.projects.ProjectCreate.builder().title("Lifecycle").build());
		client.users().whoami();
		Watchdog watchdog = transport(client).watchdog();
		assertThat(watchdog.running()).isTrue();
		await().atMost(Duration.ofSeconds(Watchdog.IDLE_SECONDS + 5)).until(() -> !watchdog.running());
		// and starts again when needed
		client.projects().create(dev.labelstudio4j.client.projects.ProjectCreate.builder().title("Lifecycle").build());
		client.users().whoami();
		assertThat(watchdog.running()).isTrue();
		client.close();
	}

	@Test
	void derivedClientsShareAndCloseNothing() {
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		LabelStudioClient client = client();
		LabelStudioClient derived = client.withOptions((options) -> options.header("X-Tenant", "a"));
		assertThat(transport(derived)).isSameAs(transport(client));
		derived.close();
		assertThat(client.users().whoami().username()).isEqualTo("ann");
		assertThat(derived.users().whoami().username()).isEqualTo("ann");
		client.close();
		assertThatIllegalStateException().isThrownBy(() -> derived.users().whoami());
	}

	@Test
	void aGivenJdkHttpClientIsLeftOpen() throws Exception {
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		HttpClient given = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		LabelStudioClient client = clientBuilder().jdkHttpClient(given).build();
		client.users().whoami();
		client.close();
		int status = given.send(java.net.http.HttpRequest.newBuilder(URI.create(wm.baseUrl() + WHOAMI)).build(),
				java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
		assertThat(status).isEqualTo(200);
	}

	/** A request factory that counts its release. */
	private static final class ClosingFactory implements ClientHttpRequestFactory, AutoCloseable {

		private final SimpleClientHttpRequestFactory delegate = new SimpleClientHttpRequestFactory();

		private final AtomicInteger closed;

		ClosingFactory(AtomicInteger closed) {
			this.closed = closed;
		}

		@Override
		public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
			return this.delegate.createRequest(uri, httpMethod);
		}

		@Override
		public void close() {
			this.closed.incrementAndGet();
		}

	}

}
