package dev.labelstudio4j.autoconfigure.health;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.autoconfigure.InvalidLabelStudioConfigurationException;
import dev.labelstudio4j.autoconfigure.LabelStudioAutoConfiguration;
import dev.labelstudio4j.autoconfigure.LabelStudioProperties;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RequestOptions;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for
 * {@link LabelStudioHealthIndicator}, contributed as {@code labelstudio}. A timeout that is not
 * positive, or a negative cache time, stops startup with a failure analysis naming the property.
 */
@AutoConfiguration(after = LabelStudioAutoConfiguration.class)
@ConditionalOnClass({ LabelStudioClient.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(LabelStudioClient.class)
@ConditionalOnEnabledHealthIndicator("labelstudio")
@EnableConfigurationProperties(LabelStudioProperties.class)
public final class LabelStudioHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "labelstudioHealthIndicator")
	LabelStudioHealthIndicator labelstudioHealthIndicator(LabelStudioClient client,
			LabelStudioProperties properties) {
		Duration timeout = properties.getHealth().getTimeout();
		Duration cacheTtl = properties.getHealth().getCacheTtl();
		apply("labelstudio.health.timeout", timeout,
				"Set labelstudio.health.timeout to a positive duration, for example labelstudio.health.timeout=2s.",
				() -> RequestOptions.builder().readTimeout(timeout));
		return apply("labelstudio.health.cache-ttl", cacheTtl,
				"Set labelstudio.health.cache-ttl to a duration of zero or more (zero checks on every probe), "
						+ "for example labelstudio.health.cache-ttl=10s.",
				() -> new LabelStudioHealthIndicator(client, timeout, cacheTtl));
	}

	/**
	 * Hand a duration to the client, which refuses what is not valid with a message that starts with the
	 * name of its parameter, and turn a refusal into a failure that names the property instead.
	 */
	private static <T> T apply(String property, @Nullable Duration value, String action, Supplier<T> setter) {
		try {
			return setter.get();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			String reason = String.valueOf(ex.getMessage());
			String problem = (reason.indexOf(' ') > 0) ? reason.substring(reason.indexOf(' ')) : " is not valid";
			String shown = (value != null) ? show(value) : "not set";
			throw new InvalidLabelStudioConfigurationException(property,
					property + problem + " (it is " + shown + ")", action);
		}
	}


	/** A duration as written in a properties file, for example {@code -5s}. */
	private static String show(Duration duration) {
		if (duration.getNano() % 1_000_000 != 0) {
			return duration.toString();
		}
		if (duration.getNano() != 0) {
			return duration.toMillis() + "ms";
		}
		long seconds = duration.getSeconds();
		if (seconds != 0 && seconds % 3600 == 0) {
			return (seconds / 3600) + "h";
		}
		if (seconds != 0 && seconds % 60 == 0) {
			return (seconds / 60) + "m";
		}
		return seconds + "s";
	}

}
