package dev.labelstudio4j.autoconfigure;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.labelstudio4j.autoconfigure.health.LabelStudioHealthContributorAutoConfiguration;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.projects.ProjectsClient;
import dev.labelstudio4j.client.users.UsersClient;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests that every bad setting stops startup with a failure analysis naming the property and a
 * valid example, and that a Label Studio bean asked for without {@code labelstudio.url} is explained.
 */
class LabelStudioSettingsFailureAnalysisTests {

	private static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String PREFIX = "The Label Studio client could not be configured: ";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class,
				LabelStudioHealthContributorAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class))
		.withPropertyValues("labelstudio.url=https://label-studio.example.com", "labelstudio.api-key=" + API_KEY);

	static Stream<Arguments> badSettings() {
		return Stream.of(
				arguments("labelstudio.read-timeout=-5s", "labelstudio.read-timeout must be positive (it is -5s)",
						"labelstudio.read-timeout=60s"),
				arguments("labelstudio.read-timeout=0", "labelstudio.read-timeout must be positive (it is 0s)",
						"labelstudio.read-timeout=60s"),
				arguments("labelstudio.connect-timeout=-1s", "labelstudio.connect-timeout must be positive (it is -1s)",
						"labelstudio.connect-timeout=10s"),
				arguments("labelstudio.connect-timeout=0", "labelstudio.connect-timeout must be positive (it is 0s)",
						"labelstudio.connect-timeout=10s"),
				arguments("spring.http.clients.read-timeout=-2s",
						"spring.http.clients.read-timeout must be positive (it is -2s)", "labelstudio.read-timeout=60s"),
				arguments("labelstudio.health.timeout=-1s", "labelstudio.health.timeout must be positive (it is -1s)",
						"labelstudio.health.timeout=2s"),
				arguments("labelstudio.health.timeout=0", "labelstudio.health.timeout must be positive (it is 0s)",
						"labelstudio.health.timeout=2s"),
				arguments("labelstudio.health.cache-ttl=-1s",
						"labelstudio.health.cache-ttl must not be negative (it is -1s)", "labelstudio.health.cache-ttl=10s"),
				arguments("labelstudio.url=http://127.0.0.1:99999",
						"labelstudio.url must have a port from 1 to 65535, not 99999 (it is 'http://127.0.0.1:99999')",
						"labelstudio.url=https://label-studio.example.com"),
				arguments("labelstudio.url=ftp://label-studio.example.com",
						"labelstudio.url must be an http or https URL (it is 'ftp://label-studio.example.com')",
						"labelstudio.url=https://label-studio.example.com"),
				arguments("labelstudio.url=https://label-studio.example.com/?x=1",
						"labelstudio.url must not have a query or fragment (it is 'https://label-studio.example.com/?x=1')",
						"labelstudio.url=https://label-studio.example.com"),
				arguments("labelstudio.retry.max-attempts=0", "labelstudio.retry.max-attempts must be at least 1 (it is 0)",
						"labelstudio.retry.max-attempts=3"),
				arguments("labelstudio.retry.initial-interval=-1s",
						"labelstudio.retry.initial-interval must not be negative (it is -1s)",
						"labelstudio.retry.initial-interval=500ms"),
				arguments("labelstudio.retry.multiplier=0.5", "labelstudio.retry.multiplier must be at least 1.0 (it is 0.5)",
						"labelstudio.retry.multiplier=2"),
				arguments("labelstudio.retry.max-interval=100ms",
						"labelstudio.retry.max-interval must not be shorter than initialInterval (it is 100ms)",
						"labelstudio.retry.max-interval=10s"),
				arguments("labelstudio.retry.max-retry-after=-1s",
						"labelstudio.retry.max-retry-after must not be negative (it is -1s)",
						"labelstudio.retry.max-retry-after=60s"),
				arguments("labelstudio.observations.name= ",
						"labelstudio.observations.name must not be null or blank (it is '')",
						"labelstudio.observations.name=labelstudio.client.requests"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badSettings")
	void badSettingStopsStartupNamingTheProperty(String setting, String description, String example) {
		this.contextRunner.withPropertyValues(setting).run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo(PREFIX + description);
			assertThat(analysis.getAction()).contains(example);
		});
	}

	@Test
	void badSettingStopsStartupOnTheJdkTransportToo() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.apache.hc.client5"))
			.withPropertyValues("labelstudio.read-timeout=-5s")
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription())
				.isEqualTo(PREFIX + "labelstudio.read-timeout must be positive (it is -5s)"));
	}

	@Test
	void apiKeyWithWhitespaceIsRefusedWithoutShowingIt() {
		this.contextRunner.withPropertyValues("labelstudio.api-key=abc def").run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo(PREFIX + "labelstudio.api-key must not contain whitespace")
				.doesNotContain("abc");
			assertThat(analysis.getAction()).contains("labelstudio.api-key=");
		});
	}

	@Test
	void badUrlOfConnectionDetailsBeanNamesTheBean() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class, HttpClientAutoConfiguration.class))
			.withBean(LabelStudioConnectionDetails.class, BadConnectionDetails::new)
			.run((context) -> assertThat(analyze(context.getStartupFailure()).getDescription()).isEqualTo(PREFIX
					+ "The URL of " + BadConnectionDetails.class.getName() + " must be an http or https URL (it is 'x')"));
	}

	@Test
	void resourceClientWithoutUrlIsExplained() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class))
			.withUserConfiguration(NeedsProjects.class)
			.withPropertyValues("labelstudio.api-key=" + API_KEY)
			.run((context) -> {
				Throwable failure = context.getStartupFailure();
				assertThat(failure).hasRootCauseInstanceOf(NoSuchBeanDefinitionException.class);
				FailureAnalysis analysis = new LabelStudioClientNotConfiguredFailureAnalyzer(
						new MockEnvironment().withProperty("labelstudio.api-key", API_KEY))
					.analyze(failure);
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).isEqualTo("A bean of type '" + ProjectsClient.class.getName()
						+ "' is required, but no Label Studio client is configured: labelstudio.url is not set.");
				assertThat(analysis.getAction()).contains("Set labelstudio.url")
					.contains("labelstudio.api-key")
					.contains("labelstudio.url=https://label-studio.example.com")
					.doesNotContain(API_KEY);
			});
	}

	@Test
	void missingBeanAnalysisOnlyForLabelStudioTypesAndWithoutUrl() {
		LabelStudioClientNotConfiguredFailureAnalyzer withoutUrl = new LabelStudioClientNotConfiguredFailureAnalyzer(
				new MockEnvironment());
		assertThat(withoutUrl.analyze(new NoSuchBeanDefinitionException(LabelStudioClient.class))).isNotNull();
		assertThat(withoutUrl.analyze(new NoSuchBeanDefinitionException(UsersClient.class))).isNotNull();
		assertThat(withoutUrl.analyze(new NoSuchBeanDefinitionException(LabelStudioConnectionDetails.class)))
			.isNotNull();
		assertThat(withoutUrl.analyze(new NoSuchBeanDefinitionException(String.class))).isNull();
		LabelStudioClientNotConfiguredFailureAnalyzer withUrl = new LabelStudioClientNotConfiguredFailureAnalyzer(
				new MockEnvironment().withProperty("labelstudio.url", "http://localhost:8080"));
		assertThat(withUrl.analyze(new NoSuchBeanDefinitionException(ProjectsClient.class))).isNull();
		assertThat(withoutUrl.getOrder()).isLessThan(0);
	}

	private static FailureAnalysis analyze(Throwable failure) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new InvalidLabelStudioConfigurationFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		assertThat(analysis.getDescription()).doesNotContain(API_KEY);
		assertThat(analysis.getAction()).doesNotContain(API_KEY);
		return analysis;
	}

	static final class BadConnectionDetails implements LabelStudioConnectionDetails {

		@Override
		public String getUrl() {
			return "x";
		}

		@Override
		public String getApiKey() {
			return API_KEY;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class NeedsProjects {

		NeedsProjects(ProjectsClient projects) {
		}

	}

}
