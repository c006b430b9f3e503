package dev.labelstudio4j.autoconfigure.health;

import dev.labelstudio4j.autoconfigure.LabelStudioAutoConfiguration;
import dev.labelstudio4j.autoconfigure.LabelStudioProperties;
import dev.labelstudio4j.client.LabelStudioClient;

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
 * {@link LabelStudioHealthIndicator}, contributed as {@code labelstudio}.
 *
 * @author labelstudio4j
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
		return new LabelStudioHealthIndicator(client, properties.getHealth().getTimeout(),
				properties.getHealth().getCacheTtl());
	}

}
