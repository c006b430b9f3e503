package dev.labelstudio4j.autoconfigure;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.users.User;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the auto-configuration in a web application with the actuator's web endpoints
 * exposed: the API key stays masked even when values are shown, and the client's metrics
 * are published.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "labelstudio.api-key=" + LabelStudioActuatorIntegrationTests.API_KEY,
				"labelstudio.retry.initial-interval=1ms", "labelstudio.retry.max-interval=5ms",
				"management.endpoints.web.exposure.include=*", "management.endpoint.configprops.show-values=always",
				"management.endpoint.env.show-values=always", "management.endpoint.health.show-details=always" })
class LabelStudioActuatorIntegrationTests {

	static final String API_KEY = "5ec2e7a9b4c1d0f3a6e8b2c4d7f9a1b3c5e7d9f0";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@RegisterExtension
	static final WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@DynamicPropertySource
	static void labelStudioUrl(DynamicPropertyRegistry registry) {
		registry.add("labelstudio.url", wm::baseUrl);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private LabelStudioClient client;

	private RestClient actuator() {
		return RestClient.create("http://localhost:" + this.port + "/actuator");
	}

	private String getString(String path) {
		String body = actuator().get().uri(path).retrieve().body(String.class);
		assertThat(body).isNotNull();
		return body;
	}

	@Test
	void apiKeyIsMaskedInConfigprops() {
		String body = getString("/configprops");
		assertThat(body).doesNotContain(API_KEY).contains(wm.baseUrl());
		assertThat(body).containsPattern("\"apiKey\"\\s*:\\s*\"\\*{6}\"");
	}

	@Test
	void apiKeyIsMaskedInEnv() {
		assertThat(getString("/env")).doesNotContain(API_KEY).contains(wm.baseUrl());
		Map<String, Object> property = actuator().get()
			.uri("/env/labelstudio.api-key")
			.retrieve()
			.body(JSON);
		assertThat(property).extractingByKey("property")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("value", "******");
		assertThat(getString("/env/labelstudio.url")).contains(wm.baseUrl());
	}

	@Test
	void healthIsContributedAsLabelStudioWithoutTheKey() {
		wm.stubFor(get("/api/current-user/whoami").willReturn(okJson("{\"id\": 5, \"username\": \"ann\"}")));
		String body = getString("/health/labelstudio");
		assertThat(body).contains("\"status\":\"UP\"").contains("\"username\":\"ann\"").doesNotContain(API_KEY);
	}

	@Test
	void clientAndRetryMetricsArePublished() {
		wm.stubFor(get("/api/current-user/whoami").inScenario("retry")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(serviceUnavailable())
			.willSetStateTo("recovered"));
		wm.stubFor(get("/api/current-user/whoami").inScenario("retry")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"id\": 5, \"username\": \"ann\"}")));
		User user = this.client.users().whoami();
		assertThat(user.username()).isEqualTo("ann");

		Map<String, Object> requests = actuator().get()
			.uri("/metrics/labelstudio.client.requests?tag=labelstudio.operation:users.whoami")
			.retrieve()
			.body(JSON);
		assertThat(requests).containsEntry("name", "labelstudio.client.requests");
		assertThat(measurement(requests, "COUNT")).isGreaterThanOrEqualTo(2.0);
		assertThat(requests.get("availableTags").toString()).contains("labelstudio.resource");

		Map<String, Object> retries = actuator().get()
			.uri("/metrics/resilience4j.retry.calls?tag=name:labelstudio&tag=kind:successful_with_retry")
			.retrieve()
			.body(JSON);
		assertThat(measurement(retries, "COUNT")).isEqualTo(1.0);
	}

	@SuppressWarnings("unchecked")
	private static double measurement(Map<String, Object> metric, String statistic) {
		List<Map<String, Object>> measurements = (List<Map<String, Object>>) metric.get("measurements");
		return measurements.stream()
			.filter((measurement) -> statistic.equals(measurement.get("statistic")))
			.map((measurement) -> ((Number) measurement.get("value")).doubleValue())
			.findFirst()
			.orElseThrow();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
