package dev.labelstudio4j.autoconfigure.health;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.labelstudio4j.client.LabelStudioClient;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The server version in {@link LabelStudioHealthIndicator}'s UP details: read once, read again after the
 * server was down, and never beyond the check's timeout.
 */
class LabelStudioHealthIndicatorVersionTests {

	private static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String WHOAMI = "/api/current-user/whoami";

	private static final String VERSION = "/api/version/";

	@RegisterExtension
	static final WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@RegisterExtension
	static final WireMockExtension slow = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private static LabelStudioClient client(WireMockExtension server) {
		return LabelStudioClient.create(server.baseUrl(), API_KEY);
	}

	@Test
	void upDetailsShowTheVersionReadOnceForAllProbes() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\": 42, \"username\": \"ann\"}")));
		wm.stubFor(get(VERSION).willReturn(okJson("{\"release\": \"1.22.0\", \"edition\": \"Community\"}")));
		try (LabelStudioClient client = client(wm)) {
			LabelStudioHealthIndicator indicator = new LabelStudioHealthIndicator(client, Duration.ofSeconds(20),
					Duration.ZERO);
			for (int i = 0; i < 3; i++) {
				Health health = indicator.health();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("version", "1.22.0")
					.containsEntry("edition", "Community")
					.containsEntry("userId", 42L);
				assertThat(health.toString()).doesNotContain(API_KEY);
			}
		}
		wm.verify(3, getRequestedFor(urlPathEqualTo(WHOAMI)));
		wm.verify(1, getRequestedFor(urlPathEqualTo(VERSION)));
	}

	@Test
	void theVersionIsReadAgainAfterTheServerWasDown() {
		wm.stubFor(get(WHOAMI).inScenario("restart").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"id\": 42}")));
		wm.stubFor(get(WHOAMI).inScenario("restart").whenScenarioStateIs("down")
			.willReturn(serverError()).willSetStateTo("upgraded"));
		wm.stubFor(get(WHOAMI).inScenario("restart").whenScenarioStateIs("upgraded")
			.willReturn(okJson("{\"id\": 42}")));
		wm.stubFor(get(VERSION).inScenario("restart").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"release\": \"1.21.0\"}")).willSetStateTo("down"));
		wm.stubFor(get(VERSION).inScenario("restart").whenScenarioStateIs("upgraded")
			.willReturn(okJson("{\"release\": \"1.22.0\"}")));
		try (LabelStudioClient client = client(wm)) {
			LabelStudioHealthIndicator indicator = new LabelStudioHealthIndicator(client, Duration.ofSeconds(20),
					Duration.ZERO);
			assertThat(indicator.health().getDetails()).containsEntry("version", "1.21.0");
			Health down = indicator.health();
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).doesNotContainKey("version");
			assertThat(indicator.health().getDetails()).containsEntry("version", "1.22.0");
		}
		wm.verify(2, getRequestedFor(urlPathEqualTo(VERSION)));
	}

	@Test
	void aSlowVersionLeavesTheDetailsWithoutItWithinTheCheckTimeout() {
		slow.stubFor(get(WHOAMI).willReturn(okJson("{\"id\": 42}")));
		slow.stubFor(get(VERSION).willReturn(okJson("{\"release\": \"1.22.0\"}").withFixedDelay(5000)));
		try (LabelStudioClient client = client(slow)) {
			LabelStudioHealthIndicator indicator = new LabelStudioHealthIndicator(client, Duration.ofMillis(500),
					Duration.ZERO);
			Health health = assertTimeoutPreemptively(Duration.ofSeconds(4), () -> indicator.health());
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("userId", 42L).doesNotContainKey("version");
		}
	}

	@Test
	void aServerWithoutVersionEndpointStaysUp() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\": 42}")));
		try (LabelStudioClient client = client(wm)) {
			Health health = new LabelStudioHealthIndicator(client, Duration.ofSeconds(20), Duration.ZERO).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).doesNotContainKeys("version", "edition");
		}
	}

}
