package dev.labelstudio4j.client.tokens;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.ConflictException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.UnauthorizedException;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link TokensClient} and {@link JwtSettingsClient}, the switch of a client to a rotated
 * token, and the masking of tokens.
 */
class TokensClientTests extends WireMockTestBase {

	private static final String PAT = jwt("refresh", "pat-one");

	private static final String ROTATED = jwt("refresh", "pat-two");

	private static final String ACCESS = jwt("access", "access-one");

	private static final String ACCESS_ROTATED = jwt("access", "access-two");

	private static final String TRUNCATED = PAT.substring(0, PAT.lastIndexOf('.'));

	private final LabelStudioClient client = client();

	@Test
	void listSendsGetWithTrailingSlashAndReadsTruncatedTokens() {
		stubFor(get(urlEqualTo("/api/token/")).willReturn(okJson("[{\"token\": \"" + TRUNCATED
				+ "\", \"created_at\": \"2026-01-02T03:04:05Z\", \"expires_at\": \"2226-01-02T03:04:05Z\"}, {\"token\": \"x.y\"}]")));
		List<ApiToken> tokens = this.client.tokens().list();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/token/")).withHeader("Authorization",
				equalTo("Token " + API_KEY)));
		assertThat(tokens).extracting(ApiToken::token).containsExactly(TRUNCATED, "x.y");
		assertThat(tokens.get(0).createdAt()).isEqualTo("2026-01-02T03:04:05Z");
		assertThat(tokens.get(0).expiresAt()).isEqualTo("2226-01-02T03:04:05Z");
		assertThat(tokens.get(1).createdAt()).isNull();
	}

	@Test
	void createSendsPostWithoutBodyAndReadsTheWholeToken() {
		stubFor(post(urlEqualTo("/api/token/")).willReturn(okJson("{\"token\": \"" + PAT + "\"}").withStatus(201)));
		ApiToken token = this.client.tokens().create();
		assertThat(token.token()).isEqualTo(PAT);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/token/")));
		assertThat(wm.getAllServeEvents().get(0).getRequest().getBody()).isEmpty();
	}

	@Test
	void createWhileATokenIsValidIsAConflictSentOnce() {
		stubFor(post(urlEqualTo("/api/token/")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"You already have a valid token. Please revoke it before creating a new one.\"}")));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.client.tokens().create())
			.satisfies((ex) -> assertThat(ex.getDetail()).startsWith("You already have a valid token"));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/token/")));
	}

	@Test
	void blacklistSendsTheTokenAsRefreshAndReadsNoContent() {
		stubFor(post(urlEqualTo("/api/token/blacklist/")).willReturn(aResponse().withStatus(204)));
		this.client.tokens().blacklist(" " + TRUNCATED + " ");
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/token/blacklist/"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"refresh\": \"" + TRUNCATED + "\"}")));
	}

	@Test
	void blacklistOfAnUnknownTokenIsNotFoundAndTheMessageHidesTheToken() {
		stubFor(post(urlEqualTo("/api/token/blacklist/")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Token is invalid or already blacklisted.\"}")));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.tokens().blacklist(PAT))
			.satisfies((ex) -> {
				assertThat(ex.getOperation()).isEqualTo("tokens.blacklist");
				assertThat(ex.getMessage()).doesNotContain(PAT).doesNotContain(TRUNCATED);
				assertThat(ex.toString()).doesNotContain(TRUNCATED);
			});
	}

	@Test
	void refreshExchangesATokenForAnAccessToken() {
		stubFor(post(urlEqualTo("/api/token/refresh/")).willReturn(okJson("{\"access\": \"" + ACCESS + "\"}")));
		AccessToken access = this.client.tokens().refresh(PAT);
		assertThat(access.access()).isEqualTo(ACCESS);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/token/refresh/"))
			.withRequestBody(equalToJson("{\"refresh\": \"" + PAT + "\"}")));
	}

	@Test
	void refreshOfARevokedTokenIsUnauthorized() {
		stubFor(post(urlEqualTo("/api/token/refresh/")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Token is invalid or expired\", \"code\": \"token_not_valid\"}")));
		assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> this.client.tokens().refresh(PAT))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(PAT));
	}

	@Test
	void rotateSendsTheTokenAndReadsTheNewOneFromRefresh() {
		stubFor(post(urlEqualTo("/api/token/rotate/")).willReturn(okJson("{\"refresh\": \"" + ROTATED + "\"}")));
		ApiToken rotated = this.client.tokens().rotate(PAT, RequestOptions.none());
		assertThat(rotated.token()).isEqualTo(ROTATED);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/token/rotate/"))
			.withHeader("Authorization", equalTo("Token " + API_KEY))
			.withRequestBody(equalToJson("{\"refresh\": \"" + PAT + "\"}")));
	}

	@Test
	void rotateIsNeverSentTwiceOnAServerError() {
		stubFor(post(urlEqualTo("/api/token/rotate/")).willReturn(aResponse().withStatus(502)));
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> this.client.tokens().rotate(PAT));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/token/rotate/")));
	}

	@Test
	void rotateOfARevokedTokenIsABadRequest() {
		stubFor(post(urlEqualTo("/api/token/rotate/")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Token is invalid or already blacklisted.\"}")));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> this.client.tokens().rotate(PAT))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(PAT));
	}

	@Test
	void aRotatedTokenReplacesTheCredentialsOfADerivedClientThatSharesTheTransport() {
		stubFor(post(urlEqualTo("/api/token/refresh/")).withRequestBody(equalToJson("{\"refresh\": \"" + PAT + "\"}"))
			.willReturn(okJson("{\"access\": \"" + ACCESS + "\"}")));
		stubFor(post(urlEqualTo("/api/token/refresh/"))
			.withRequestBody(equalToJson("{\"refresh\": \"" + ROTATED + "\"}"))
			.willReturn(okJson("{\"access\": \"" + ACCESS_ROTATED + "\"}")));
		stubFor(post(urlEqualTo("/api/token/rotate/")).willReturn(okJson("{\"refresh\": \"" + ROTATED + "\"}")));
		stubFor(get(urlEqualTo("/api/token/")).willReturn(okJson("[]")));
		try (LabelStudioClient patClient = clientBuilder().apiKey(PAT).build()) {
			ApiToken rotated = patClient.tokens().rotate(PAT);
			LabelStudioClient switched = patClient.withOptions((o) -> o.apiKey(rotated.token()));
			switched.tokens().list();
			assertThat(switched.requestFactoryType()).isEqualTo(patClient.requestFactoryType());
			assertThat(switched.baseUrl()).isEqualTo(patClient.baseUrl());
		}
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/token/rotate/"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS))
			.withRequestBody(equalToJson("{\"refresh\": \"" + PAT + "\"}")));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/token/refresh/"))
			.withRequestBody(equalToJson("{\"refresh\": \"" + ROTATED + "\"}")));
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/token/"))
			.withHeader("Authorization", equalTo("Bearer " + ACCESS_ROTATED)));
	}

	@Test
	void jwtSettingsGetAndUpdate() {
		stubFor(get(urlEqualTo("/api/jwt/settings"))
			.willReturn(okJson("{\"api_tokens_enabled\": true, \"legacy_api_tokens_enabled\": false}")));
		stubFor(post(urlEqualTo("/api/jwt/settings")).willReturn(okJson(
				"{\"api_tokens_enabled\": true, \"legacy_api_tokens_enabled\": true, \"api_token_ttl_days\": 30}")
			.withStatus(201)));
		JwtSettings settings = this.client.jwtSettings().get();
		assertThat(settings.apiTokensEnabled()).isTrue();
		assertThat(settings.legacyApiTokensEnabled()).isFalse();
		assertThat(settings.apiTokenTtlDays()).isNull();
		JwtSettings updated = this.client.jwtSettings()
			.update(JwtSettingsUpdate.builder()
				.apiTokensEnabled(true)
				.legacyApiTokensEnabled(true)
				.apiTokenTtlDays(30)
				.build());
		assertThat(updated.apiTokenTtlDays()).isEqualTo(30);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/jwt/settings")));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/jwt/settings")).withRequestBody(equalToJson(
				"{\"api_tokens_enabled\": true, \"legacy_api_tokens_enabled\": true, \"api_token_ttl_days\": 30}")));
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.tokens().blacklist(" "))
			.withMessageContaining("token");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.tokens().refresh(null))
			.withMessageContaining("token");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.tokens().rotate(""))
			.withMessageContaining("token");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.tokens().list(null))
			.withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.jwtSettings().update(null))
			.withMessageContaining("update");
		assertThatIllegalArgumentException().isThrownBy(() -> JwtSettingsUpdate.builder().apiTokenTtlDays(0))
			.withMessageContaining("apiTokenTtlDays");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void tokensAreMaskedInModelsAndNeverLoggedAtDebug() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.setContext(context);
		appender.start();
		List<Logger> loggers = List.of(context.getLogger("dev.labelstudio4j"), context.getLogger("org.springframework"),
				context.getLogger("org.apache.hc.client5.http.headers"));
		List<Level> levels = new ArrayList<>();
		for (Logger logger : loggers) {
			levels.add(logger.getLevel());
			logger.setLevel(Level.DEBUG);
			logger.addAppender(appender);
		}
		List<Object> shown = new ArrayList<>();
		try {
			stubFor(post(urlEqualTo("/api/token/")).willReturn(okJson("{\"token\": \"" + PAT + "\"}").withStatus(201)));
			stubFor(post(urlEqualTo("/api/token/rotate/")).willReturn(okJson("{\"refresh\": \"" + ROTATED + "\"}")));
			stubFor(post(urlEqualTo("/api/token/refresh/")).willReturn(okJson("{\"access\": \"" + ACCESS + "\"}")));
			stubFor(post(urlEqualTo("/api/token/blacklist/")).willReturn(aResponse().withStatus(500)));
			stubFor(get(urlEqualTo("/api/token/")).willReturn(okJson("[{\"token\": \"" + TRUNCATED + "\"}]")));
			shown.add(this.client.tokens().create());
			shown.add(this.client.tokens().rotate(PAT));
			shown.add(this.client.tokens().refresh(ROTATED));
			shown.add(this.client.tokens().list());
			try {
				this.client.tokens().blacklist(PAT);
			}
			catch (ServerErrorException ex) {
				shown.add(ex);
				shown.add(ex.getMessage());
			}
		}
		finally {
			for (int i = 0; i < loggers.size(); i++) {
				loggers.get(i).detachAppender(appender);
				loggers.get(i).setLevel(levels.get(i));
			}
		}
		assertThat(shown).hasSize(6);
		assertThat(shown.get(0).toString()).isEqualTo("ApiToken[token=******]");
		assertThat(shown.get(1).toString()).isEqualTo("ApiToken[refresh=******]");
		assertThat(shown.get(2).toString()).isEqualTo("AccessToken[access=******]");
		List<String> lines = new ArrayList<>();
		shown.forEach((value) -> lines.add(String.valueOf(value)));
		appender.list.forEach((event) -> lines.add(event.getFormattedMessage()));
		assertThat(appender.list).as("client DEBUG logging is on")
			.anyMatch((event) -> event.getFormattedMessage().contains("tokens.rotate"));
		for (String secret : new String[] { PAT, ROTATED, ACCESS, TRUNCATED, payload(PAT), payload(ROTATED),
				payload(ACCESS) }) {
			assertThat(lines).noneMatch((line) -> line.contains(secret));
		}
	}

	private static String payload(String jwt) {
		return jwt.split("\\.")[1];
	}

	private static String jwt(String type, String id) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		String payload = "{\"token_type\":\"" + type + "\",\"exp\":"
				+ Instant.now().plusSeconds(3600).getEpochSecond() + ",\"jti\":\"" + id + "\",\"user_id\":1}";
		return encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(("sig-" + id).getBytes(StandardCharsets.UTF_8));
	}

}
