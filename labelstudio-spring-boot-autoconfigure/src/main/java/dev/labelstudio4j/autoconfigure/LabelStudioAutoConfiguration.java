package dev.labelstudio4j.autoconfigure;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.ApacheHttpClients;
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
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
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
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkHttpClientBuilder;
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
import org.springframework.core.log.LogMessage;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Label Studio client.
 * Configures a {@link LabelStudioClient} and one bean per resource client when
 * {@code labelstudio.url} is set or a {@link LabelStudioConnectionDetails} bean is
 * defined.
 *
 * @author labelstudio4j
 */
@AutoConfiguration(
		after = { HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
				SslAutoConfiguration.class, RestClientAutoConfiguration.class,
				RestClientObservationAutoConfiguration.class },
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ LabelStudioClient.class, ClientHttpRequestFactoryBuilder.class, RestClientCustomizer.class })
@Conditional(LabelStudioAutoConfiguration.LabelStudioConnectionCondition.class)
@EnableConfigurationProperties(LabelStudioProperties.class)
public final class LabelStudioAutoConfiguration {

	private static final Log logger = LogFactory.getLog(LabelStudioAutoConfiguration.class);

	static final boolean APACHE_PRESENT = ClassUtils.isPresent(
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder", LabelStudioAutoConfiguration.class.getClassLoader());

	static final String API_KEY_PROPERTY = "labelstudio.api-key";

	@Bean
	@ConditionalOnMissingBean
	LabelStudioConnectionDetails labelStudioConnectionDetails(LabelStudioProperties properties) {
		return new PropertiesLabelStudioConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	LabelStudioClient labelStudioClient(LabelStudioConnectionDetails connectionDetails,
			LabelStudioProperties properties, ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<RestClientCustomizer> restClientCustomizers,
			ObjectProvider<ObservationRegistry> observationRegistry, ObjectProvider<RetryRegistry> retryRegistry,
			ObjectProvider<LabelStudioClientCustomizer> customizers, ConfigurableListableBeanFactory beanFactory) {
		String url = validUrl(connectionDetails.getUrl());
		LabelStudioCredentials credentials = credentials(connectionDetails.getApiKey());
		HttpClientSettings settings = httpClientSettings(properties, httpClientSettings.getIfAvailable(),
				sslBundles.getIfAvailable());
		ClientHttpRequestFactoryBuilder<?> detected = requestFactoryBuilder
			.getIfAvailable(ClientHttpRequestFactoryBuilder::detect);
		ClientHttpRequestFactoryBuilder<?> factoryBuilder = APACHE_PRESENT ? ApacheCustomizations.applyTo(detected)
				: detected;
		RestClient.Builder restClientBuilder = RestClient.builder();
		restClientCustomizers.orderedStream().forEach((customizer) -> customizer.customize(restClientBuilder));
		LabelStudioClient.Builder builder = LabelStudioClient.builder();
		if (canSendOnCallingThread(factoryBuilder, beanFactory)) {
			HttpClient httpClient = new JdkHttpClientBuilder().build(settings.withReadTimeout(null));
			// one HttpClient (one connection pool) for every read timeout; the read timeout also bounds the
			// wait for the headers, connecting included, so a short call is not held up by an unreachable host
			builder.jdkHttpClient(httpClient);
			if (settings.readTimeout() != null) {
				builder.readTimeout(settings.readTimeout());
			}
		}
		else {
			builder.requestFactory(factoryBuilder.build(settings),
					(readTimeout) -> readTimeoutVariant(factoryBuilder, settings, readTimeout));
		}
		builder.restClientBuilder(restClientBuilder)
			.baseUrl(url)
			.credentials(credentials)
			.retrySettings(retrySettings(properties.getRetry()))
			.retryRegistry(retryRegistry.getIfUnique())
			.observationName(properties.getObservations().getName());
		observationRegistry.ifUnique(builder::observationRegistry);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

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
	 * Whether the client can send with a JDK {@link HttpClient} built here from the same
	 * settings, on the calling thread, instead of with the factory the builder makes: Spring's
	 * {@link JdkClientHttpRequestFactory} calls {@code sendAsync}, whose answer the JDK hands
	 * to another thread (a new one per call on one or two CPUs). That is only done when it
	 * loses nothing the application configured: the builder is Boot's JDK builder, either
	 * auto-configured or detected, and no {@link ClientHttpRequestFactoryBuilderCustomizer}
	 * exists. The executor Boot gives that builder when virtual threads are enabled is not
	 * needed: it only runs the JDK client's asynchronous steps, while a call sent here waits
	 * on its own thread, virtual or not.
	 */
	private static boolean canSendOnCallingThread(ClientHttpRequestFactoryBuilder<?> factoryBuilder,
			ConfigurableListableBeanFactory beanFactory) {
		if (!(factoryBuilder instanceof JdkClientHttpRequestFactoryBuilder)) {
			return false;
		}
		String[] customizers = beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilderCustomizer.class);
		if (customizers.length > 0) {
			logger.debug(LogMessage.format("Not sending Label Studio calls on the calling thread: "
					+ "ClientHttpRequestFactoryBuilderCustomizer beans %s are applied", List.of(customizers)));
			return false;
		}
		for (String name : beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilder.class)) {
			if (!isAutoConfigured(beanFactory, name)) {
				logger.debug(LogMessage.format("Not sending Label Studio calls on the calling thread: "
						+ "the ClientHttpRequestFactoryBuilder bean '%s' is the application's own", name));
				return false;
			}
		}
		return true;
	}

	private static boolean isAutoConfigured(ConfigurableListableBeanFactory beanFactory, String beanName) {
		BeanDefinition definition = beanFactory.getMergedBeanDefinition(beanName);
		Method factoryMethod = (definition instanceof RootBeanDefinition root) ? root.getResolvedFactoryMethod() : null;
		return factoryMethod != null && factoryMethod.getDeclaringClass() == ImperativeHttpClientAutoConfiguration.class;
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

	private static RetrySettings retrySettings(LabelStudioProperties.Retry retry) {
		try {
			return RetrySettings.defaults()
				.withEnabled(retry.isEnabled())
				.withMaxAttempts(retry.getMaxAttempts())
				.withInitialInterval(retry.getInitialInterval())
				.withMaxInterval(retry.getMaxInterval())
				.withMultiplier(retry.getMultiplier())
				.withMaxRetryAfter(retry.getMaxRetryAfter());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.retry",
					"labelstudio.retry is not valid: " + ex.getMessage(),
					"Change the labelstudio.retry.* properties: max-attempts at least 1, multiplier at least 1.0, "
							+ "max-interval not shorter than initial-interval, no negative durations.");
		}
	}

	static String validUrl(@Nullable String url) {
		String action = "Set labelstudio.url to the http or https URL of your Label Studio server, "
				+ "for example https://label-studio.example.com, without credentials, query or fragment.";
		if (url == null || url.isBlank()) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.url", "labelstudio.url is not set",
					action);
		}
		String shown = (url.indexOf('@') >= 0) ? "" : " '" + url + "'";
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw invalidUrl(shown, "is not a valid URL (" + ex.getReason() + ")", action);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!"http".equals(scheme) && !"https".equals(scheme)) {
			throw invalidUrl(shown, "is not an http or https URL", action);
		}
		if (uri.getRawUserInfo() != null) {
			throw invalidUrl(shown, "must not contain credentials", "Remove the credentials from labelstudio.url "
					+ "and set labelstudio.api-key to your API key or personal access token.");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw invalidUrl(shown, "does not name a host", action);
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw invalidUrl(shown, "must not have a query or fragment", action);
		}
		return url.strip();
	}

	private static InvalidLabelStudioConfigurationException invalidUrl(String shown, String problem, String action) {
		return new InvalidLabelStudioConfigurationException("labelstudio.url",
				"labelstudio.url" + shown + " " + problem, action);
	}

	static LabelStudioCredentials credentials(@Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new InvalidLabelStudioConfigurationException(API_KEY_PROPERTY,
					"labelstudio.url is set but labelstudio.api-key is not",
					"Set labelstudio.api-key to a legacy API key or a personal access token from Label Studio's "
							+ "\"Account & Settings\" page, or remove labelstudio.url to disable the client.");
		}
		try {
			return LabelStudioCredentials.of(apiKey);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidLabelStudioConfigurationException(API_KEY_PROPERTY,
					"labelstudio.api-key is not valid: it contains whitespace",
					"Set labelstudio.api-key to the key exactly as Label Studio shows it.");
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
	 * On top of whatever the application configured on Boot's Apache HttpClient 5 builder, for the
	 * client's own HTTP client only: Apache's automatic retries off (they retry idempotent calls on I/O
	 * errors and on 429 and 503 answers, waiting out any {@code Retry-After} themselves, under the
	 * client's own retry policy and unseen by its observations) and the {@code Authorization} header
	 * masked in Apache's headers log (which prints every request header at DEBUG). Refers to Apache
	 * types: loaded only when {@link #APACHE_PRESENT} (the JVM verifies a class as a whole).
	 */
	static final class ApacheCustomizations {

		private ApacheCustomizations() {
		}

		static ClientHttpRequestFactoryBuilder<?> applyTo(ClientHttpRequestFactoryBuilder<?> builder) {
			if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder apache) {
				return apache.withHttpClientCustomizer(ApacheHttpClients::configure);
			}
			return builder;
		}

	}

}
