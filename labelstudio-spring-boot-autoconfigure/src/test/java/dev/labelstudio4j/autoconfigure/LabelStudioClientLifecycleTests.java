package dev.labelstudio4j.autoconfigure;

import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.labelstudio4j.client.ApacheHttpClients;
import dev.labelstudio4j.client.LabelStudioClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests that the auto-configured {@link LabelStudioClient} and the HTTP client created for it are
 * closed with the context, while an HTTP client the application hands to the builder stays open.
 */
class LabelStudioClientLifecycleTests {

	private static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String WHOAMI = "/api/current-user/whoami";

	@RegisterExtension
	static final WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class))
		.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY,
				"labelstudio.retry.enabled=false");

	@Test
	void clientAndItsOwnHttpClientAreClosedWithTheContext() throws Exception {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		wm.stubFor(get("/ping").willReturn(ok()));
		AtomicReference<HttpClient> created = new AtomicReference<>();
		AtomicReference<LabelStudioClient> client = new AtomicReference<>();
		AtomicReference<ConfigurableApplicationContext> closed = new AtomicReference<>();
		this.contextRunner
			.withBean(ClientHttpRequestFactoryBuilderCustomizer.class,
					() -> (ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder>) (
							builder) -> builder.withCustomizer((factory) -> created.set(factory.getHttpClient())))
			.run((context) -> {
				client.set(context.getBean(LabelStudioClient.class));
				assertThat(client.get().users().whoami().username()).isEqualTo("ann");
				assertThat(ping(created.get())).isEqualTo(200);
				closed.set(context.getSourceApplicationContext());
			});
		assertThat(closed.get().isActive()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> client.get().users().whoami());
		assertThatIllegalStateException().as("the pool of the client's own Apache HttpClient is shut down")
			.isThrownBy(() -> ping(created.get()));
		wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)));
	}

	@Test
	void anHttpClientTheApplicationGivesStaysOpen() throws Exception {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		wm.stubFor(get("/ping").willReturn(ok()));
		try (CloseableHttpClient given = ApacheHttpClients.configure(HttpClientBuilder.create()).build()) {
			AtomicReference<LabelStudioClient> client = new AtomicReference<>();
			this.contextRunner
				.withBean(LabelStudioClientCustomizer.class, () -> (builder) -> builder.apacheHttpClient(given))
				.run((context) -> {
					client.set(context.getBean(LabelStudioClient.class));
					assertThat(client.get().users().whoami().username()).isEqualTo("ann");
				});
			assertThatIllegalStateException().isThrownBy(() -> client.get().users().whoami());
			assertThat(ping(given)).isEqualTo(200);
		}
	}

	private static int ping(HttpClient httpClient) throws Exception {
		return httpClient.execute(new HttpGet(wm.baseUrl() + "/ping"), HttpResponse::getCode);
	}

}
