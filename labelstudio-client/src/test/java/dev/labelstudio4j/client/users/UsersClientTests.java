package dev.labelstudio4j.client.users;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.ForbiddenException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link UsersClient}.
 */
class UsersClientTests extends WireMockTestBase {

	private static final String NEW_TOKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b";

	private static final String USER_3 = """
			{"id": 3, "first_name": "Maria", "last_name": "Lopez", "username": "mlopez",
			 "email": "maria@example.org", "last_activity": "2025-03-04T10:17:02.512Z", "avatar": null,
			 "initials": "ml", "phone": "+34 600 000 000", "active_organization": 1,
			 "allow_newsletters": false, "date_joined": "2024-11-20T08:00:00Z",
			 "org_membership": [{"role": "AN", "active": true, "organization_id": 1}], "custom_hotkeys": {}}""";

	private final LabelStudioClient client = client();

	@Test
	void resetTokenSendsPostAndReadsTheNewToken() {
		stubFor(post(urlEqualTo("/api/current-user/reset-token/"))
			.willReturn(okJson("{\"token\": \"" + NEW_TOKEN + "\"}").withStatus(201)));
		UserToken token = this.client.users().resetToken();
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/current-user/reset-token/")).withHeader("Authorization",
				equalTo("Token " + API_KEY)));
		assertThat(token.token()).isEqualTo(NEW_TOKEN);
	}

	@Test
	void getTokenSendsGetWithoutTrailingSlash() {
		stubFor(get(urlEqualTo("/api/current-user/token")).willReturn(okJson("{\"token\": \"" + NEW_TOKEN + "\"}")));
		assertThat(this.client.users().getToken().token()).isEqualTo(NEW_TOKEN);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/current-user/token")));
	}

	@Test
	void getTokenReadsTheTokenFromDetailAsWell() {
		stubFor(get(urlEqualTo("/api/current-user/token")).willReturn(okJson("{\"detail\": \"" + NEW_TOKEN + "\"}")));
		assertThat(this.client.users().getToken(RequestOptions.none()).token()).isEqualTo(NEW_TOKEN);
	}

	@Test
	void tokenToStringNeverShowsTheSecret() {
		UserToken token = UserToken.builder().token(NEW_TOKEN).build();
		assertThat(token.toString()).doesNotContain(NEW_TOKEN).doesNotContain(NEW_TOKEN.substring(0, 6))
			.contains("******");
		assertThat(UserToken.builder().build().toString()).isEqualTo("UserToken[]");
		UserToken detail = UserToken.builder().additionalProperty("other", NEW_TOKEN).build().toBuilder().build();
		assertThat(detail.toString()).doesNotContain(NEW_TOKEN).isEqualTo("UserToken[additionalProperties=[other]]");
	}

	@Test
	void whoamiSendsGetWithoutTrailingSlash() {
		stubFor(get(urlEqualTo("/api/current-user/whoami")).willReturn(okJson(USER_3)));
		User user = this.client.users().whoami();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/current-user/whoami")));
		assertThat(user.id()).isEqualTo(3);
		assertThat(user.username()).isEqualTo("mlopez");
	}

	@Test
	void listSendsGetAndParsesEveryField() {
		stubFor(get(urlEqualTo("/api/users/")).willReturn(okJson("[" + USER_3
				+ ", {\"id\": 4, \"username\": \"bot\", \"email\": \"bot@example.org\"}]")));
		List<User> users = this.client.users().list();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/users/")));
		assertThat(users).extracting(User::id).containsExactly(3L, 4L);
		User maria = users.get(0);
		assertThat(maria.firstName()).isEqualTo("Maria");
		assertThat(maria.lastName()).isEqualTo("Lopez");
		assertThat(maria.email()).isEqualTo("maria@example.org");
		assertThat(maria.lastActivity()).isEqualTo(OffsetDateTime.parse("2025-03-04T10:17:02.512Z"));
		assertThat(maria.avatar()).isNull();
		assertThat(maria.initials()).isEqualTo("ml");
		assertThat(maria.phone()).isEqualTo("+34 600 000 000");
		assertThat(maria.activeOrganization()).isEqualTo(1L);
		assertThat(maria.allowNewsletters()).isFalse();
		assertThat(maria.dateJoined()).isEqualTo(OffsetDateTime.parse("2024-11-20T08:00:00Z"));
		assertThat(users.get(1).firstName()).isNull();
	}

	@Test
	void createSendsPostWithSnakeCaseBody() {
		stubFor(post(urlEqualTo("/api/users/")).willReturn(okJson(USER_3).withStatus(201)));
		User user = this.client.users()
			.create(UserCreate.builder()
				.firstName("Maria")
				.lastName("Lopez")
				.username("mlopez")
				.email("maria@example.org")
				.phone("+34 600 000 000")
				.allowNewsletters(false)
				.build());
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/users/")).withRequestBody(equalToJson("""
				{"first_name": "Maria", "last_name": "Lopez", "username": "mlopez",
				 "email": "maria@example.org", "phone": "+34 600 000 000", "allow_newsletters": false}""")));
		assertThat(user.id()).isEqualTo(3);
	}

	@Test
	void createSendsTheRemainingFields() {
		stubFor(post(urlEqualTo("/api/users/")).willReturn(okJson(USER_3).withStatus(201)));
		this.client.users()
			.create(UserCreate.builder().id(3).avatar("https://example.org/a.png").initials("ml").build(),
					RequestOptions.none());
		verify(postRequestedFor(urlEqualTo("/api/users/")).withRequestBody(
				equalToJson("{\"id\": 3, \"avatar\": \"https://example.org/a.png\", \"initials\": \"ml\"}")));
	}

	@Test
	void getSendsGetToUserPath() {
		stubFor(get(urlEqualTo("/api/users/3/")).willReturn(okJson(USER_3)));
		assertThat(this.client.users().get(3).email()).isEqualTo("maria@example.org");
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/users/3/")));
	}

	@Test
	void deleteSendsDeleteToUserPath() {
		stubFor(delete(urlEqualTo("/api/users/3/")).willReturn(aResponse().withStatus(204)));
		this.client.users().delete(3);
		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/users/3/")));
	}

	@Test
	void updateSendsPatchWithOnlyTheFieldsSet() {
		stubFor(patch(urlEqualTo("/api/users/3/")).willReturn(okJson(USER_3)));
		User user = this.client.users().update(3, UserUpdate.builder().lastName("Lopez").phone("").build());
		verify(exactly(1), patchRequestedFor(urlEqualTo("/api/users/3/"))
			.withRequestBody(equalToJson("{\"last_name\": \"Lopez\", \"phone\": \"\"}")));
		assertThat(user.lastName()).isEqualTo("Lopez");
	}

	@Test
	void getOfMissingUserThrowsNotFound() {
		stubFor(get(urlEqualTo("/api/users/99/")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status_code\": 404, \"detail\": \"Not found.\"}")));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.users().get(99))
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo("Not found."));
	}

	@Test
	void deleteForbiddenThrowsForbidden() {
		stubFor(delete(urlEqualTo("/api/users/1/")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status_code\": 403, \"detail\": \"You do not have permission to perform this action.\"}")));
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.client.users().delete(1))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(403));
	}

	@Test
	void invalidArgumentsAreRejectedBeforeAnyRequest() {
		UsersClient users = this.client.users();
		UserUpdate update = UserUpdate.builder().build();
		assertThatIllegalArgumentException().isThrownBy(() -> users.resetToken(null)).withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> users.getToken(null)).withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> users.whoami(null)).withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> users.list(null)).withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> users.create(null)).withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> users.get(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> users.delete(-3)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> users.update(0, update)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> users.update(3, null)).withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> UserCreate.builder().username(" "))
			.withMessageContaining("username");
		assertThatIllegalArgumentException().isThrownBy(() -> UserUpdate.builder().email(null))
			.withMessageContaining("email");
		assertThatIllegalArgumentException().isThrownBy(() -> UserCreate.builder().id(0))
			.withMessageContaining("id");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() {
		stubFor(any(urlPathMatching("/api/current-user/.*")).willReturn(okJson("{\"id\": 1, \"token\": \"t\"}")));
		stubFor(get(urlEqualTo("/api/users/")).willReturn(okJson("[]")));
		stubFor(any(urlPathMatching("/api/users/(1/)?")).atPriority(10).willReturn(okJson("{\"id\": 1}")));
		assertThat(taggedOperations((client) -> {
			client.users().resetToken();
			client.users().getToken();
			client.users().whoami();
			client.users().list();
			client.users().create(UserCreate.builder().build());
			client.users().get(1);
			client.users().delete(1);
			client.users().update(1, UserUpdate.builder().build());
		})).containsExactly("users.create", "users.delete", "users.get", "users.get_token", "users.list",
				"users.reset_token", "users.update", "users.whoami");
	}

	private List<String> taggedOperations(Consumer<LabelStudioClient> calls) {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		calls.accept(clientBuilder().observationRegistry(observations).build());
		return meters.find("labelstudio.client.requests")
			.timers()
			.stream()
			.map((timer) -> timer.getId().getTag("labelstudio.operation"))
			.distinct()
			.sorted()
			.toList();
	}

}
