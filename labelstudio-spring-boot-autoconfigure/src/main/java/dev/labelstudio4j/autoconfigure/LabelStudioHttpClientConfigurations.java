package dev.labelstudio4j.autoconfigure;

import java.net.http.HttpClient;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import dev.labelstudio4j.client.ApacheHttpClients;
import dev.labelstudio4j.client.LabelStudioClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkHttpClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The HTTP libraries the auto-configured {@link LabelStudioClient} sends with, one configuration
 * each, imported by {@link LabelStudioAutoConfiguration}. Each contributes an
 * {@link HttpClientConnector} that applies when the request factory builder (the application's or
 * Spring Boot's) is of its library.
 */
final class LabelStudioHttpClientConfigurations {

	private LabelStudioHttpClientConfigurations() {
	}

	/**
	 * Apache HttpClient 5: the client gets the {@code HttpClient} that the application's (or Spring
	 * Boot's) Apache builder makes, with its connection pool, proxy, TLS and the application's HTTP client
	 * customizations, plus what {@link ApacheHttpClients#configure} adds (Apache's own retries off, the
	 * {@code Authorization} header masked in Apache's headers log). Every read timeout, per call ones
	 * included, runs on that one client and pool.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HttpClientBuilder.class, HttpComponentsClientHttpRequestFactory.class })
	static class ApacheHttpClientConfiguration {

		@Bean
		@Order(0)
		@ConditionalOnMissingBean(name = "labelStudioApacheHttpClientConnector")
		HttpClientConnector labelStudioApacheHttpClientConnector() {
			return new ApacheHttpClientConnector();
		}

	}

	/**
	 * The JDK {@code HttpClient}, built with Spring Boot's {@link JdkHttpClientBuilder} from the
	 * settings, and sending on the calling thread (Spring's {@code JdkClientHttpRequestFactory} calls
	 * {@code sendAsync}, whose answer the JDK hands to another thread). Applies only when nothing the
	 * application configured would be lost: the request factory builder is Spring Boot's JDK builder with
	 * no customizer having changed it, or none is defined and the JDK builder is the one detected.
	 * Otherwise the client sends through the factories the builder makes. The executor Spring Boot gives
	 * that builder when virtual threads are enabled is not needed: it only runs the JDK client's
	 * asynchronous steps, while a call sent here waits on its own thread, virtual or not.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HttpClient.class, JdkClientHttpRequestFactoryBuilder.class })
	static class JdkHttpClientConfiguration {

		@Bean
		@Order(1)
		@ConditionalOnMissingBean(name = "labelStudioJdkHttpClientConnector")
		HttpClientConnector labelStudioJdkHttpClientConnector() {
			return new JdkHttpClientConnector();
		}

	}

	/**
	 * Refers to Apache types: created only when Apache HttpClient 5 is on the class path.
	 */
	static final class ApacheHttpClientConnector implements HttpClientConnector {

		@Override
		public boolean connect(ClientHttpRequestFactoryBuilder<?> factoryBuilder, boolean customized,
				HttpClientSettings settings, LabelStudioClient.Builder builder, HttpClientResources resources) {
			if (!(factoryBuilder instanceof HttpComponentsClientHttpRequestFactoryBuilder apache)) {
				return false;
			}
			HttpComponentsClientHttpRequestFactory factory = resources
				.add(apache.withHttpClientCustomizer(ApacheHttpClients::configure).build(settings));
			builder.apacheHttpClient(factory.getHttpClient());
			return true;
		}

	}

	static final class JdkHttpClientConnector implements HttpClientConnector {

		private static final Log logger = LogFactory.getLog(JdkHttpClientConnector.class);

		@Override
		public boolean connect(ClientHttpRequestFactoryBuilder<?> factoryBuilder, boolean customized,
				HttpClientSettings settings, LabelStudioClient.Builder builder, HttpClientResources resources) {
			if (!(factoryBuilder instanceof JdkClientHttpRequestFactoryBuilder)) {
				return false;
			}
			if (customized) {
				logger.debug("Not sending Label Studio calls on the calling thread: the application's "
						+ "ClientHttpRequestFactoryBuilder, or a customizer of Spring Boot's, is used as it is");
				return false;
			}
			// one HttpClient (one connection pool) for every read timeout; the client applies the read timeout
			// HTTP/1.1 as the client's own default: Label Studio serves HTTP/1.1, and the JDK's h2c upgrade on
			// a first POST is refused by servers that half-support it
			HttpClient httpClient = new JdkHttpClientBuilder()
				.withCustomizer((jdk) -> jdk.version(HttpClient.Version.HTTP_1_1))
				.build(settings.withReadTimeout(null));
			// AutoCloseable from Java 21 on; before, the JDK releases it when it is no longer referenced
			resources.add(httpClient);
			builder.jdkHttpClient(httpClient);
			return true;
		}

	}

}
