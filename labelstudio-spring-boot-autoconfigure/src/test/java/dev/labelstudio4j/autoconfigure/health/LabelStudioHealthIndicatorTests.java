package dev.labelstudio4j.autoconfigure.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.labelstudio4j.autoconfigure.LabelStudioAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Tests for {@link LabelStudioHealthIndicator} against a WireMock server.
 */
class LabelStudioHealthIndicatorTests {

	private static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String WHOAMI = "/api/current-user/whoami";

	@RegisterExtension
	static final WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	/**
	 * A server of its own for the slow answer, so that the late log of the delayed request
	 * does not land in another test's journal.
	 */
	@RegisterExtension
	static final WireMockExtension slow = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class,
				LabelStudioHealthContributorAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class))
		.withPropertyValues("labelstudio.api-key=" + API_KEY, "labelstudio.retry.initial-interval=1ms",
				"labelstudio.retry.max-interval=5ms");

	/**
	 * The client pointed at WireMock, with a health timeout generous enough for a cold
	 * server on a busy machine (the timeout itself is tested on its own).
	 */
	private ApplicationContextRunner againstWireMock() {
		return this.contextRunner.withPropertyValues("labelstudio.url=" + wm.baseUrl(),
				"labelstudio.health.timeout=20s");
	}

	@Test
	void upWithUserAndLatency() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("""
				{"id": 42, "username": "ann", "email": "ann@example.com", "first_name": "Ann"}
				""")));
		againstWireMock().run((context) -> {
			Health health = context.getBean(LabelStudioHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("url", wm.baseUrl() + "/")
				.containsEntry("userId", 42L)
				.containsEntry("username", "ann")
				.containsKey("latency")
				.hasSize(4);
			assertThat((String) health.getDetails().get("latency")).matches("\\d+ms");
			assertThat(health.toString()).doesNotContain(API_KEY);
			wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)).withHeader("Authorization",
					equalTo("Token " + API_KEY)));
		});
	}

	@Test
	void downWhenUnauthorized() {
		wm.stubFor(get(WHOAMI).willReturn(unauthorized().withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Invalid token.\"}")));
		againstWireMock().run((context) -> {
			Health health = context.getBean(LabelStudioHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "unauthorized")
				.containsEntry("status", 401)
				.containsEntry("url", wm.baseUrl() + "/");
			assertThat(health.toString()).doesNotContain(API_KEY);
		});
	}

	@Test
	void downWithStatusOnServerErrorWithoutRetrying() {
		wm.stubFor(get(WHOAMI).willReturn(serverError()));
		againstWireMock().run((context) -> {
			Health health = context.getBean(LabelStudioHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "server error").containsEntry("status", 500);
			wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)));
		});
	}

	@Test
	void downWhenConnectionIsRefused() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "http://localhost:" + closedPort;
		this.contextRunner.withPropertyValues("labelstudio.url=" + url).run((context) -> {
			Health health = assertTimeoutPreemptively(Duration.ofSeconds(10),
					() -> context.getBean(LabelStudioHealthIndicator.class).health());
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "unreachable").containsEntry("url", url + "/");
		});
	}

	@Test
	void downWithTimeoutWhenServerIsSlowerThanTheHealthTimeout() {
		slow.stubFor(get(WHOAMI).willReturn(okJson("{\"id\": 42, \"username\": \"ann\"}").withFixedDelay(5000)));
		this.contextRunner.withPropertyValues("labelstudio.url=" + slow.baseUrl(), "labelstudio.health.timeout=250ms")
			.run((context) -> {
				LabelStudioHealthIndicator indicator = context.getBean(LabelStudioHealthIndicator.class);
				Health health = assertTimeoutPreemptively(Duration.ofSeconds(4), () -> indicator.health());
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("reason", "timeout")
					.containsEntry("url", slow.baseUrl() + "/");
			});
	}

	@Test
	void downWithoutThrowingWhenTheAnswerCannotBeRead() {
		wm.stubFor(get(WHOAMI).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("not json")));
		againstWireMock().run((context) -> {
			Health health = context.getBean(LabelStudioHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsKey("reason");
		});
	}

	@Test
	void resultIsCachedForTheTtl() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\": 42, \"username\": \"ann\"}")));
		againstWireMock().run((context) -> {
			LabelStudioHealthIndicator indicator = context.getBean(LabelStudioHealthIndicator.class);
			Health first = indicator.health();
			for (int i = 0; i < 5; i++) {
				assertThat(indicator.health()).isSameAs(first);
			}
			wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)));
		});
	}

	@Test
	void concurrentProbesShareOneCheck() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\": 42, \"username\": \"ann\"}").withFixedDelay(300)));
		againstWireMock().run((context) -> {
			LabelStudioHealthIndicator indicator = context.getBean(LabelStudioHealthIndicator.class);
			ExecutorService executor = Executors.newFixedThreadPool(8);
			try {
				List<Future<Health>> probes = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					probes.add(executor.submit((Callable<Health>) indicator::health));
				}
				for (Future<Health> probe : probes) {
					assertThat(probe.get().getStatus()).isEqualTo(Status.UP);
				}
			}
			finally {
				executor.shutdownNow();
			}
			wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)));
		});
	}

	@Test
	void downResultIsCachedToo() {
		wm.stubFor(get(WHOAMI).willReturn(serverError()));
		againstWireMock().run((context) -> {
			LabelStudioHealthIndicator indicator = context.getBean(LabelStudioHealthIndicator.class);
			for (int i = 0; i < 5; i++) {
				assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
			}
			wm.verify(1, getRequestedFor(urlPathEqualTo(WHOAMI)));
		});
	}

	@Test
	void zeroTtlChecksEveryTime() {
		wm.stubFor(get(WHOAMI).willReturn(okJson("{\"id\": 42, \"username\": \"ann\"}")));
		againstWireMock().withPropertyValues("labelstudio.health.cache-ttl=0s").run((context) -> {
			LabelStudioHealthIndicator indicator = context.getBean(LabelStudioHealthIndicator.class);
			for (int i = 0; i < 3; i++) {
				assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
			}
			wm.verify(3, getRequestedFor(urlPathEqualTo(WHOAMI)));
		});
	}

}
