package dev.labelstudio4j.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration metadata generated from {@link LabelStudioProperties} and
 * the additional metadata.
 */
class LabelStudioConfigurationMetadataTests {

	private static final List<String> PROPERTIES = List.of("labelstudio.url", "labelstudio.api-key",
			"labelstudio.connect-timeout", "labelstudio.read-timeout", "labelstudio.ssl.bundle",
			"labelstudio.retry.enabled", "labelstudio.retry.max-attempts", "labelstudio.retry.initial-interval",
			"labelstudio.retry.multiplier", "labelstudio.retry.max-interval", "labelstudio.retry.max-retry-after",
			"labelstudio.observations.name", "labelstudio.health.timeout", "labelstudio.health.cache-ttl",
			"management.health.labelstudio.enabled", "labelstudio.webhook.path", "labelstudio.webhook.secret",
			"labelstudio.webhook.secret-header", "labelstudio.webhook.max-body-size",
			"labelstudio.webhook.listeners.threads", "labelstudio.webhook.listeners.queue-capacity",
			"labelstudio.webhook.register.project", "labelstudio.webhook.register.url",
			"labelstudio.webhook.register.actions");

	@Test
	void everyPropertyHasADescription() throws IOException {
		Map<String, Map<String, Object>> properties = properties("META-INF/spring-configuration-metadata.json");
		assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(PROPERTIES);
		assertThat(properties.values()).allSatisfy((property) -> assertThat(property.get("description"))
			.asString()
			.isNotBlank()
			.doesNotStartWith("The "));
		assertThat(properties.get("labelstudio.health.timeout")).containsEntry("defaultValue", "2s");
		assertThat(properties.get("labelstudio.health.cache-ttl")).containsEntry("defaultValue", "10s");
		assertThat(properties.get("labelstudio.retry.max-attempts")).containsEntry("defaultValue", 3);
		assertThat(properties.get("labelstudio.webhook.path")).containsEntry("defaultValue", "/labelstudio/webhook");
		assertThat(properties.get("labelstudio.webhook.secret-header"))
			.containsEntry("defaultValue", "X-LabelStudio-Secret");
		assertThat(properties.get("labelstudio.webhook.max-body-size")).containsEntry("defaultValue", "16MB");
		assertThat(properties.get("labelstudio.webhook.listeners.threads")).containsEntry("defaultValue", 2);
		assertThat(properties.get("labelstudio.webhook.listeners.queue-capacity")).containsEntry("defaultValue", 1000);
	}

	@Test
	void healthIndicatorSwitchIsDescribed() throws IOException {
		Map<String, Map<String, Object>> properties = properties(
				"META-INF/additional-spring-configuration-metadata.json");
		assertThat(properties.get("management.health.labelstudio.enabled")).containsEntry("type", "java.lang.Boolean")
			.containsEntry("defaultValue", true)
			.containsKey("description");
	}

	private static Map<String, Map<String, Object>> properties(String location) throws IOException {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			Metadata metadata = JsonMapper.shared().readValue(in, Metadata.class);
			Map<String, Map<String, Object>> byName = new TreeMap<>();
			metadata.properties().forEach((property) -> byName.put((String) property.get("name"), property));
			return byName;
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Metadata(List<Map<String, Object>> properties) {
	}

}
