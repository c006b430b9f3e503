package dev.labelstudio4j.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.RequestBody;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;
import dev.labelstudio4j.client.users.User;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
 * Both forms of credentials on the wire: a legacy key as {@code Token}, a personal access token
 * exchanged for cached access tokens sent as {@code Bearer}.
 */
class AuthenticationTests extends WireMockTestBase {

	private static final String WHOAMI = "/api/current-user/whoami";

	private static final String REFRESH = "/api/token/refresh/";

	private static final String USER_JSON = "{\"id\":1,\"username\":\"ann\",\"email\":\"ann@example.com\"}";

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final String pat = TestJwts.refreshToken("pat1", NOW.plus(Duration.ofDays(365)));

	private final String access1 = TestJwts.accessToken("a1", NOW.plus(Duration.ofMinutes(5)));

	private final String access2 = TestJwts.accessToken("a2", NOW.plus(Duration.ofMinutes(10)));

	private ExecutorService executor;

	@AfterEach
	void stopExecutor() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

	private LabelStudioClient patClient() {
		return clientBuilder().apiKey(this.pat).clock(this.clock).build();
	}

	private void stubRefresh(String access) {
		stubFor(post(REFRESH).withRequestBody(equalToJson("{\"refresh\":\"" + this.pat + "\"}"))
			.willReturn(okJson("{\"access\":\"" + access + "\"}")));
	}

	@Test
	void legacyKeyIsSentAsToken() {
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		User user = client().users().whoami();
		assertThat(user.username()).isEqualTo("ann");
		verify(exactly(1), getRequestedFor(urlEqualTo(WHOAMI)).withHeader("Authorization", equalTo("Token " + API_KEY)));
		verify(exactly(0), postRequestedFor(urlEqualTo(REFRESH)));
	}

	@Test
	void personalAccessTokenIsExchangedAndTheAccessTokenSentAsBearer() {
		stubRefresh(this.access1);
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		patClient().users().whoami();
		verify(exactly(1), postRequestedFor(urlEqualTo(REFRESH)).withHeader("Authorization", absent())
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"refresh\":\"" + this.pat + "\"}")));
		verify(exactly(1),
				getRequestedFor(urlEqualTo(WHOAMI)).withHeader("Authorization", equalTo("Bearer " + this.access1)));
	}

	@Test
	void accessTokenIsCachedUntilShortlyBeforeItsExpiry() {
		stubRefresh(this.access1);
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		LabelStudioClient client = patClient();
		client.users().whoami();
		this.clock.advance(Duration.ofMinutes(4));
		client.users().whoami();
		verify(exactly(1), postRequestedFor(urlEqualTo(REFRESH)));
		verify(exactly(2),
				getRequestedFor(urlEqualTo(WHOAMI)).withHeader("Authorization", equalTo("Bearer " + this.access1)));
		stubRefresh(this.access2);
		this.clock.advance(Duration.ofSeconds(50));
		client.users().whoami();
		verify(exactly(2), postRequestedFor(urlEqualTo(REFRESH)));
		verify(exactly(1),
				getRequestedFor(urlEqualTo(WHOAMI)).withHeader("Authorization", equalTo("Bearer " + this.access2)));
	}

	@Test
	void sixteenThreadsNeedingATokenCauseExactlyOneRefresh() throws Exception {
		stubFor(post(REFRESH).willReturn(okJson("{\"access\":\"" + this.access1 + "\"}").withFixedDelay(200)));
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		LabelStudioClient client = patClient();
		runConcurrently(client, 16);
		verify(exactly(1), postRequestedFor(urlEqualTo(REFRESH)));
		verify(exactly(16),
				getRequestedFor(urlEqualTo(WHOAMI)).withHeader("Authorization", equalTo("Bearer " + this.access1)));

		// the access token expires: again one refresh for sixteen threads
		stubFor(post(REFRESH).willReturn(okJson("{\"access\":\"" + this.access2 + "\"}").withFixedDelay(200)));
		this.clock.advance(Duration.ofMinutes(5));
		wm.resetRequests();
		runConcurrently(client, 16);
		verify(exactly(1), postRequestedFor(urlEqualTo(REFRESH)));
		verify(exactly(16),
				getRequestedFor(urlEqualTo(WHOAMI)).withHeader("Authorization", equalTo("Bearer " + this.access2)));
	}

	@Test
	void sixteenThreadsRefusedWithAnExpiredAccessTokenCauseExactlyOneRefresh() throws Exception {
		// the server revokes access1 before its exp: each thread gets a 401, one refresh follows
		stubRefresh(this.access1);
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		LabelStudioClient client = patClient();
		client.users().whoami();
		stubRefresh(this.access2);
		stubFor(get(WHOAMI).withHeader("Authorization", equalTo("Bearer " + this.access1))
			.willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"detail\":\"Given token not valid for any token type\",\"code\":\"token_not_valid\"}")));
		wm.resetRequests();
		runConcurrently(client, 16);
		verify(exactly(1), postRequestedFor(urlEqualTo(REFRESH)));
		verify(exactly(16),
				getRequestedFor(urlEqualTo(WHOAMI)).withHeader("Authorization", equalTo("Bearer " + this.access2)));
	}

	@Test
	void a401IsAnsweredByOneRefreshAndOneReplay() {
		stubRefresh(this.access1);
		stubFor(get(WHOAMI).inScenario("revoked")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Token is invalid or expired\"}"))
			.willSetStateTo("ok"));
		stubFor(get(WHOAMI).inScenario("revoked").whenScenarioStateIs("ok").willReturn(okJson(USER_JSON)));
		assertThat(patClient().users().whoami().id()).isEqualTo(1);
		verify(exactly(2), postRequestedFor(urlEqualTo(REFRESH)));
		verify(exactly(2), getRequestedFor(urlEqualTo(WHOAMI)));
	}

	@Test
	void a401OnABodyThatCannotBeReplayedIsThrownWithoutReplay() {
		stubRefresh(this.access1);
		stubFor(post("/api/things/").willReturn(aResponse().withStatus(401)));
		RequestBody oneShot = RequestBody.streaming(MediaType.APPLICATION_OCTET_STREAM,
				(out, json) -> out.write(new byte[] { 1, 2, 3 }), false);
		assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> ClientInternals.invoker(patClient())
			.execute(ApiRequest.post("things.upload", "/api/things/").body(oneShot).returnsNothing()));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/things/")));
		verify(exactly(1), postRequestedFor(urlEqualTo(REFRESH)));
	}

	@Test
	void a401AfterTheReplayIsThrown() {
		stubRefresh(this.access1);
		stubFor(get(WHOAMI).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\":\"Authentication credentials were not provided.\"}")));
		assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> patClient().users().whoami())
			.satisfies((ex) -> {
				assertThat(ex.getDetail()).isEqualTo("Authentication credentials were not provided.");
				assertThat(ex.getMessage()).doesNotContain(this.pat).doesNotContain(this.access1);
			});
		verify(exactly(2), postRequestedFor(urlEqualTo(REFRESH)));
		verify(exactly(2), getRequestedFor(urlEqualTo(WHOAMI)));
	}

	@Test
	void aLegacyKeyRefusedIsNotRetried() {
		stubFor(get(WHOAMI).willReturn(aResponse().withStatus(401)
			.withBody("{\"detail\":\"Invalid token.\"}")));
		assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> client().users().whoami())
			.withMessage("users.whoami failed with HTTP 401: Invalid token.");
		verify(exactly(1), getRequestedFor(urlEqualTo(WHOAMI)));
		verify(exactly(0), postRequestedFor(urlEqualTo(REFRESH)));
	}

	@Test
	void aRefusedPersonalAccessTokenFailsTheCallWithUnauthorized() {
		stubFor(post(REFRESH).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\":\"Token is blacklisted\",\"code\":\"token_not_valid\"}")));
		assertThatExceptionOfType(UnauthorizedException.class).isThrownBy(() -> patClient().users().whoami())
			.satisfies((ex) -> {
				assertThat(ex.getOperation()).isEqualTo("token.refresh");
				assertThat(ex.getMessage()).isEqualTo("token.refresh failed with HTTP 401: Token is blacklisted")
					.doesNotContain(this.pat);
			});
		verify(exactly(0), getRequestedFor(urlEqualTo(WHOAMI)));
	}

	@Test
	void aRefreshAnswerWithoutAccessTokenFails() {
		stubFor(post(REFRESH).willReturn(okJson("{\"refresh\":\"x\"}")));
		assertThatExceptionOfType(LabelStudioException.class).isThrownBy(() -> patClient().users().whoami())
			.withMessage("token.refresh answered without an access token");
	}

	@Test
	void anAccessTokenWithoutExpIsKeptForAFewMinutes() {
		String noExp = "eyJhbGciOiJIUzI1NiJ9.eyJ0b2tlbl90eXBlIjoiYWNjZXNzIn0.c2ln";
		stubRefresh(noExp);
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		LabelStudioClient client = patClient();
		client.users().whoami();
		this.clock.advance(Duration.ofMinutes(3));
		client.users().whoami();
		verify(exactly(1), postRequestedFor(urlEqualTo(REFRESH)));
		this.clock.advance(Duration.ofMinutes(2));
		client.users().whoami();
		verify(exactly(2), postRequestedFor(urlEqualTo(REFRESH)));
	}

	@Test
	void aShortLivedAccessTokenIsStillReused() {
		String shortLived = TestJwts.accessToken("short", NOW.plusSeconds(20));
		stubRefresh(shortLived);
		stubFor(get(WHOAMI).willReturn(okJson(USER_JSON)));
		LabelStudioClient client = patClient();
		client.users().whoami();
		client.users().whoami();
		verify(exactly(1), postRequestedFor(urlEqualTo(REFRESH)));
	}

	@Test
	void credentialsAreToldApartByShape() {
		assertThat(LabelStudioCredentials.of(API_KEY)).isInstanceOf(LabelStudioCredentials.LegacyToken.class);
		assertThat(LabelStudioCredentials.of(this.pat))
			.isInstanceOf(LabelStudioCredentials.PersonalAccessToken.class);
		assertThat(LabelStudioCredentials.legacyToken(this.pat)).isInstanceOf(LabelStudioCredentials.LegacyToken.class);
		assertThatIllegalArgumentException().isThrownBy(() -> LabelStudioCredentials.personalAccessToken(API_KEY))
			.withMessageContaining("token must be a JWT")
			.withMessageNotContaining(API_KEY);
		assertThatIllegalArgumentException().isThrownBy(() -> LabelStudioCredentials.of(" "))
			.withMessage("apiKey must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> LabelStudioCredentials.of(null))
			.withMessage("apiKey must not be null or blank");
		assertThatIllegalArgumentException().isThrownBy(() -> LabelStudioCredentials.of("ab cd"))
			.withMessage("apiKey must not contain whitespace");
		assertThat(LabelStudioCredentials.of("  " + API_KEY + "\n").secret()).isEqualTo(API_KEY);
	}

	@Test
	void credentialsNeverPrintTheirSecret() {
		assertThat(LabelStudioCredentials.of(API_KEY)).hasToString("LegacyToken[***]");
		assertThat(LabelStudioCredentials.of(this.pat)).hasToString("PersonalAccessToken[***]");
		LabelStudioClient client = patClient();
		assertThat(client.toString()).contains("***").doesNotContain(this.pat);
		assertThat(ClientInternals.invoker(client).toString()).doesNotContain(this.pat);
		assertThat(ClientInternals.invoker(client).authenticator().toString()).doesNotContain(this.pat);
		LabelStudioClient.Builder builder = clientBuilder().apiKey(API_KEY);
		assertThat(builder.toString()).doesNotContain(API_KEY);
		assertThat(client().toString()).doesNotContain(API_KEY);
	}

	private void runConcurrently(LabelStudioClient client, int threads) throws Exception {
		this.executor = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<User>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			results.add(this.executor.submit(() -> {
				start.await();
				return client.users().whoami();
			}));
		}
		start.countDown();
		for (Future<User> result : results) {
			assertThat(result.get(30, TimeUnit.SECONDS).id()).isEqualTo(1);
		}
		this.executor.shutdown();
	}

}
