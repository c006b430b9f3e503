package dev.labelstudio4j.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.autoconfigure.health.LabelStudioHealthContributorAutoConfiguration;
import dev.labelstudio4j.autoconfigure.health.LabelStudioHealthIndicator;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.actions.ActionsClient;
import dev.labelstudio4j.client.annotations.AnnotationsClient;
import dev.labelstudio4j.client.files.FilesClient;
import dev.labelstudio4j.client.ml.MlClient;
import dev.labelstudio4j.client.predictions.PredictionsClient;
import dev.labelstudio4j.client.projects.ProjectsClient;
import dev.labelstudio4j.client.tasks.TasksClient;
import dev.labelstudio4j.client.users.UsersClient;
import dev.labelstudio4j.client.views.ViewsClient;
import dev.labelstudio4j.client.webhooks.WebhooksClient;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link LabelStudioAutoConfiguration}.
 */
class LabelStudioAutoConfigurationTests {

	private static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String WHOAMI = "/api/current-user/whoami";

	@RegisterExtension
	static final WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class,
				LabelStudioHealthContributorAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class));

	private ApplicationContextRunner configured() {
		return this.contextRunner.withPropertyValues("labelstudio.url=https://label-studio.example.com",
				"labelstudio.api-key=" + API_KEY);
	}

	@Test
	void noBeansWithoutUrl() {
		this.contextRunner.withPropertyValues("labelstudio.api-key=" + API_KEY)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LabelStudioConnectionDetails.class)
				.doesNotHaveBean(LabelStudioClient.class)
				.doesNotHaveBean(ProjectsClient.class)
				.doesNotHaveBean(LabelStudioHealthIndicator.class)
				.doesNotHaveBean(LabelStudioProperties.class));
	}

	@Test
	void noBeansWithEmptyUrl() {
		this.contextRunner.withPropertyValues("labelstudio.url=", "labelstudio.api-key=" + API_KEY)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LabelStudioClient.class)
				.doesNotHaveBean(LabelStudioConnectionDetails.class));
	}

	@Test
	void defaultBeans() {
		configured().run((context) -> {
			assertThat(context).hasSingleBean(LabelStudioProperties.class)
				.hasSingleBean(LabelStudioClient.class)
				.hasSingleBean(LabelStudioHealthIndicator.class)
				.hasBean("labelstudioHealthIndicator")
				.hasBean("labelStudioRetryMetrics")
				.hasBean("labelStudioApiKeySanitizingFunction")
				.doesNotHaveBean(RetryRegistry.class);
			assertThat(context.getBean(LabelStudioConnectionDetails.class))
				.isInstanceOf(PropertiesLabelStudioConnectionDetails.class);
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			assertThat(client.baseUrl()).hasToString("https://label-studio.example.com/");
			assertThat(client.retrySettings()).isEqualTo(RetrySettings.defaults());
			assertThat(ClientInternals.invoker(client).retryPolicy().retry()).isNotNull();
			assertThat(ClientInternals.invoker(client).retryPolicy().retry().getName()).isEqualTo("labelstudio");
			assertThat(context.getBean(ProjectsClient.class)).isSameAs(client.projects());
			assertThat(context.getBean(TasksClient.class)).isSameAs(client.tasks());
			assertThat(context.getBean(AnnotationsClient.class)).isSameAs(client.annotations());
			assertThat(context.getBean(UsersClient.class)).isSameAs(client.users());
			assertThat(context.getBean(ActionsClient.class)).isSameAs(client.actions());
			assertThat(context.getBean(ViewsClient.class)).isSameAs(client.views());
			assertThat(context.getBean(FilesClient.class)).isSameAs(client.files());
			assertThat(context.getBean(MlClient.class)).isSameAs(client.ml());
			assertThat(context.getBean(PredictionsClient.class)).isSameAs(client.predictions());
			assertThat(context.getBean(WebhooksClient.class)).isSameAs(client.webhooks());
		});
	}

	@Test
	void backsOffFromUserDefinedClient() {
		LabelStudioClient userClient = LabelStudioClient.create("http://user.example.com", API_KEY);
		configured().withBean(LabelStudioClient.class, () -> userClient).run((context) -> {
			assertThat(context).hasSingleBean(LabelStudioClient.class);
			assertThat(context.getBean(LabelStudioClient.class)).isSameAs(userClient);
			assertThat(context.getBean(ProjectsClient.class)).isSameAs(userClient.projects());
		});
	}

	@Test
	void backsOffFromUserDefinedResourceClients() {
		LabelStudioClient other = LabelStudioClient.create("http://other.example.com", API_KEY);
		configured().withBean("myProjects", ProjectsClient.class, other::projects)
			.withBean("myTasks", TasksClient.class, other::tasks)
			.withBean("myAnnotations", AnnotationsClient.class, other::annotations)
			.withBean("myUsers", UsersClient.class, other::users)
			.withBean("myActions", ActionsClient.class, other::actions)
			.withBean("myViews", ViewsClient.class, other::views)
			.withBean("myFiles", FilesClient.class, other::files)
			.withBean("myMl", MlClient.class, other::ml)
			.withBean("myPredictions", PredictionsClient.class, other::predictions)
			.withBean("myWebhooks", WebhooksClient.class, other::webhooks)
			.run((context) -> {
				assertThat(context).hasSingleBean(ProjectsClient.class).hasBean("myProjects");
				assertThat(context.getBean(ProjectsClient.class)).isSameAs(other.projects());
				assertThat(context.getBean(TasksClient.class)).isSameAs(other.tasks());
				assertThat(context.getBean(AnnotationsClient.class)).isSameAs(other.annotations());
				assertThat(context.getBean(UsersClient.class)).isSameAs(other.users());
				assertThat(context.getBean(ActionsClient.class)).isSameAs(other.actions());
				assertThat(context.getBean(ViewsClient.class)).isSameAs(other.views());
				assertThat(context.getBean(FilesClient.class)).isSameAs(other.files());
				assertThat(context.getBean(MlClient.class)).isSameAs(other.ml());
				assertThat(context.getBean(PredictionsClient.class)).isSameAs(other.predictions());
				assertThat(context.getBean(WebhooksClient.class)).isSameAs(other.webhooks());
				assertThat(context.getBean(LabelStudioClient.class).projects()).isNotSameAs(other.projects());
			});
	}

	@Test
	void userDefinedConnectionDetailsAreUsedWithoutUrlProperty() {
		this.contextRunner.withBean(LabelStudioConnectionDetails.class, TestConnectionDetails::new)
			.run((context) -> {
				assertThat(context).hasSingleBean(LabelStudioConnectionDetails.class)
					.doesNotHaveBean(PropertiesLabelStudioConnectionDetails.class);
				assertThat(context.getBean(LabelStudioClient.class).baseUrl())
					.hasToString("http://details.example.com/ls/");
			});
	}

	@Test
	void userDefinedConnectionDetailsWinOverProperties() {
		configured().withBean(LabelStudioConnectionDetails.class, TestConnectionDetails::new)
			.run((context) -> assertThat(context.getBean(LabelStudioClient.class).baseUrl())
				.hasToString("http://details.example.com/ls/"));
	}

	@Test
	void backsOffFromUserDefinedHealthIndicator() {
		configured()
			.withBean("labelstudioHealthIndicator", LabelStudioHealthIndicator.class,
					() -> new LabelStudioHealthIndicator(LabelStudioClient.create("http://localhost:9", API_KEY),
							Duration.ofSeconds(1), Duration.ZERO))
			.run((context) -> assertThat(context.getBean(LabelStudioHealthIndicator.class).health().getDetails())
				.containsEntry("url", "http://localhost:9/"));
	}

	@Test
	void healthIndicatorCanBeDisabled() {
		configured().withPropertyValues("management.health.labelstudio.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(LabelStudioClient.class)
				.doesNotHaveBean(LabelStudioHealthIndicator.class));
	}

	@Test
	void backsOffFromUserDefinedRetryMetricsAndSanitizingFunction() {
		MeterBinder binder = (registry) -> {
		};
		SanitizingFunction function = (data) -> data;
		configured().withBean("labelStudioRetryMetrics", MeterBinder.class, () -> binder)
			.withBean("labelStudioApiKeySanitizingFunction", SanitizingFunction.class, () -> function)
			.run((context) -> {
				assertThat(context.getBean("labelStudioRetryMetrics")).isSameAs(binder);
				assertThat(context.getBean("labelStudioApiKeySanitizingFunction")).isSameAs(function);
			});
	}

	@Test
	void withoutActuatorNoHealthIndicatorNorSanitizingFunction() {
		new ApplicationContextRunner().withUserConfiguration(ImportedAutoConfigurations.class)
			.withPropertyValues("labelstudio.url=https://label-studio.example.com", "labelstudio.api-key=" + API_KEY)
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate.",
					"org.springframework.boot.health."))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(LabelStudioClient.class)
				.hasSingleBean(ProjectsClient.class)
				.doesNotHaveBean(LabelStudioHealthIndicator.class)
				.doesNotHaveBean("labelStudioApiKeySanitizingFunction"));
	}

	@Test
	void withoutMicrometerNoRetryMetrics() {
		configured().withClassLoader(new FilteredClassLoader("io.micrometer.core."))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(LabelStudioClient.class)
				.doesNotHaveBean("labelStudioRetryMetrics"));
	}

	@Test
	void withoutResilience4jMicrometerNoRetryMetrics() {
		configured().withClassLoader(new FilteredClassLoader(TaggedRetryMetrics.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(LabelStudioClient.class)
				.doesNotHaveBean("labelStudioRetryMetrics"));
	}

	@Test
	void retryMetricsBindOnlyTheClientsRetry() {
		RetryRegistry applicationRegistry = RetryRegistry.ofDefaults();
		Retry unrelated = applicationRegistry.retry("unrelated");
		configured().withBean(RetryRegistry.class, () -> applicationRegistry).run((context) -> {
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			assertThat(applicationRegistry.getAllRetries()).contains(ClientInternals.invoker(client).retryPolicy().retry(),
					unrelated);
			MeterRegistry meters = new SimpleMeterRegistry();
			context.getBean("labelStudioRetryMetrics", MeterBinder.class).bindTo(meters);
			assertThat(meters.find("resilience4j.retry.calls").tag("name", "labelstudio").meters()).isNotEmpty();
			assertThat(meters.find("resilience4j.retry.calls").tag("name", "unrelated").meters()).isEmpty();
		});
	}

	@Test
	void retryMetricsBindTheRetriesOfPerCallAttemptsAlsoWhenMadeLater() {
		RetryRegistry applicationRegistry = RetryRegistry.ofDefaults();
		applicationRegistry.retry("labelstudioish");
		configured().withBean(RetryRegistry.class, () -> applicationRegistry).run((context) -> {
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			MeterRegistry meters = new SimpleMeterRegistry();
			context.getBean("labelStudioRetryMetrics", MeterBinder.class).bindTo(meters);
			assertThat(meters.find("resilience4j.retry.calls").tag("name", "labelstudio.attempts-5").meters()).isEmpty();
			// a call with its own number of attempts registers its retry; bound as it appears
			ClientInternals.invoker(client).retryPolicy().registry().retry("labelstudio.attempts-5");
			assertThat(meters.find("resilience4j.retry.calls").tag("name", "labelstudio.attempts-5").meters())
				.isNotEmpty();
			assertThat(meters.find("resilience4j.retry.calls").tag("name", "labelstudioish").meters()).isEmpty();
		});
	}

	@Test
	void noRetryMetricsWhenRetriesAreDisabled() {
		configured().withPropertyValues("labelstudio.retry.enabled=false").run((context) -> {
			MeterRegistry meters = new SimpleMeterRegistry();
			context.getBean("labelStudioRetryMetrics", MeterBinder.class).bindTo(meters);
			assertThat(meters.getMeters()).isEmpty();
		});
	}

	@Test
	void propertiesAreBound() {
		configured()
			.withPropertyValues("labelstudio.retry.enabled=false", "labelstudio.retry.max-attempts=5",
					"labelstudio.retry.initial-interval=250ms", "labelstudio.retry.multiplier=3",
					"labelstudio.retry.max-interval=20s", "labelstudio.retry.max-retry-after=2m",
					"labelstudio.observations.name=ls.calls", "labelstudio.health.timeout=750ms",
					"labelstudio.health.cache-ttl=1m", "labelstudio.connect-timeout=3s",
					"labelstudio.read-timeout=45s", "labelstudio.ssl.bundle=ls")
			.withBean(SslBundles.class, LabelStudioAutoConfigurationTests::sslBundles)
			.run((context) -> {
				LabelStudioProperties properties = context.getBean(LabelStudioProperties.class);
				assertThat(properties.getConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(properties.getReadTimeout()).isEqualTo(Duration.ofSeconds(45));
				assertThat(properties.getSsl().getBundle()).isEqualTo("ls");
				assertThat(properties.getObservations().getName()).isEqualTo("ls.calls");
				assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofMillis(750));
				assertThat(properties.getHealth().getCacheTtl()).isEqualTo(Duration.ofMinutes(1));
				assertThat(context.getBean(LabelStudioClient.class).retrySettings())
					.isEqualTo(new RetrySettings(false, 5, Duration.ofMillis(250), 3.0, Duration.ofSeconds(20),
							Duration.ofMinutes(2), RetrySettings.defaults().jitter()));
			});
	}

	@Test
	void timeoutsAndSslBundleComeFromLabelStudioProperties() {
		RecordingRequestFactoryBuilder recorder = new RecordingRequestFactoryBuilder();
		configured()
			.withPropertyValues("labelstudio.connect-timeout=3s", "labelstudio.read-timeout=45s",
					"labelstudio.ssl.bundle=ls", "spring.http.clients.connect-timeout=7s",
					"spring.http.clients.read-timeout=70s")
			.withBean(SslBundles.class, LabelStudioAutoConfigurationTests::sslBundles)
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> recorder)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				HttpClientSettings settings = recorder.settings.get(0);
				assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(45));
				assertThat(settings.sslBundle()).isSameAs(context.getBean(SslBundles.class).getBundle("ls"));
			});
	}

	@Test
	void timeoutsFallBackToSpringHttpClientsProperties() {
		RecordingRequestFactoryBuilder recorder = new RecordingRequestFactoryBuilder();
		configured()
			.withPropertyValues("spring.http.clients.connect-timeout=7s", "spring.http.clients.read-timeout=70s",
					"spring.http.clients.redirects=follow")
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> recorder)
			.run((context) -> {
				HttpClientSettings settings = recorder.settings.get(0);
				assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(7));
				assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(70));
				assertThat(settings.redirects()).isEqualTo(HttpRedirects.FOLLOW);
			});
	}

	@Test
	void timeoutsFallBackToClientDefaultsWhenNothingIsSet() {
		RecordingRequestFactoryBuilder recorder = new RecordingRequestFactoryBuilder();
		configured().withBean(ClientHttpRequestFactoryBuilder.class, () -> recorder).run((context) -> {
			HttpClientSettings settings = recorder.settings.get(0);
			assertThat(settings.connectTimeout()).isEqualTo(LabelStudioClient.DEFAULT_CONNECT_TIMEOUT);
			assertThat(settings.readTimeout()).isEqualTo(LabelStudioClient.DEFAULT_READ_TIMEOUT);
			assertThat(settings.redirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
			assertThat(settings.sslBundle()).isNull();
		});
	}

	@Test
	void perCallReadTimeoutBuildsAVariantFromTheSameSettings() {
		RecordingRequestFactoryBuilder recorder = new RecordingRequestFactoryBuilder();
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		this.contextRunner
			.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY,
					"labelstudio.connect-timeout=5s", "labelstudio.read-timeout=30s")
			.withBean(ClientHttpRequestFactoryBuilder.class, () -> recorder)
			.run((context) -> {
				LabelStudioClient client = context.getBean(LabelStudioClient.class);
				client.users().whoami(RequestOptions.builder().readTimeout(Duration.ofSeconds(12)).build());
				client.users().whoami(RequestOptions.builder().readTimeout(Duration.ofSeconds(2)).build());
				assertThat(recorder.settings).hasSize(3);
				assertThat(recorder.settings.get(1).readTimeout()).isEqualTo(Duration.ofSeconds(12));
				assertThat(recorder.settings.get(1).connectTimeout()).isEqualTo(Duration.ofSeconds(5));
				assertThat(recorder.settings.get(2).readTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(recorder.settings.get(2).connectTimeout()).isEqualTo(Duration.ofSeconds(2));
			});
	}

	@Test
	void restClientCustomizersAndClientCustomizersAreApplied() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		this.contextRunner.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY)
			.withBean(RestClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-From-RestClientCustomizer", "yes"))
			.withBean(LabelStudioClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-Tenant", "acme"))
			.run((context) -> {
				assertThat(context.getBean(UsersClient.class).whoami().username()).isEqualTo("ann");
				wm.verify(1,
						getRequestedFor(urlPathEqualTo(WHOAMI))
							.withHeader("Authorization", equalTo("Token " + API_KEY))
							.withHeader("X-From-RestClientCustomizer", equalTo("yes"))
							.withHeader("X-Tenant", equalTo("acme")));
			});
	}

	@Test
	void observationRegistryIsUsedWithTheConfiguredName() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		this.contextRunner
			.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY,
					"labelstudio.observations.name=ls.calls")
			.withBean(ObservationRegistry.class, () -> observations)
			.run((context) -> {
				context.getBean(LabelStudioClient.class).users().whoami();
				assertThat(meters.find("ls.calls").tag("labelstudio.operation", "users.whoami").timer())
					.isNotNull()
					.satisfies((timer) -> assertThat(timer.count()).isOne());
			});
	}

	@Test
	void applicationCustomizersRunAfterTheObservationCustomizer() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\":3,\"username\":\"ann\"}")));
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		this.contextRunner
			.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY,
					"labelstudio.observations.name=ls.calls")
			.withBean(ObservationRegistry.class, () -> observations)
			.withBean(LabelStudioClientCustomizer.class, () -> (builder) -> builder.observationName("mine.calls"))
			.run((context) -> {
				context.getBean(LabelStudioClient.class).users().whoami();
				assertThat(meters.find("mine.calls").timer()).isNotNull();
				assertThat(meters.find("ls.calls").timer()).isNull();
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://label-studio.example.com", "label-studio.example.com", "http://exa mple.com",
			"https://label-studio.example.com/?x=1", "http:///nohost" })
	void malformedUrlFailsStartupWithAnAnalysis(String url) {
		this.contextRunner.withPropertyValues("labelstudio.url=" + url, "labelstudio.api-key=" + API_KEY)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).startsWith("The Label Studio client could not be configured: ")
					.contains("labelstudio.url");
				assertThat(analysis.getAction()).contains("Set labelstudio.url to the http or https URL");
			});
	}

	@Test
	void urlWithCredentialsFailsStartupWithoutShowingThem() {
		this.contextRunner
			.withPropertyValues("labelstudio.url=https://admin:hunter2@label-studio.example.com",
					"labelstudio.api-key=" + API_KEY)
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("labelstudio.url must not contain credentials")
					.doesNotContain("hunter2");
				assertThat(analysis.getAction()).contains("set labelstudio.api-key");
			});
	}

	@Test
	void urlWithoutApiKeyFailsStartupWithAnAnalysis() {
		this.contextRunner.withPropertyValues("labelstudio.url=https://label-studio.example.com").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo(
					"The Label Studio client could not be configured: labelstudio.url is set but labelstudio.api-key is not");
			assertThat(analysis.getAction()).startsWith("Set labelstudio.api-key to a legacy API key or a personal access token");
		});
	}

	@Test
	void unknownSslBundleFailsStartupWithAnAnalysis() {
		configured().withPropertyValues("labelstudio.ssl.bundle=missing").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("The Label Studio client could not be configured: "
					+ "labelstudio.ssl.bundle refers to an SSL bundle named 'missing' that does not exist");
			assertThat(analysis.getAction()).startsWith("Define an SSL bundle named 'missing'");
		});
	}

	@Test
	void invalidRetrySettingsFailStartupWithAnAnalysis() {
		configured().withPropertyValues("labelstudio.retry.max-attempts=0").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("The Label Studio client could not be configured: "
					+ "labelstudio.retry.max-attempts must be at least 1 (it is 0)");
		});
	}

	@Test
	void sanitizingFunctionMasksOnlyTheApiKey() {
		configured().run((context) -> {
			SanitizingFunction function = context.getBean("labelStudioApiKeySanitizingFunction",
					SanitizingFunction.class);
			MapPropertySource source = new MapPropertySource("test", java.util.Map.of());
			for (String key : List.of("labelstudio.api-key", "labelstudio.apiKey", "LABELSTUDIO_API_KEY")) {
				assertThat(function.applyUnlessFiltered(new SanitizableData(source, key, API_KEY)).getValue())
					.as(key)
					.isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
			assertThat(function.applyUnlessFiltered(new SanitizableData(source, "labelstudio.url", "http://x"))
				.getValue()).isEqualTo("http://x");
			assertThat(function.applyUnlessFiltered(new SanitizableData(source, "other.api-key", "k")).getValue())
				.isEqualTo("k");
		});
	}

	private static FailureAnalysis analyze(Throwable failure) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new InvalidLabelStudioConfigurationFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).doesNotContain(API_KEY);
		assertThat(analysis.getAction()).doesNotContain(API_KEY);
		return analysis;
	}

	private static SslBundles sslBundles() {
		SslBundle bundle = SslBundle.of(SslStoreBundle.NONE);
		SslBundles bundles = mock(SslBundles.class);
		given(bundles.getBundle("ls")).willReturn(bundle);
		return bundles;
	}

	static final class TestConnectionDetails implements LabelStudioConnectionDetails {

		@Override
		public String getUrl() {
			return "http://details.example.com/ls";
		}

		@Override
		public String getApiKey() {
			return API_KEY;
		}

	}

	static final class RecordingRequestFactoryBuilder
			implements ClientHttpRequestFactoryBuilder<org.springframework.http.client.ClientHttpRequestFactory> {

		final List<HttpClientSettings> settings = new CopyOnWriteArrayList<>();

		@Override
		public org.springframework.http.client.ClientHttpRequestFactory build(HttpClientSettings settings) {
			this.settings.add(settings);
			return ClientHttpRequestFactoryBuilder.jdk().build(settings);
		}

	}

	/**
	 * Imports the auto-configurations the way an application does, so that their class
	 * conditions are checked before they are loaded.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ LabelStudioAutoConfiguration.class, LabelStudioHealthContributorAutoConfiguration.class,
			HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class })
	static class ImportedAutoConfigurations {

	}

}
