package dev.labelstudio4j.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.UnauthorizedException;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.users.User;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Legacy keys, personal access tokens and access tokens, asserted through the real client.
 */
class AuthenticationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void whoamiAnswersForTheConfiguredKey() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.builder().apiKey("my-key").start()) {
			User user = LabelStudioClient.create(emulator.baseUrl(), "my-key").users().whoami();
			assertThat(user.id()).isEqualTo(1);
			assertThat(user.email()).isEqualTo("emulator@labelstudio.local");
			assertThat(user.username()).isEqualTo("emulator");
			emulator.wireMock().verify(WireMock.getRequestedFor(urlEqualTo("/api/current-user/whoami"))
				.withHeader("Authorization", WireMock.equalTo("Token my-key")));
		}
	}

	@Test
	void aWrongKeyGetsLabelStudios401Body() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient client = LabelStudioClient.create(emulator.baseUrl(), "not-the-key");
			assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> client.users().whoami())
				.satisfies((ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(401);
					assertThat(ex.getDetail()).isEqualTo("Invalid token.");
					assertThat(ex.getErrorId()).isNotBlank();
					assertThat(ex.getBody()).contains("\"status_code\":401").doesNotContain("not-the-key");
				});
		}
	}

	@Test
	void personalAccessTokenIsExchangedOnceAndItsAccessTokenAccepted() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			assertThat(emulator.personalAccessToken()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
			LabelStudioClient client = LabelStudioClient.create(emulator.baseUrl(), emulator.personalAccessToken());
			assertThat(client.users().whoami().id()).isEqualTo(1);
			assertThat(client.projects().list().total()).isZero();
			emulator.wireMock().verify(1, postRequestedFor(urlEqualTo("/api/token/refresh/")));
			emulator.wireMock().verify(2, WireMock.getRequestedFor(WireMock.anyUrl())
				.withHeader("Authorization", matching("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")));
		}
	}

	@Test
	void refreshIssuesAccessTokensWithAnExpiryThatIsEnforced() throws Exception {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		try (LabelStudioEmulator emulator = LabelStudioEmulator.builder()
			.clock(clock)
			.accessTokenLifetime(Duration.ofMinutes(5))
			.start()) {
			LabelStudioClient client = emulator.client();
			Map<String, Object> refreshed = new Calls(client).map(ApiRequest.post("token.refresh", "/api/token/refresh/")
				.jsonBody(Map.of("refresh", emulator.personalAccessToken())));
			String access = (String) refreshed.get("access");
			Map<?, ?> claims = this.json.readValue(Base64.getUrlDecoder().decode(access.split("\\.")[1]), Map.class);
			assertThat(((Number) claims.get("exp")).longValue())
				.isEqualTo(Instant.parse("2026-01-01T00:05:00Z").getEpochSecond());
			assertThat(claims.get("token_type")).isEqualTo("access");

			assertThat(whoamiStatus(emulator, "Bearer " + access)).isEqualTo(200);
			clock.now = Instant.parse("2026-01-01T00:05:01Z");
			assertThat(whoamiStatus(emulator, "Bearer " + access)).isEqualTo(401);
			assertThat(whoamiStatus(emulator, "Bearer " + emulator.personalAccessToken())).isEqualTo(401);
			assertThat(whoamiStatus(emulator, null)).isEqualTo(401);
		}
	}

	@Test
	void aWrongRefreshTokenIsRefused() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			assertThatExceptionOfType(UnauthorizedException.class)
				.isThrownBy(() -> new Calls(emulator.client()).map(ApiRequest.post("token.refresh", "/api/token/refresh/")
					.jsonBody(Map.of("refresh", "a.b.c"))));
		}
	}

	@Test
	void resetTokenReplacesTheKey() {
		try (LabelStudioEmulator emulator = LabelStudioEmulator.start()) {
			LabelStudioClient old = emulator.client();
			assertThat(old.users().getToken().token()).isEqualTo(LabelStudioEmulator.DEFAULT_API_KEY);
			String key = old.users().resetToken().token();
			assertThat(key).isNotEqualTo(LabelStudioEmulator.DEFAULT_API_KEY).isEqualTo(emulator.apiKey());
			assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> old.users().whoami());
			assertThat(LabelStudioClient.create(emulator.baseUrl(), key).users().whoami().id()).isEqualTo(1);
		}
	}

	private static int whoamiStatus(LabelStudioEmulator emulator, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/api/current-user/whoami"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		HttpResponse<String> response = HTTP.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return response.statusCode();
	}

	static final class MutableClock extends Clock {

		volatile Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
