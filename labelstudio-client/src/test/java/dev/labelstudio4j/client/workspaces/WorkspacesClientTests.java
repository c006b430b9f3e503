package dev.labelstudio4j.client.workspaces;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link WorkspacesClient} and {@link WorkspaceMembersClient}: SDK 1.0.4's paths, without a
 * trailing slash, one request per call.
 */
class WorkspacesClientTests extends WireMockTestBase {

	private static final String WORKSPACE_4 = """
			{"id": 4, "title": "Radiology", "description": "CT scans", "is_public": false, "is_personal": false,
			 "is_archived": false, "created_at": "2026-01-02T03:04:05Z", "updated_at": "2026-01-03T03:04:05Z",
			 "created_by": 1, "color": "#FF0000", "projects_count": 3}""";

	private final LabelStudioClient client = client();

	@Test
	void listSendsGetWithoutTrailingSlashAndReadsEveryField() {
		stubFor(get(urlEqualTo("/api/workspaces")).willReturn(okJson("[" + WORKSPACE_4 + ", {\"id\": 5}]")));
		List<Workspace> workspaces = this.client.workspaces().list();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/workspaces")).withHeader("Authorization",
				equalTo("Token " + API_KEY)));
		assertThat(workspaces).extracting(Workspace::id).containsExactly(4L, 5L);
		Workspace radiology = workspaces.get(0);
		assertThat(radiology.title()).isEqualTo("Radiology");
		assertThat(radiology.description()).isEqualTo("CT scans");
		assertThat(radiology.isPublic()).isFalse();
		assertThat(radiology.isPersonal()).isFalse();
		assertThat(radiology.isArchived()).isFalse();
		assertThat(radiology.createdAt()).isEqualTo(OffsetDateTime.parse("2026-01-02T03:04:05Z"));
		assertThat(radiology.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-01-03T03:04:05Z"));
		assertThat(radiology.createdBy()).isEqualTo(1L);
		assertThat(radiology.color()).isEqualTo("#FF0000");
		assertThat(workspaces.get(1).title()).isNull();
	}

	@Test
	void createSendsPostWithSnakeCaseBody() {
		stubFor(post(urlEqualTo("/api/workspaces")).willReturn(okJson(WORKSPACE_4).withStatus(201)));
		Workspace created = this.client.workspaces()
			.create(WorkspaceCreate.builder()
				.title("Radiology")
				.description("CT scans")
				.isPersonal(false)
				.isArchived(false)
				.color("#FF0000")
				.build());
		assertThat(created.id()).isEqualTo(4);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/workspaces")).withRequestBody(equalToJson(
				"{\"title\": \"Radiology\", \"description\": \"CT scans\", \"is_personal\": false,"
						+ " \"is_archived\": false, \"color\": \"#FF0000\"}")));
	}

	@Test
	void getUpdateAndDeleteUseTheIdWithoutTrailingSlash() {
		stubFor(get(urlEqualTo("/api/workspaces/4")).willReturn(okJson(WORKSPACE_4)));
		stubFor(patch(urlEqualTo("/api/workspaces/4")).willReturn(okJson(WORKSPACE_4)));
		stubFor(delete(urlEqualTo("/api/workspaces/4")).willReturn(aResponse().withStatus(204)));
		assertThat(this.client.workspaces().get(4).title()).isEqualTo("Radiology");
		this.client.workspaces().update(4, WorkspaceUpdate.builder().title("Radiology 2").isArchived(true).build());
		this.client.workspaces().delete(4);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/workspaces/4")));
		verify(exactly(1), patchRequestedFor(urlEqualTo("/api/workspaces/4"))
			.withRequestBody(equalToJson("{\"title\": \"Radiology 2\", \"is_archived\": true}")));
		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/workspaces/4")));
	}

	@Test
	void aMissingWorkspaceIsNotFoundAfterOneRequest() {
		stubFor(get(urlEqualTo("/api/workspaces/9")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Not found.\"}")));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.workspaces().get(9))
			.satisfies((ex) -> assertThat(ex.getOperation()).isEqualTo("workspaces.get"));
		verify(exactly(1), anyRequestedFor(anyUrl()));
	}

	@Test
	void membersAreListedAddedAndRemoved() {
		stubFor(get(urlEqualTo("/api/workspaces/4/memberships")).willReturn(okJson(
				"[{\"user\": {\"id\": 7, \"email\": \"a@example.org\"}, \"workspace\": 4}, {\"user\": 8}]")));
		stubFor(post(urlEqualTo("/api/workspaces/4/memberships"))
			.willReturn(okJson("{\"user\": 9, \"workspace\": 4}")));
		stubFor(delete(urlEqualTo("/api/workspaces/4/memberships")).willReturn(aResponse().withStatus(204)));
		List<WorkspaceMember> members = this.client.workspaces().members().list(4);
		assertThat(members).extracting(WorkspaceMember::userId).containsExactly(7L, 8L);
		assertThat(members.get(0).workspace()).isEqualTo(4L);
		WorkspaceMember added = this.client.workspaces().members().create(4, 9);
		assertThat(added.userId()).isEqualTo(9L);
		this.client.workspaces().members().delete(4, 9);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/workspaces/4/memberships")));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/workspaces/4/memberships"))
			.withRequestBody(equalToJson("{\"user\": 9}")));
		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/workspaces/4/memberships"))
			.withRequestBody(equalToJson("{\"user\": 9}")));
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.workspaces().get(0))
			.withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.workspaces().create(null))
			.withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkspaceCreate.builder().build())
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkspaceCreate.builder().title(" "))
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkspaceUpdate.builder().color("#0123456789abcdef0"))
			.withMessageContaining("color");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.workspaces().members().create(4, -1))
			.withMessageContaining("userId");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.workspaces().members().delete(0, 1))
			.withMessageContaining("workspaceId");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

}
