package dev.labelstudio4j.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for the Label Studio client.
 */
@ConfigurationProperties("labelstudio")
public class LabelStudioProperties {

	/**
	 * URL of the Label Studio server, for example 'https://label-studio.example.com'. A
	 * sub-path is kept. Must be http or https, with a port (if any) from 1 to 65535 and no
	 * credentials, query or fragment. No client is configured when it is not set.
	 */
	private @Nullable String url;

	/**
	 * API key used to authenticate: a legacy token or a personal access token, as shown in
	 * Label Studio's "Account & Settings".
	 */
	private @Nullable String apiKey;

	/**
	 * Connect timeout; positive. Falls back to 'spring.http.clients.connect-timeout' when not
	 * set.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Read timeout: the longest wait for response data; positive. Falls back to
	 * 'spring.http.clients.read-timeout' when not set.
	 */
	private @Nullable Duration readTimeout;

	private final Ssl ssl = new Ssl();

	private final Retry retry = new Retry();

	private final Observations observations = new Observations();

	private final Health health = new Health();

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(@Nullable Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Observations getObservations() {
		return this.observations;
	}

	public Health getHealth() {
		return this.health;
	}

	@Override
	public String toString() {
		return "LabelStudioProperties[url=" + this.url + ", apiKey=***]";
	}

	/**
	 * SSL properties.
	 */
	public static final class Ssl {

		/**
		 * SSL bundle to use for connections to Label Studio. Falls back to
		 * 'spring.http.clients.ssl.bundle' when not set.
		 */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Retry properties.
	 */
	public static final class Retry {

		/**
		 * Whether failed calls are retried. Idempotent calls are retried on transport
		 * failures, 408, 429 and 5xx; POST and PATCH only when they cannot have been
		 * processed.
		 */
		private boolean enabled = true;

		/**
		 * Maximum number of attempts, including the first; at least 1.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the second attempt; zero or more.
		 */
		private Duration initialInterval = Duration.ofMillis(500);

		/**
		 * Factor applied to the wait after each attempt; at least 1.0.
		 */
		private double multiplier = 2.0;

		/**
		 * Maximum wait between two attempts; not shorter than the initial interval.
		 */
		private Duration maxInterval = Duration.ofSeconds(10);

		/**
		 * Longest 'Retry-After' sent by the server that is honoured; zero or more. A longer
		 * one fails the call at once.
		 */
		private Duration maxRetryAfter = Duration.ofSeconds(60);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

	}

	/**
	 * Observation properties.
	 */
	public static final class Observations {

		/**
		 * Name of the observation for calls to Label Studio, and so of the timer metric.
		 */
		private String name = "labelstudio.client.requests";

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	/**
	 * Health indicator properties.
	 */
	public static final class Health {

		/**
		 * Timeout of the health check's call to Label Studio; positive. The check is never
		 * retried.
		 */
		private Duration timeout = Duration.ofSeconds(2);

		/**
		 * How long a health check result is cached, so that health probes do not call
		 * Label Studio each time; zero or more (zero checks on every probe).
		 */
		private Duration cacheTtl = Duration.ofSeconds(10);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

	}

}
