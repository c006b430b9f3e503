package dev.labelstudio4j.autoconfigure;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.SynchronousHttpClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for the request factory {@link LabelStudioAutoConfiguration} gives the client:
 * the JDK {@link HttpClient} sending on the calling thread when Boot's JDK builder would
 * be used as it is, the application's builder otherwise.
 */
class LabelStudioAutoConfigurationTransportTests {

	private static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String WHOAMI = "/api/current-user/whoami";

	private static final FilteredClassLoader WITHOUT_APACHE = new FilteredClassLoader("org.apache.hc.client5");

	@RegisterExtension
	static final WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	/** Without Apache HttpClient 5, which Boot would otherwise detect first. */
	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withClassLoader(WITHOUT_APACHE)
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class))
		.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY,
				"labelstudio.retry.enabled=false");

	@Test
	void autoConfiguredJdkBuilderSendsOnTheCallingThread() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=jdk").run((context) -> {
			assertThat(context.getBean(ClientHttpRequestFactoryBuilder.class))
				.isInstanceOf(JdkClientHttpRequestFactoryBuilder.class);
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			assertThat(httpClient(requestFactory(ClientInternals.invoker(client).transport().restClient())))
				.isInstanceOf(SynchronousHttpClient.class);
			assertThat(client.users().whoami().username()).isEqualTo("ann");
			wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)).withHeader("Authorization",
					equalTo("Token " + API_KEY)));
		});
	}

	@Test
	void detectedJdkBuilderSendsOnTheCallingThread() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(ClientHttpRequestFactoryBuilder.class))
				.isInstanceOf(JdkClientHttpRequestFactoryBuilder.class);
			assertThat(httpClient(context.getBean(LabelStudioClient.class))).isInstanceOf(SynchronousHttpClient.class);
		});
	}

	@Test
	void withoutBuilderBeanDetectedJdkBuilderSendsOnTheCallingThread() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		new ApplicationContextRunner().withClassLoader(WITHOUT_APACHE)
			.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class,
					HttpClientAutoConfiguration.class, SslAutoConfiguration.class))
			.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ClientHttpRequestFactoryBuilder.class);
				LabelStudioClient client = context.getBean(LabelStudioClient.class);
				assertThat(httpClient(client)).isInstanceOf(SynchronousHttpClient.class);
				assertThat(client.users().whoami().username()).isEqualTo("ann");
			});
	}

	@Test
	void timeoutsRedirectsAndSslBundleReachTheHttpClient() {
		this.contextRunner
			.withPropertyValues("labelstudio.connect-timeout=3s", "labelstudio.read-timeout=45s",
					"labelstudio.ssl.bundle=ls")
			.withBean(SslBundles.class, LabelStudioAutoConfigurationTransportTests::sslBundles)
			.run((context) -> {
				JdkClientHttpRequestFactory factory = requestFactory(
						ClientInternals.invoker(context.getBean(LabelStudioClient.class)).transport().restClient());
				assertThat(ReflectionTestUtils.getField(factory, "readTimeout")).as("no timer task per call").isNull();
				HttpClient httpClient = httpClient(factory);
				assertThat(ReflectionTestUtils.getField(httpClient, "readTimeout")).isEqualTo(Duration.ofSeconds(45));
				assertThat(httpClient.connectTimeout()).contains(Duration.ofSeconds(3));
				assertThat(httpClient.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
				assertThat(httpClient.sslParameters().getProtocols()).containsExactly("TLSv1.3");
			});
	}

	@Test
	void timeoutsAndRedirectsFallBackToSpringHttpClientsProperties() {
		this.contextRunner
			.withPropertyValues("spring.http.clients.connect-timeout=7s", "spring.http.clients.read-timeout=70s",
					"spring.http.clients.redirects=follow")
			.run((context) -> {
				JdkClientHttpRequestFactory factory = requestFactory(
						ClientInternals.invoker(context.getBean(LabelStudioClient.class)).transport().restClient());
				assertThat(ReflectionTestUtils.getField(httpClient(factory), "readTimeout")).isEqualTo(Duration.ofSeconds(70));
				assertThat(httpClient(factory).connectTimeout()).contains(Duration.ofSeconds(7));
				assertThat(httpClient(factory).followRedirects()).isEqualTo(HttpClient.Redirect.NORMAL);
			});
	}

	@Test
	void readTimeoutIsReportedAsATimeout() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}").withFixedDelay(2000)));
		this.contextRunner.withPropertyValues("labelstudio.read-timeout=200ms").run((context) -> {
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.users().whoami())
				.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
		});
	}

	@Test
	void perCallReadTimeoutSharesTheHttpClientAndTimesOut() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}").withFixedDelay(2000)));
		this.contextRunner.withPropertyValues("labelstudio.read-timeout=30s").run((context) -> {
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			RequestOptions options = RequestOptions.builder().readTimeout(Duration.ofMillis(200)).build();
			assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.users().whoami(options))
				.satisfies((ex) -> assertThat(ex.isTimeout()).isTrue());
			// the per-call timeout is applied to that request on the client's one RestClient and HttpClient
			JdkClientHttpRequestFactory factory = requestFactory(ClientInternals.invoker(client).transport().restClient());
			wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
			client.users().whoami(RequestOptions.builder().readTimeout(Duration.ofMillis(1_500)).build());
			assertThat(requestFactory(ClientInternals.invoker(client).transport().restClient())).isSameAs(factory);
		});
	}

	@Test
	void userDefinedBuilderIsUsedUntouched() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		AtomicInteger httpClientsBuilt = new AtomicInteger();
		this.contextRunner
			.withBean(ClientHttpRequestFactoryBuilder.class,
					() -> ClientHttpRequestFactoryBuilder.jdk()
						.withHttpClientCustomizer((builder) -> httpClientsBuilt.incrementAndGet()))
			.run((context) -> {
				LabelStudioClient client = context.getBean(LabelStudioClient.class);
				assertThat(httpClientsBuilt).hasValue(1);
				assertThat(httpClient(client)).isNotInstanceOf(SynchronousHttpClient.class);
				assertThat(client.users().whoami().username()).isEqualTo("ann");
				client.users().whoami(RequestOptions.builder().readTimeout(Duration.ofSeconds(5)).build());
				assertThat(httpClientsBuilt).hasValue(2);
			});
	}

	@Test
	void builderCustomizerIsAppliedInsteadOfSendingOnTheCallingThread() {
		AtomicInteger httpClientsBuilt = new AtomicInteger();
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=jdk")
			.withBean(ClientHttpRequestFactoryBuilderCustomizer.class,
					() -> (ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder>) (
							builder) -> builder.withHttpClientCustomizer((client) -> httpClientsBuilt.incrementAndGet()))
			.run((context) -> {
				LabelStudioClient client = context.getBean(LabelStudioClient.class);
				assertThat(httpClientsBuilt).hasValue(1);
				assertThat(httpClient(client)).isNotInstanceOf(SynchronousHttpClient.class);
			});
	}

	@Test
	void otherBuilderIsUsedUntouched() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		this.contextRunner.withPropertyValues("spring.http.clients.imperative.factory=simple").run((context) -> {
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			assertThat(factory(ClientInternals.invoker(client).transport().restClient()))
				.isInstanceOf(SimpleClientHttpRequestFactory.class);
			assertThat(client.users().whoami().username()).isEqualTo("ann");
		});
	}

	private static ClientHttpRequestFactory factory(RestClient restClient) {
		return (ClientHttpRequestFactory) ReflectionTestUtils.getField(restClient, "clientRequestFactory");
	}

	private static JdkClientHttpRequestFactory requestFactory(RestClient restClient) {
		ClientHttpRequestFactory factory = factory(restClient);
		assertThat(factory).isInstanceOf(JdkClientHttpRequestFactory.class);
		return (JdkClientHttpRequestFactory) factory;
	}

	private static HttpClient httpClient(LabelStudioClient client) {
		return httpClient(requestFactory(ClientInternals.invoker(client).transport().restClient()));
	}

	private static HttpClient httpClient(JdkClientHttpRequestFactory factory) {
		return (HttpClient) ReflectionTestUtils.getField(factory, "httpClient");
	}

	private static SslBundles sslBundles() {
		SslBundle bundle = SslBundle.of(SslStoreBundle.NONE, null, SslOptions.of(null, new String[] { "TLSv1.3" }));
		SslBundles bundles = mock(SslBundles.class);
		given(bundles.getBundle("ls")).willReturn(bundle);
		return bundles;
	}

}
