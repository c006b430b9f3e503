package dev.labelstudio4j.sample;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.AbstractRefreshableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedEmulatorListenerTests {

	private final EmbeddedEmulatorListener listener = new EmbeddedEmulatorListener();

	private final SpringApplication application = new SpringApplication(SampleApplication.class);

	private final StandardEnvironment environment = new StandardEnvironment();

	private final GenericApplicationContext context = new GenericApplicationContext();

	@AfterEach
	void stopWhateverIsLeft() {
		this.listener.onApplicationEvent(
				new ApplicationFailedEvent(this.application, new String[0], this.context, new IllegalStateException()));
	}

	@Test
	void withAUrlNothingIsStarted() {
		setUrl("http://label-studio.example.com");
		prepareEnvironment();
		prepareContext();
		assertThat(this.environment.getPropertySources().contains(EmbeddedEmulatorListener.PROPERTY_SOURCE_NAME))
			.isFalse();
		assertThat(this.context.containsBean(EmbeddedEmulatorListener.BEAN_NAME)).isFalse();
		assertThat(this.environment.getProperty("labelstudio.url")).isEqualTo("http://label-studio.example.com");
	}

	@Test
	void withoutAUrlTheEmulatorIsStartedAndPointedAtThenStoppedWithTheContext() {
		prepareEnvironment();
		prepareContext();
		this.context.refresh();
		LabelStudioEmulator emulator = this.context.getBean(EmbeddedEmulatorListener.BEAN_NAME,
				LabelStudioEmulator.class);
		assertThat(emulator.isRunning()).isTrue();
		assertThat(this.environment.getProperty("labelstudio.url")).isEqualTo(emulator.baseUrl());
		assertThat(this.environment.getProperty("labelstudio.api-key")).isEqualTo(emulator.apiKey());
		LabelStudioClient client = LabelStudioClient.create(emulator.baseUrl(), emulator.apiKey());
		assertThat(client.projects().list().items()).isEmpty();

		this.listener.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));
		assertThat(emulator.isRunning()).as("running after another context closed").isTrue();
		this.context.close();
		assertThat(emulator.isRunning()).isFalse();
	}

	@Test
	void inAContextThatTakesNoBeanDefinitionsTheEmulatorStopsOnTheCloseEvent() {
		prepareEnvironment();
		RefreshableContext plain = new RefreshableContext();
		plain.setEnvironment(this.environment);
		plain.refresh();
		this.listener.onApplicationEvent(new ApplicationPreparedEvent(this.application, new String[0], plain));
		LabelStudioEmulator emulator = plain.getBeanFactory()
			.getBean(EmbeddedEmulatorListener.BEAN_NAME, LabelStudioEmulator.class);
		assertThat(emulator.isRunning()).isTrue();
		this.listener.onApplicationEvent(new ContextClosedEvent(plain));
		assertThat(emulator.isRunning()).isFalse();
	}

	@Test
	void theUrlMayComeFromTheEnvironmentVariable() {
		this.environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("LABELSTUDIO_URL", "http://label-studio.example.com", "LABELSTUDIO_API_KEY", "secret")));
		prepareEnvironment();
		prepareContext();
		assertThat(this.environment.getPropertySources().contains(EmbeddedEmulatorListener.PROPERTY_SOURCE_NAME))
			.isFalse();
		assertThat(this.context.containsBean(EmbeddedEmulatorListener.BEAN_NAME)).isFalse();
	}

	@Test
	void aBlankUrlCountsAsNone() {
		setUrl(" ");
		prepareEnvironment();
		assertThat(this.environment.getPropertySources().contains(EmbeddedEmulatorListener.PROPERTY_SOURCE_NAME))
			.isTrue();
	}

	@Test
	void aUrlSetAfterTheEnvironmentWasPreparedWinsAndTheEmulatorIsStopped() {
		prepareEnvironment();
		String url = this.environment.getProperty("labelstudio.url");
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("labelstudio.url", "http://localhost:1")));
		prepareContext();
		assertThat(this.environment.getPropertySources().contains(EmbeddedEmulatorListener.PROPERTY_SOURCE_NAME))
			.isFalse();
		assertThat(this.context.containsBean(EmbeddedEmulatorListener.BEAN_NAME)).isFalse();
		assertThat(url).isNotNull();
		assertThat(isServing(url)).isFalse();
	}

	@Test
	void aFailedStartStopsTheEmulator() {
		prepareEnvironment();
		String url = this.environment.getProperty("labelstudio.url");
		assertThat(url).isNotNull();
		assertThat(isServing(url)).isTrue();
		this.listener.onApplicationEvent(
				new ApplicationFailedEvent(this.application, new String[0], this.context, new IllegalStateException()));
		assertThat(isServing(url)).isFalse();
	}

	private void setUrl(String url) {
		this.environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("labelstudio.url", url)));
	}

	private void prepareEnvironment() {
		this.listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				this.application, new String[0], this.environment));
	}

	private void prepareContext() {
		this.context.setEnvironment(this.environment);
		this.listener.onApplicationEvent(new ApplicationPreparedEvent(this.application, new String[0], this.context));
	}

	private static boolean isServing(String url) {
		try {
			LabelStudioClient.builder()
				.baseUrl(url)
				.apiKey(LabelStudioEmulator.DEFAULT_API_KEY)
				.retrySettings(RetrySettings.disabled())
				.build()
				.projects()
				.list();
			return true;
		}
		catch (LabelStudioIoException ex) {
			return false;
		}
	}

	/** A context that is not a {@link GenericApplicationContext}: beans cannot be added by definition. */
	static class RefreshableContext extends AbstractRefreshableApplicationContext {

		@Override
		protected void loadBeanDefinitions(DefaultListableBeanFactory beanFactory) {
		}

	}

}
