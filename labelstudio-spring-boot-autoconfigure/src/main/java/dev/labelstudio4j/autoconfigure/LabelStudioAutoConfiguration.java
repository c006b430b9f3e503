package dev.labelstudio4j.autoconfigure;

import java.time.Duration;

import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.LabelStudioCredentials;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.actions.ActionsClient;
import dev.labelstudio4j.client.annotations.AnnotationsClient;
import dev.labelstudio4j.client.files.FilesClient;
import dev.labelstudio4j.client.ml.MlClient;
import dev.labelstudio4j.client.predictions.PredictionsClient;
import dev.labelstudio4j.client.projects.ProjectsClient;
import dev.labelstudio4j.client.storages.ExportStorageClient;
import dev.labelstudio4j.client.storages.ImportStorageClient;
import dev.labelstudio4j.client.tasks.TasksClient;
import dev.labelstudio4j.client.users.UsersClient;
import dev.labelstudio4j.client.views.ViewsClient;
import dev.labelstudio4j.client.webhooks.WebhooksClient;
import dev.labelstudio4j.client.tokens.JwtSettingsClient;
import dev.labelstudio4j.client.tokens.TokensClient;
import dev.labelstudio4j.client.versions.VersionsClient;
import dev.labelstudio4j.client.workspaces.WorkspacesClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Label Studio client.
 * Configures a {@link LabelStudioClient} and one bean per resource client when
 * {@code labelstudio.url} is set or a {@link LabelStudioConnectionDetails} bean is
 * defined. The client sends with the HTTP library of the application's request factory
 * builder ({@link LabelStudioHttpClientConfigurations}); retry metrics and observations
 * are configured apart. The client bean is closed with the context, and so are the HTTP
 * clients created for it.
 */
@AutoConfiguration(
		after = { HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
				SslAutoConfiguration.class, RestClientAutoConfiguration.class,
				RestClientObservationAutoConfiguration.class },
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ LabelStudioClient.class, ClientHttpRequestFactoryBuilder.class, RestClientCustomizer.class })
@Conditional(LabelStudioAutoConfiguration.LabelStudioConnectionCondition.class)
@EnableConfigurationProperties(LabelStudioProperties.class)
@Import({ LabelStudioHttpClientConfigurations.ApacheHttpClientConfiguration.class,
		LabelStudioHttpClientConfigurations.JdkHttpClientConfiguration.class })
public final class LabelStudioAutoConfiguration {

	static final String URL_PROPERTY = "labelstudio.url";

	static final String API_KEY_PROPERTY = "labelstudio.api-key";

	private static final String URL_ACTION = "Set labelstudio.url to the http or https URL of your Label Studio "
			+ "server, for example labelstudio.url=https://label-studio.example.com (a port, if any, from 1 to "
			+ "65535; no credentials, query or fragment), and set labelstudio.api-key to your API key or "
			+ "personal access token.";

	@Bean
	@ConditionalOnMissingBean
	LabelStudioConnectionDetails labelStudioConnectionDetails(LabelStudioProperties properties) {
		return new PropertiesLabelStudioConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	HttpClientResources labelStudioHttpClientResources() {
		return new HttpClientResources();
	}

	@Bean
	@ConditionalOnMissingBean
	RequestFactoryBuilderOrigin labelStudioRequestFactoryBuilderOrigin() {
		return new RequestFactoryBuilderOrigin();
	}

	@Bean
	@ConditionalOnMissingBean
	LabelStudioClient labelStudioClient(LabelStudioConnectionDetails connectionDetails,
			LabelStudioProperties properties, HttpClientResources httpClientResources,
			RequestFactoryBuilderOrigin requestFactoryBuilderOrigin,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<HttpClientConnector> connectors, ObjectProvider<RestClientCustomizer> restClientCustomizers,
			ObjectProvider<RetryRegistry> retryRegistry, ObjectProvider<LabelStudioClientCustomizer> customizers) {
		LabelStudioClient.Builder builder = LabelStudioClient.builder();
		connection(connectionDetails, builder);
		HttpClientSettings settings = httpClientSettings(properties, httpClientSettings.getIfAvailable(),
				sslBundles.getIfAvailable());
		timeouts(properties, settings, builder);
		httpClient(requestFactoryBuilder.getIfAvailable(), requestFactoryBuilderOrigin, settings, connectors, builder,
				httpClientResources);
		RestClient.Builder restClientBuilder = RestClient.builder();
		restClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(restClientBuilder));
		builder.restClientBuilder(restClientBuilder)
			.retrySettings(retrySettings(properties.getRetry()))
			.retryRegistry(retryRegistry.getIfUnique());
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	/**
	 * Give the builder its HTTP client: the first connector whose library the request factory builder
	 * is of (the application's builder, else the one Spring Boot detects), else the request factories
	 * the builder makes.
	 */
	private static void httpClient(@Nullable ClientHttpRequestFactoryBuilder<?> applicationBuilder,
			RequestFactoryBuilderOrigin origin, HttpClientSettings settings,
			ObjectProvider<HttpClientConnector> connectors, LabelStudioClient.Builder builder,
			HttpClientResources resources) {
		boolean customized = applicationBuilder != null && !origin.isUncustomized(applicationBuilder);
		ClientHttpRequestFactoryBuilder<?> factoryBuilder = (applicationBuilder != null) ? applicationBuilder
				: ClientHttpRequestFactoryBuilder.detect();
		boolean connected = connectors.orderedStream()
			.anyMatch((connector) -> connector.connect(factoryBuilder, customized, settings, builder, resources));
		if (!connected) {
			builder.requestFactory(resources.add(factoryBuilder.build(settings)),
					(readTimeout) -> resources.add(readTimeoutVariant(factoryBuilder, settings, readTimeout)));
		}
	}

	private static void connection(LabelStudioConnectionDetails connectionDetails, LabelStudioClient.Builder builder) {
		boolean fromProperties = connectionDetails instanceof PropertiesLabelStudioConnectionDetails;
		String url = connectionDetails.getUrl();
		String source = fromProperties ? URL_PROPERTY : "The URL of " + connectionDetails.getClass().getName();
		String shown = (url == null) ? null : (url.indexOf('@') >= 0) ? null : "'" + url + "'";
		Settings.apply(source, shown, URL_ACTION, () -> builder.baseUrl(url));
		builder.credentials(credentials(connectionDetails.getApiKey()));
	}

	@Bean
	@ConditionalOnMissingBean
	ImportStorageClient labelStudioImportStorageClient(LabelStudioClient client) {
		return client.importStorage();
	}

	@Bean
	@ConditionalOnMissingBean
	ExportStorageClient labelStudioExportStorageClient(LabelStudioClient client) {
		return client.exportStorage();
	}

	/**
	 * Hand the connect and read timeouts to the client builder, which refuses what is not positive. The
	 * read timeout bounds each wait for data; the connect timeout reaches the HTTP client through the
	 * settings.
	 */
	private static void timeouts(LabelStudioProperties properties, HttpClientSettings settings,
			LabelStudioClient.Builder builder) {
		Duration connectTimeout = settings.connectTimeout();
		if (connectTimeout != null) {
			String property = (properties.getConnectTimeout() != null) ? "labelstudio.connect-timeout"
					: "spring.http.clients.connect-timeout";
			Settings.apply(property, Settings.show(connectTimeout),
					Settings.positiveDuration("labelstudio.connect-timeout", "10s"),
					() -> builder.connectTimeout(connectTimeout));
		}
		Duration readTimeout = settings.readTimeout();
		if (readTimeout != null) {
			String property = (properties.getReadTimeout() != null) ? "labelstudio.read-timeout"
					: "spring.http.clients.read-timeout";
			Settings.apply(property, Settings.show(readTimeout),
					Settings.positiveDuration("labelstudio.read-timeout", "60s"), () -> builder.readTimeout(readTimeout));
		}
	}

	/**
	 * A request factory for a call with its own read timeout. The connect timeout is capped
	 * at the read timeout, so that a call asking for a short answer (a health check, say)
	 * is not held up by an unreachable host either.
	 */
	private static ClientHttpRequestFactory readTimeoutVariant(ClientHttpRequestFactoryBuilder<?> factoryBuilder,
			HttpClientSettings settings, Duration readTimeout) {
		Duration connectTimeout = settings.connectTimeout();
		if (connectTimeout == null || connectTimeout.compareTo(readTimeout) > 0) {
			connectTimeout = readTimeout;
		}
		return factoryBuilder.build(settings.withTimeouts(connectTimeout, readTimeout));
	}

	static HttpClientSettings httpClientSettings(LabelStudioProperties properties,
			@Nullable HttpClientSettings applicationSettings, @Nullable SslBundles sslBundles) {
		return HttpClientSettings.defaults()
			.withConnectTimeout(properties.getConnectTimeout())
			.withReadTimeout(properties.getReadTimeout())
			.withSslBundle(sslBundle(properties.getSsl().getBundle(), sslBundles))
			.orElse(applicationSettings)
			.orElse(HttpClientSettings.defaults()
				.withRedirects(HttpRedirects.DONT_FOLLOW)
				.withTimeouts(LabelStudioClient.DEFAULT_CONNECT_TIMEOUT, LabelStudioClient.DEFAULT_READ_TIMEOUT));
	}

	private static @Nullable SslBundle sslBundle(@Nullable String name, @Nullable SslBundles sslBundles) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String action = "Define an SSL bundle named '" + name
				+ "' under spring.ssl.bundle.jks or spring.ssl.bundle.pem, or change labelstudio.ssl.bundle to the name of an existing bundle.";
		if (sslBundles == null) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.ssl.bundle",
					"labelstudio.ssl.bundle is set to '" + name + "' but no SSL bundles are configured", action);
		}
		try {
			return sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.ssl.bundle",
					"labelstudio.ssl.bundle refers to an SSL bundle named '" + name + "' that does not exist",
					action);
		}
	}

	/**
	 * The retry settings, each property handed to {@link RetrySettings} on its own so that a refusal
	 * names it.
	 */
	static RetrySettings retrySettings(LabelStudioProperties.Retry retry) {
		RetrySettings enabled = RetrySettings.defaults().withEnabled(retry.isEnabled());
		RetrySettings attempts = Settings.apply("labelstudio.retry.max-attempts", String.valueOf(retry.getMaxAttempts()),
				"Set labelstudio.retry.max-attempts to the number of attempts including the first, at least 1, "
						+ "for example labelstudio.retry.max-attempts=3 (or labelstudio.retry.enabled=false to make every call once).",
				() -> enabled.withMaxAttempts(retry.getMaxAttempts()));
		RetrySettings initial = Settings.apply("labelstudio.retry.initial-interval",
				Settings.show(retry.getInitialInterval()),
				"Set labelstudio.retry.initial-interval to a duration of zero or more, for example "
						+ "labelstudio.retry.initial-interval=500ms.",
				() -> attempts.withInitialInterval(retry.getInitialInterval()));
		RetrySettings multiplier = Settings.apply("labelstudio.retry.multiplier", String.valueOf(retry.getMultiplier()),
				"Set labelstudio.retry.multiplier to 1.0 or more, for example labelstudio.retry.multiplier=2.",
				() -> initial.withMultiplier(retry.getMultiplier()));
		RetrySettings maxInterval = Settings.apply("labelstudio.retry.max-interval", Settings.show(retry.getMaxInterval()),
				"Set labelstudio.retry.max-interval to a duration not shorter than labelstudio.retry.initial-interval ("
						+ Settings.show(retry.getInitialInterval()) + "), for example labelstudio.retry.max-interval=10s.",
				() -> multiplier.withMaxInterval(retry.getMaxInterval()));
		return Settings.apply("labelstudio.retry.max-retry-after", Settings.show(retry.getMaxRetryAfter()),
				"Set labelstudio.retry.max-retry-after to a duration of zero or more, for example "
						+ "labelstudio.retry.max-retry-after=60s.",
				() -> maxInterval.withMaxRetryAfter(retry.getMaxRetryAfter()));
	}

	static LabelStudioCredentials credentials(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new InvalidLabelStudioConfigurationException(API_KEY_PROPERTY,
					"labelstudio.url is set but labelstudio.api-key is not",
					"Set labelstudio.api-key to a legacy API key or a personal access token from Label Studio's "
							+ "\"Account & Settings\" page, or remove labelstudio.url to disable the client.");
		}
		return Settings.apply(API_KEY_PROPERTY, null,
				"Set labelstudio.api-key to the key exactly as Label Studio shows it, for example "
						+ "labelstudio.api-key=${LABEL_STUDIO_API_KEY}.",
				() -> LabelStudioCredentials.of(apiKey));
	}

	/**
	 * One bean per resource client, each the {@link LabelStudioClient}'s own. A new resource
	 * client gets its bean here.
	 */
	@Configuration(proxyBeanMethods = false)
	static class ResourceClientsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ProjectsClient labelStudioProjectsClient(LabelStudioClient client) {
			return client.projects();
		}

		@Bean
		@ConditionalOnMissingBean
		TasksClient labelStudioTasksClient(LabelStudioClient client) {
			return client.tasks();
		}

		@Bean
		@ConditionalOnMissingBean
		AnnotationsClient labelStudioAnnotationsClient(LabelStudioClient client) {
			return client.annotations();
		}

		@Bean
		@ConditionalOnMissingBean
		UsersClient labelStudioUsersClient(LabelStudioClient client) {
			return client.users();
		}

		@Bean
		@ConditionalOnMissingBean
		ActionsClient labelStudioActionsClient(LabelStudioClient client) {
			return client.actions();
		}

		@Bean
		@ConditionalOnMissingBean
		ViewsClient labelStudioViewsClient(LabelStudioClient client) {
			return client.views();
		}

		@Bean
		@ConditionalOnMissingBean
		FilesClient labelStudioFilesClient(LabelStudioClient client) {
			return client.files();
		}

		@Bean
		@ConditionalOnMissingBean
		MlClient labelStudioMlClient(LabelStudioClient client) {
			return client.ml();
		}

		@Bean
		@ConditionalOnMissingBean
		PredictionsClient labelStudioPredictionsClient(LabelStudioClient client) {
			return client.predictions();
		}

		@Bean
		@ConditionalOnMissingBean
		WebhooksClient labelStudioWebhooksClient(LabelStudioClient client) {
			return client.webhooks();
		}

		@Bean
		@ConditionalOnMissingBean
		WorkspacesClient labelStudioWorkspacesClient(LabelStudioClient client) {
			return client.workspaces();
		}

		@Bean
		@ConditionalOnMissingBean
		TokensClient labelStudioTokensClient(LabelStudioClient client) {
			return client.tokens();
		}

		@Bean
		@ConditionalOnMissingBean
		JwtSettingsClient labelStudioJwtSettingsClient(LabelStudioClient client) {
			return client.jwtSettings();
		}

		@Bean
		@ConditionalOnMissingBean
		VersionsClient labelStudioVersionsClient(LabelStudioClient client) {
			return client.versions();
		}

	}

	/**
	 * Observes the client's calls in the application's {@link ObservationRegistry}, under
	 * {@code labelstudio.observations.name}, with the client's own convention: the
	 * application's other HTTP clients are left alone.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ObservationRegistry.class)
	static class ObservationConfiguration {

		@Bean
		@Order(0)
		@ConditionalOnMissingBean(name = "labelStudioObservationClientCustomizer")
		LabelStudioClientCustomizer labelStudioObservationClientCustomizer(LabelStudioProperties properties,
				ObjectProvider<ObservationRegistry> observationRegistry) {
			return (builder) -> {
				String name = properties.getObservations().getName();
				Settings.apply("labelstudio.observations.name", "'" + name + "'",
						"Set labelstudio.observations.name to a metric name, for example "
								+ "labelstudio.observations.name=labelstudio.client.requests.",
						() -> builder.observationName(name));
				observationRegistry.ifUnique(builder::observationRegistry);
			};
		}

	}

	/**
	 * Binds the metrics of the client's Resilience4j retry, and of no other retry.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ MeterBinder.class, TaggedRetryMetrics.class })
	static class RetryMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "labelStudioRetryMetrics")
		MeterBinder labelStudioRetryMetrics(ObjectProvider<LabelStudioClient> client) {
			return new LabelStudioRetryMetrics(client);
		}

	}

	/**
	 * Keeps the API key masked in the {@code configprops} and {@code env} endpoints, even
	 * when they show values.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "labelStudioApiKeySanitizingFunction")
		SanitizingFunction labelStudioApiKeySanitizingFunction() {
			return SanitizingFunction.sanitizeValue().ifKeyMatches(LabelStudioAutoConfiguration::isApiKeyProperty);
		}

	}

	/**
	 * Whether the key names {@code labelstudio.api-key} in any of its relaxed forms
	 * ({@code labelstudio.apiKey}, {@code LABELSTUDIO_API_KEY}, ...).
	 * @param key the key
	 * @return whether it is the API key property
	 */
	static boolean isApiKeyProperty(String key) {
		StringBuilder letters = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			char ch = key.charAt(i);
			if (Character.isLetterOrDigit(ch)) {
				letters.append(Character.toLowerCase(ch));
			}
		}
		return letters.toString().equals("labelstudioapikey");
	}

	/**
	 * Matches when {@code labelstudio.url} is set or a {@link LabelStudioConnectionDetails}
	 * bean is defined.
	 */
	static final class LabelStudioConnectionCondition extends AnyNestedCondition {

		LabelStudioConnectionCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(UrlPropertyCondition.class)
		static class UrlProperty {

		}

		@ConditionalOnBean(LabelStudioConnectionDetails.class)
		static class ConnectionDetailsBean {

		}

	}

	/**
	 * Matches when {@code labelstudio.url} has text: an empty value (such as
	 * {@code ${LABEL_STUDIO_URL:}}) counts as not set.
	 */
	static final class UrlPropertyCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("Label Studio URL");
			String url = context.getEnvironment().getProperty("labelstudio.url");
			if (StringUtils.hasText(url)) {
				return ConditionOutcome.match(message.found("property").items("labelstudio.url"));
			}
			return ConditionOutcome.noMatch(message.didNotFind("property").items("labelstudio.url"));
		}

	}

	/**
	 * Tells whether a request factory builder is Spring Boot's auto-configured one as no customizer
	 * changed it. A {@link ClientHttpRequestFactoryBuilderCustomizer} that Spring Boot applies first to
	 * the builder it auto-configures (and never to a builder bean the application defines): it remembers
	 * that builder and changes nothing. Builders are immutable, so any customizer that changes it returns
	 * another instance.
	 */
	static final class RequestFactoryBuilderOrigin
			implements ClientHttpRequestFactoryBuilderCustomizer<ClientHttpRequestFactoryBuilder<?>>, Ordered {

		private volatile @Nullable ClientHttpRequestFactoryBuilder<?> autoConfigured;

		@Override
		public ClientHttpRequestFactoryBuilder<?> customize(ClientHttpRequestFactoryBuilder<?> builder) {
			this.autoConfigured = builder;
			return builder;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		/**
		 * Whether the builder is Spring Boot's auto-configured one, unchanged by any customizer.
		 * @param builder the builder the application context holds
		 * @return whether nothing the application configured is in it
		 */
		boolean isUncustomized(ClientHttpRequestFactoryBuilder<?> builder) {
			return builder == this.autoConfigured;
		}

	}

}
