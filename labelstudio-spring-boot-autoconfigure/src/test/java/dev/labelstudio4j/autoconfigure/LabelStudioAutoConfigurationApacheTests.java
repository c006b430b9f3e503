package dev.labelstudio4j.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.ServerErrorException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the client's HTTP client when Boot's builder is Apache HttpClient 5 (on the test class path,
 * so detected first): the application's customizations kept, Apache's own retries off, the
 * {@code Authorization} header masked in Apache's headers log.
 */
class LabelStudioAutoConfigurationApacheTests {

	private static final String API_KEY = "fedcba9876543210fedcba9876543210fedcba98";

	private static final String WHOAMI = "/api/current-user/whoami";

	@RegisterExtension
	static final WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class))
		.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY,
				"labelstudio.retry.enabled=false");

	@Test
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void apachesOwnRetriesAreOffSoA503IsAnsweredOnce() {
		// Apache's default strategy would wait out Retry-After and send the GET again, unseen
		wm.stubFor(get(WHOAMI).willReturn(serviceUnavailable().withHeader("Retry-After", "2")));
		this.contextRunner.run((context) -> {
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			assertThat(client.requestFactoryType().getSimpleName())
				.isEqualTo("HttpComponentsClientHttpRequestFactory");
			assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> client.users().whoami());
			wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)));
		});
	}

	@Test
	void theApplicationsCustomizationsAreKept() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		this.contextRunner
			.withBean(ClientHttpRequestFactoryBuilderCustomizer.class,
					() -> (ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder>) (
							builder) -> builder.withHttpClientCustomizer((httpClient) -> httpClient
								.setDefaultHeaders(List.of(new BasicHeader("X-Team", "labeling")))))
			.run((context) -> {
				context.getBean(LabelStudioClient.class).users().whoami();
				wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)).withHeader("X-Team", equalTo("labeling"))
					.withHeader("Authorization", equalTo("Token " + API_KEY)));
			});
	}

	@Test
	void theAuthorizationHeaderIsSentButMaskedInApachesHeadersLog() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger headers = logging.getLogger("org.apache.hc.client5.http.headers");
		Level level = headers.getLevel();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.setContext(logging);
		appender.start();
		headers.addAppender(appender);
		headers.setLevel(Level.DEBUG);
		try {
			this.contextRunner.run((context) -> context.getBean(LabelStudioClient.class).users().whoami());
		}
		finally {
			headers.setLevel(level);
			headers.detachAppender(appender);
		}
		wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)).withHeader("Authorization", equalTo("Token " + API_KEY)));
		List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(lines).anyMatch((line) -> line.endsWith(">> Authorization: ***"));
		assertThat(lines).anyMatch((line) -> line.contains(">> User-Agent: labelstudio4j/"));
		assertThat(lines).noneMatch((line) -> line.contains(API_KEY));
	}

	@Test
	void everyReadTimeoutRunsOnTheOneApacheClientAndItsPool() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		AtomicInteger httpClientsBuilt = new AtomicInteger();
		this.contextRunner
			.withBean(ClientHttpRequestFactoryBuilderCustomizer.class,
					() -> (ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder>) (
							builder) -> builder.withHttpClientCustomizer((httpClient) -> httpClientsBuilt.incrementAndGet()))
			.run((context) -> {
				LabelStudioClient client = context.getBean(LabelStudioClient.class);
				for (int seconds = 1; seconds <= 5; seconds++) {
					client.users().whoami(RequestOptions.builder().readTimeout(Duration.ofSeconds(seconds)).build());
				}
				assertThat(httpClientsBuilt).hasValue(1);
				wm.verify(5, getRequestedFor(urlPathEqualTo(WHOAMI)));
			});
	}

}
