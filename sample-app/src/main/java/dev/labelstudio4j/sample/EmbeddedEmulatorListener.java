package dev.labelstudio4j.sample;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import dev.labelstudio4j.emulator.LabelStudioEmulator;

/**
 * Starts an in-memory {@link LabelStudioEmulator} when no {@code labelstudio.url} is configured, and
 * points {@code labelstudio.url} and {@code labelstudio.api-key} at it, so that the sample runs without
 * a Label Studio server. Unless {@code labelstudio.webhook.secret} is set, it also turns the webhook receiver
 * on with a random secret and has the sample's project (the emulator's first) registered, so the emulator's
 * webhooks come back to the application. It reacts to {@link ApplicationEnvironmentPreparedEvent}, after the
 * application's configuration files are loaded and before any bean reads the properties, and stops the
 * emulator when the application context closes or the application fails to start. The emulator is a
 * bean of the context, named {@value #BEAN_NAME}, stopped as the context closes.
 * <p>
 * Registered in {@code META-INF/spring.factories}; each {@code SpringApplication} gets its own instance.
 */
public class EmbeddedEmulatorListener implements SmartApplicationListener {

	/** Name of the property source that points the client at the emulator. */
	public static final String PROPERTY_SOURCE_NAME = "embeddedLabelStudioEmulator";

	/** Name of the emulator's bean, for tests and for a look at its request journal. */
	public static final String BEAN_NAME = "labelStudioEmulator";

	private static final String URL_PROPERTY = "labelstudio.url";

	private static final String API_KEY_PROPERTY = "labelstudio.api-key";

	private static final String WEBHOOK_SECRET_PROPERTY = "labelstudio.webhook.secret";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedEmulatorListener.class);

	private @Nullable LabelStudioEmulator emulator;

	private @Nullable MapPropertySource propertySource;

	private @Nullable ApplicationContext context;

	private boolean stopOnClose;

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationPreparedEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			startIfUnconfigured(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent prepared) {
			register(prepared.getApplicationContext());
		}
		else if (event instanceof ContextClosedEvent closed) {
			if (this.stopOnClose && closed.getApplicationContext() == this.context) {
				stop();
			}
		}
		else if (event instanceof ApplicationFailedEvent) {
			stop();
		}
	}

	private synchronized void startIfUnconfigured(ConfigurableEnvironment environment) {
		if (this.emulator != null || StringUtils.hasText(environment.getProperty(URL_PROPERTY))) {
			return;
		}
		LabelStudioEmulator emulator = LabelStudioEmulator.start();
		this.emulator = emulator;
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(URL_PROPERTY, emulator.baseUrl());
		properties.put(API_KEY_PROPERTY, emulator.apiKey());
		if (!StringUtils.hasText(environment.getProperty(WEBHOOK_SECRET_PROPERTY))) {
			// The emulator delivers its webhooks to this application: a fresh secret, and the sample's project
			// (the emulator's first) registered once the web server listens.
			byte[] secret = new byte[24];
			RANDOM.nextBytes(secret);
			properties.put(WEBHOOK_SECRET_PROPERTY, HexFormat.of().formatHex(secret));
			properties.put("labelstudio.webhook.register.project", 1);
			properties.put("labelstudio.webhook.register.url",
					"http://127.0.0.1:${local.server.port}${labelstudio.webhook.path:/labelstudio/webhook}");
		}
		this.propertySource = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
		environment.getPropertySources().addFirst(this.propertySource);
		logger.info("No labelstudio.url is set: started an in-memory Label Studio emulator at {}. "
				+ "Set labelstudio.url and labelstudio.api-key to use a real Label Studio.", emulator.baseUrl());
	}

	private synchronized void register(ConfigurableApplicationContext context) {
		this.context = context;
		LabelStudioEmulator emulator = this.emulator;
		if (emulator == null) {
			return;
		}
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!emulator.baseUrl().equals(environment.getProperty(URL_PROPERTY))) {
			// Something configured another URL after the environment was prepared (a test's own
			// emulator, say): that one wins and this one is not needed.
			if (environment.getPropertySources().get(PROPERTY_SOURCE_NAME) == this.propertySource) {
				environment.getPropertySources().remove(PROPERTY_SOURCE_NAME);
			}
			stop();
			return;
		}
		if (context instanceof GenericApplicationContext generic) {
			// The context stops it as it closes, after the web server finished its requests.
			generic.registerBean(BEAN_NAME, LabelStudioEmulator.class, () -> emulator,
					(definition) -> definition.setDestroyMethodName("stop"));
		}
		else {
			context.getBeanFactory().registerSingleton(BEAN_NAME, emulator);
			this.stopOnClose = true;
		}
	}

	private synchronized void stop() {
		LabelStudioEmulator emulator = this.emulator;
		if (emulator != null) {
			this.emulator = null;
			this.propertySource = null;
			emulator.stop();
			logger.info("Stopped the in-memory Label Studio emulator");
		}
	}

}
