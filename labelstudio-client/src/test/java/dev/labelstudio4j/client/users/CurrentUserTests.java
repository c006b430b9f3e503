package dev.labelstudio4j.client.users;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link UsersClient#getCurrentUser()} and {@link UsersClient#updateCurrentUser(UserUpdate)}.
 */
class CurrentUserTests extends WireMockTestBase {

	private static final String USER = """
			{"id": 1, "username": "admin", "email": "admin@example.org", "first_name": "Ada", "last_name": "L",
			 "active_organization": 1, "active_organization_meta": "{}", "org_membership": [],
			 "organization_membership": {"role": "OW"}, "initials": "AL", "avatar": null,
			 "last_activity": "2026-01-02T03:04:05Z"}""";

	private final LabelStudioClient client = client();

	@Test
	void getAndUpdateUseTheCurrentUserPathWithoutTrailingSlash() {
		stubFor(get(urlEqualTo("/api/current-user")).willReturn(okJson(USER)));
		stubFor(patch(urlEqualTo("/api/current-user")).willReturn(okJson(USER.replace("\"Ada\"", "\"Grace\""))));
		User user = this.client.users().getCurrentUser();
		assertThat(user.id()).isEqualTo(1);
		assertThat(user.username()).isEqualTo("admin");
		assertThat(user.activeOrganization()).isEqualTo(1L);
		User updated = this.client.users()
			.updateCurrentUser(UserUpdate.builder().firstName("Grace").phone("+1 555").build());
		assertThat(updated.firstName()).isEqualTo("Grace");
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/current-user")));
		verify(exactly(1), patchRequestedFor(urlEqualTo("/api/current-user"))
			.withRequestBody(equalToJson("{\"first_name\": \"Grace\", \"phone\": \"+1 555\"}")));
	}

	@Test
	void argumentsAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.users().updateCurrentUser(null))
			.withMessageContaining("params");
	}

}
