package dev.labelstudio4j.benchmarks;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RetrySettings;

/**
 * Builds the clients under test: retries on (the defaults) and observations on, as a Spring
 * application has them, over each HTTP stack the client can use.
 */
public final class Clients {

	private Clients() {
	}

	/** The HTTP stack under the client. */
	public enum Transport {

		/**
		 * The JDK {@code HttpClient} sending on the calling thread: what
		 * the builder makes when Apache HttpClient 5 is not on the class path.
		 */
		JDK,

		/**
		 * Spring's {@code JdkClientHttpRequestFactory} straight over a JDK {@code HttpClient}: the
		 * client's default before it sent on the calling thread.
		 */
		JDK_ASYNC,

		/** {@code HttpURLConnection} through Spring's {@code SimpleClientHttpRequestFactory}. */
		URL_CONNECTION,

		/**
		 * Apache HttpClient 5 through Spring's {@code HttpComponentsClientHttpRequestFactory}: the client's
		 * own default when Apache is on the class path (as here).
		 */
		APACHE

	}

	/** What stands behind the observations. */
	public enum Observations {

		/** A registry with one handler that does nothing: observations are made, nothing is recorded. */
		HANDLER,

		/** A {@link SimpleMeterRegistry} behind a {@link DefaultMeterObservationHandler}: timers are recorded. */
		METERS

	}

	/** A client and what it holds that must be closed. */
	public record Built(LabelStudioClient client, MeterRegistry meters, AutoCloseable resources) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			this.resources.close();
			this.meters.close();
		}

	}

	/**
	 * Build a client for the server.
	 * @param baseUrl the server
	 * @param transport the HTTP stack
	 * @param observations what records the observations
	 * @return the client
	 */
	public static Built build(String baseUrl, Transport transport, Observations observations) {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		if (observations == Observations.METERS) {
			registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		}
		else {
			registry.observationConfig().observationHandler(new NoOpHandler());
		}
		LabelStudioClient.Builder builder = LabelStudioClient.builder()
			.baseUrl(baseUrl)
			.apiKey(Fixtures.API_KEY)
			.retrySettings(RetrySettings.defaults())
			.observationRegistry(registry);
		AutoCloseable resources = () -> {
		};
		switch (transport) {
			case JDK -> {
				builder.jdkHttpClient(jdkHttpClient());
			}
			case JDK_ASYNC -> {
				HttpClient httpClient = jdkHttpClient();
				// Request bodies are written by Spring on a thread of their own, never the client's.
				ExecutorService bodies = Executors.newCachedThreadPool(daemon("request-body"));
				builder.requestFactory(jdk(httpClient, bodies, LabelStudioClient.DEFAULT_READ_TIMEOUT),
						(timeout) -> jdk(httpClient, bodies, timeout));
				resources = bodies::shutdownNow;
			}
			case URL_CONNECTION -> builder.requestFactory(simple(LabelStudioClient.DEFAULT_READ_TIMEOUT), Clients::simple);
			case APACHE -> {
				// the client's own default with Apache HttpClient 5 on the class path
			}
		}
		LabelStudioClient client = builder.build();
		if (transport == Transport.APACHE
				&& !client.requestFactoryType().getSimpleName().equals("HttpComponentsClientHttpRequestFactory")) {
			throw new IllegalStateException("Expected the Apache default, got " + client.requestFactoryType());
		}
		return new Built(client, meters, resources);
	}

	private static HttpClient jdkHttpClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(LabelStudioClient.DEFAULT_CONNECT_TIMEOUT)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private static JdkClientHttpRequestFactory jdk(HttpClient httpClient, Executor bodies, Duration readTimeout) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(httpClient, bodies);
		factory.setReadTimeout(readTimeout);
		return factory;
	}

	private static SimpleClientHttpRequestFactory simple(Duration readTimeout) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(LabelStudioClient.DEFAULT_CONNECT_TIMEOUT);
		factory.setReadTimeout(readTimeout);
		return factory;
	}

	static java.util.concurrent.ThreadFactory daemon(String name) {
		return (runnable) -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Supports every context and does nothing: the cheapest handler that makes observations real. */
	static final class NoOpHandler implements ObservationHandler<Observation.Context> {

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

}
