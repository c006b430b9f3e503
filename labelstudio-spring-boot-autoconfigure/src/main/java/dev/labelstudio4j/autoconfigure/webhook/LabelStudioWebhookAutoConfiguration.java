package dev.labelstudio4j.autoconfigure.webhook;

import java.util.List;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import dev.labelstudio4j.autoconfigure.InvalidLabelStudioConfigurationException;
import dev.labelstudio4j.autoconfigure.LabelStudioAutoConfiguration;
import dev.labelstudio4j.client.webhooks.WebhookAction;
import dev.labelstudio4j.client.webhooks.WebhooksClient;
import dev.labelstudio4j.client.webhooks.events.WebhookEvent;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for the Label Studio webhook receiver, on when
 * {@code labelstudio.webhook.secret} is set: in a servlet web application with Spring MVC, an endpoint at
 * {@code labelstudio.webhook.path} that publishes each delivery as a {@link WebhookEvent} application event,
 * the {@code labelstudio.webhook.events} counter when Micrometer is there, the registration of the
 * application's webhook when {@code labelstudio.webhook.register.project} is set, and, with the actuator, the
 * secret masked in its endpoints.
 */
@AutoConfiguration(after = LabelStudioAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnProperty("labelstudio.webhook.secret")
@ConditionalOnClass(WebhookEvent.class)
@EnableConfigurationProperties(LabelStudioWebhookProperties.class)
public final class LabelStudioWebhookAutoConfiguration {

	static final String SECRET_PROPERTY = "labelstudio.webhook.secret";

	private static final Pattern HEADER_NAME = Pattern.compile("[a-zA-Z0-9-_]+");

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "labelStudioWebhookSecretSanitizingFunction")
		SanitizingFunction labelStudioWebhookSecretSanitizingFunction() {
			return SanitizingFunction.sanitizeValue()
				.ifKeyMatches(LabelStudioWebhookAutoConfiguration::isSecretProperty);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass({ RouterFunction.class, jakarta.servlet.ServletRequest.class })
	static class ServletReceiverConfiguration {

		@Bean
		@ConditionalOnMissingBean
		WebhookEventDispatcher labelStudioWebhookEventDispatcher(LabelStudioWebhookProperties properties,
				ApplicationEventPublisher publisher, ObjectProvider<WebhookMetrics> metrics) {
			validate(properties);
			return new WebhookEventDispatcher(publisher, metrics.getIfAvailable(() -> WebhookMetrics.NONE),
					properties.getListeners().getThreads(), properties.getListeners().getQueueCapacity());
		}

		@Bean
		@ConditionalOnMissingBean(name = "labelStudioWebhookRouterFunction")
		RouterFunction<ServerResponse> labelStudioWebhookRouterFunction(LabelStudioWebhookProperties properties,
				WebhookEventDispatcher dispatcher, ObjectProvider<WebhookMetrics> metrics) {
			WebhookReceiver receiver = new WebhookReceiver(properties.getSecretHeader(), properties.getSecret(),
					properties.getMaxBodySize().toBytes(), dispatcher, metrics.getIfAvailable(() -> WebhookMetrics.NONE));
			return RouterFunctions.route(RequestPredicates.POST(properties.getPath()), receiver::handle);
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnProperty("labelstudio.webhook.register.project")
		WebhookRegistrar labelStudioWebhookRegistrar(LabelStudioWebhookProperties properties,
				ObjectProvider<WebhooksClient> webhooks, Environment environment) {
			LabelStudioWebhookProperties.Register register = properties.getRegister();
			WebhooksClient client = webhooks.getIfAvailable();
			if (client == null) {
				throw new InvalidLabelStudioConfigurationException("labelstudio.url",
						"labelstudio.webhook.register.project is set but there is no Label Studio client to register with",
						"Set labelstudio.url and labelstudio.api-key, or remove labelstudio.webhook.register.project.");
			}
			if (register.getProject() == null || register.getProject() <= 0) {
				throw new InvalidLabelStudioConfigurationException("labelstudio.webhook.register.project",
						"labelstudio.webhook.register.project must be a positive project id",
						"Set it to the id of the project whose events the application receives.");
			}
			if (register.getUrl() == null || register.getUrl().isBlank()) {
				throw new InvalidLabelStudioConfigurationException("labelstudio.webhook.register.url",
						"labelstudio.webhook.register.project is set but labelstudio.webhook.register.url is not",
						"Set labelstudio.webhook.register.url to the public URL of " + properties.getPath()
								+ ", for example https://app.example.com" + properties.getPath() + ".");
			}
			List<WebhookAction> actions;
			try {
				actions = register.getActions().stream().map(WebhookAction::of).toList();
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidLabelStudioConfigurationException("labelstudio.webhook.register.actions",
						"labelstudio.webhook.register.actions holds a blank action",
						"List action names such as ANNOTATION_CREATED, or leave it empty for every action.");
			}
			for (WebhookAction action : actions) {
				if (action.isOrganizationOnly()) {
					throw new InvalidLabelStudioConfigurationException("labelstudio.webhook.register.actions",
							"labelstudio.webhook.register.actions holds " + action
									+ ", which only organization-level webhooks can fire for",
							"Remove it: the registered webhook belongs to a project.");
				}
			}
			return new WebhookRegistrar(client, environment, register.getProject(), register.getUrl(), actions,
					properties.getSecretHeader(), properties.getSecret());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		WebhookMetrics labelStudioWebhookMetrics(ObjectProvider<MeterRegistry> registry) {
			MeterRegistry meters = registry.getIfAvailable();
			return (meters != null) ? new WebhookMetrics.Micrometer(meters) : WebhookMetrics.NONE;
		}

	}

	static void validate(LabelStudioWebhookProperties properties) {
		String secret = properties.getSecret();
		if (secret == null || secret.isBlank()) {
			throw new InvalidLabelStudioConfigurationException(SECRET_PROPERTY, SECRET_PROPERTY + " is blank",
					"Set it to a long random value and put the same value in the webhook's "
							+ properties.getSecretHeader() + " header.");
		}
		if (!HEADER_NAME.matcher(properties.getSecretHeader()).matches()) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.webhook.secret-header",
					"labelstudio.webhook.secret-header '" + properties.getSecretHeader()
							+ "' is not a header name Label Studio accepts",
					"Use only letters, digits, '-' and '_', for example " + LabelStudioWebhookProperties.DEFAULT_SECRET_HEADER
							+ ".");
		}
		if (properties.getPath() == null || !properties.getPath().startsWith("/")) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.webhook.path",
					"labelstudio.webhook.path '" + properties.getPath() + "' does not start with '/'",
					"Use a path such as " + LabelStudioWebhookProperties.DEFAULT_PATH + ".");
		}
		if (properties.getMaxBodySize() == null || properties.getMaxBodySize().toBytes() <= 0) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.webhook.max-body-size",
					"labelstudio.webhook.max-body-size must be positive", "Use a size such as 16MB.");
		}
		if (properties.getListeners().getThreads() < 1) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.webhook.listeners.threads",
					"labelstudio.webhook.listeners.threads must be at least 1", "Use 1 or more threads.");
		}
		if (properties.getListeners().getQueueCapacity() < 1) {
			throw new InvalidLabelStudioConfigurationException("labelstudio.webhook.listeners.queue-capacity",
					"labelstudio.webhook.listeners.queue-capacity must be at least 1", "Use 1 or more.");
		}
	}

	/**
	 * Whether the key names {@code labelstudio.webhook.secret} in any of its relaxed forms
	 * ({@code LABELSTUDIO_WEBHOOK_SECRET}, ...).
	 * @param key the key
	 * @return whether it is the secret property
	 */
	static boolean isSecretProperty(String key) {
		StringBuilder letters = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			char ch = key.charAt(i);
			if (Character.isLetterOrDigit(ch)) {
				letters.append(Character.toLowerCase(ch));
			}
		}
		return letters.toString().equals("labelstudiowebhooksecret");
	}

}
