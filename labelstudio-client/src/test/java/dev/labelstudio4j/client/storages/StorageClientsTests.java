package dev.labelstudio4j.client.storages;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every operation of every storage type and direction on the wire: method, exact path (trailing slashes
 * as in SDK 1.0.4), query, headers and JSON body; the answers read into {@link Storage}.
 */
class StorageClientsTests extends WireMockTestBase {

	static List<StorageCases.Case> cases() {
		return StorageCases.all();
	}

	static String storageJson(StorageCases.Case c, long id, String status) {
		return """
				{"id": %d, "type": "%s", "project": 7, "title": "t", "description": null,
				 "created_at": "2026-01-10T12:00:00.123456Z", "status": "%s", "last_sync": "2026-01-10T12:00:03Z",
				 "last_sync_count": 120, "last_sync_job": null, "traceback": null, "synchronizable": true,
				 "meta": {"attempts": 1, "duration": 2.9, "tasks_existed": 0}, "bucket": "b", "aws_session_token": "returned-token",
				 "future_field": {"x": 1}}
				""".formatted(id, c.type().pathSegment(), status);
	}

	private static String withProject(String settingsJson) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("project", 7);
		body.putAll(LabelStudioJson.get().read(settingsJson, Map.class));
		return LabelStudioJson.get().writeString(body);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void listSendsTheProject(StorageCases.Case c) {
		stubFor(get(urlEqualTo(c.collection() + "?project=7")).willReturn(okJson("[" + storageJson(c, 4, "completed") + "]")));

		List<Storage> storages = c.of(client()).list(7);

		assertThat(storages).singleElement().satisfies((storage) -> {
			assertThat(storage.id()).isEqualTo(4);
			assertThat(storage.type()).isEqualTo(c.type().pathSegment());
			assertThat(storage.status()).isEqualTo(StorageStatus.COMPLETED);
			assertThat(storage.lastSyncCount()).isEqualTo(120);
			assertThat(storage.lastSync()).isEqualTo(OffsetDateTime.parse("2026-01-10T12:00:03Z"));
			assertThat(storage.meta()).containsEntry("tasks_existed", 0);
		});
		verify(exactly(1), getRequestedFor(urlEqualTo(c.collection() + "?project=7"))
			.withHeader("Authorization", equalTo("Token " + API_KEY))
			.withHeader("Accept", equalTo("application/json")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void createPostsTheProjectAndTheSettings(StorageCases.Case c) {
		stubFor(post(urlEqualTo(c.collection())).willReturn(okJson(storageJson(c, 4, "initialized")).withStatus(201)));

		Storage storage = c.of(client()).create(7, c.settings());

		assertThat(storage.id()).isEqualTo(4);
		assertThat(storage.status()).isEqualTo(StorageStatus.INITIALIZED);
		verify(exactly(1), postRequestedFor(urlEqualTo(c.collection()))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson(withProject(c.json()))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void validatePostsTheSettingsAndReadsTheEmptyAnswer(StorageCases.Case c) {
		stubFor(post(urlEqualTo(c.validate())).willReturn(aResponse().withStatus(200)));

		c.of(client()).validate(7, c.settings());

		verify(exactly(1), postRequestedFor(urlEqualTo(c.validate()))
			.withRequestBody(equalToJson(withProject(c.json()))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void getReadsTheStorage(StorageCases.Case c) {
		stubFor(get(urlEqualTo(c.item().formatted(4))).willReturn(okJson(storageJson(c, 4, "in_progress"))));

		Storage storage = c.of(client()).get(4);

		assertThat(storage.status()).isEqualTo(StorageStatus.IN_PROGRESS);
		assertThat(storage.bucket()).isEqualTo("b");
		assertThat(storage.additionalProperties()).containsOnlyKeys("future_field");
		assertThat(storage.rawField("aws_session_token")).isEqualTo("returned-token");
		verify(exactly(1), getRequestedFor(urlEqualTo(c.item().formatted(4))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void deleteSendsDelete(StorageCases.Case c) {
		stubFor(delete(urlEqualTo(c.item().formatted(4))).willReturn(aResponse().withStatus(204)));

		c.of(client()).delete(4);

		verify(exactly(1), deleteRequestedFor(urlEqualTo(c.item().formatted(4))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void updatePatchesOnlyTheSettings(StorageCases.Case c) {
		stubFor(patch(urlEqualTo(c.item().formatted(4))).willReturn(okJson(storageJson(c, 4, "completed"))));

		Storage storage = c.of(client()).update(4, c.settings());

		assertThat(storage.id()).isEqualTo(4);
		verify(exactly(1), patchRequestedFor(urlEqualTo(c.item().formatted(4)))
			.withRequestBody(equalToJson(c.json())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void syncPostsWithoutABody(StorageCases.Case c) {
		StorageClient<StorageSettings> storages = c.of(client());
		if (c.sync() == null) {
			assertThat(storages).isNotInstanceOf(SyncableStorageClient.class);
			return;
		}
		stubFor(post(urlEqualTo(c.sync().formatted(4))).willReturn(okJson(storageJson(c, 4, "queued"))));

		Storage storage = ((SyncableStorageClient<StorageSettings>) storages).sync(4);

		assertThat(storage.status()).isEqualTo(StorageStatus.QUEUED);
		verify(exactly(1), postRequestedFor(urlEqualTo(c.sync().formatted(4))).withRequestBody(absent()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void createValidatedValidatesThenCreates(StorageCases.Case c) {
		stubFor(post(urlEqualTo(c.validate())).willReturn(aResponse().withStatus(200)));
		stubFor(post(urlEqualTo(c.collection())).willReturn(okJson(storageJson(c, 5, "initialized")).withStatus(201)));

		Storage storage = c.of(client()).createValidated(7, c.settings());

		assertThat(storage.id()).isEqualTo(5);
		verify(exactly(1), postRequestedFor(urlEqualTo(c.validate())).withRequestBody(equalToJson(withProject(c.json()))));
		verify(exactly(1), postRequestedFor(urlEqualTo(c.collection())).withRequestBody(equalToJson(withProject(c.json()))));
		List<String> urls = new java.util.ArrayList<>(
				wm.getAllServeEvents().stream().map((e) -> e.getRequest().getUrl()).toList());
		java.util.Collections.reverse(urls);
		assertThat(urls).containsExactly(c.validate(), c.collection());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void createValidatedCreatesNothingWhenValidationFails(StorageCases.Case c) {
		stubFor(post(urlEqualTo(c.validate())).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"e1\",\"status_code\":400,\"detail\":\"Validation error\","
					+ "\"validation_errors\":{\"non_field_errors\":[\"Cannot find bucket b in S3\"]}}")));

		assertThatThrownBy(() -> c.of(client()).createValidated(7, c.settings()))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.getOperation()).isEqualTo(c.operationPrefix() + ".validate");
				assertThat(ex.getValidationErrors()).containsEntry("non_field_errors", List.of("Cannot find bucket b in S3"));
			});
		verify(exactly(0), postRequestedFor(urlEqualTo(c.collection())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void operationsAreNamedAfterTheSdk(StorageCases.Case c) {
		stubFor(get(urlEqualTo(c.item().formatted(9))).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not found.\"}")));

		assertThatThrownBy(() -> c.of(client()).get(9)).isInstanceOfSatisfying(NotFoundException.class,
				(ex) -> assertThat(ex.getOperation()).isEqualTo(c.operationPrefix() + ".get"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void badArgumentsFailBeforeAnyRequest(StorageCases.Case c) {
		StorageClient<StorageSettings> storages = c.of(client());
		assertThat(storages.type()).isEqualTo(c.type());
		assertThatIllegalArgumentException().isThrownBy(() -> storages.list(0)).withMessageContaining("project");
		assertThatIllegalArgumentException().isThrownBy(() -> storages.create(-1, c.settings()))
			.withMessageContaining("project");
		assertThatIllegalArgumentException().isThrownBy(() -> storages.create(7, null)).withMessageContaining("settings");
		assertThatIllegalArgumentException().isThrownBy(() -> storages.validate(7, null)).withMessageContaining("settings");
		assertThatIllegalArgumentException().isThrownBy(() -> storages.get(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> storages.delete(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> storages.update(0, c.settings())).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> storages.get(1, null)).withMessageContaining("options");
		if (storages instanceof SyncableStorageClient<StorageSettings> syncable) {
			assertThatIllegalArgumentException().isThrownBy(() -> syncable.sync(0)).withMessageContaining("id");
			assertThatIllegalArgumentException().isThrownBy(() -> syncable.syncAndWait(0)).withMessageContaining("id");
			assertThatIllegalArgumentException().isThrownBy(() -> syncable.syncAndWait(1, null))
				.withMessageContaining("syncOptions");
		}
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void listTypesOfBothDirections() {
		stubFor(get(urlEqualTo("/api/storages/types")).willReturn(okJson(
				"[{\"name\":\"s3\",\"title\":\"AWS S3\"},{\"name\":\"localfiles\",\"title\":\"Local files\",\"extra\":1}]")));
		stubFor(get(urlEqualTo("/api/storages/export/types")).willReturn(okJson("[{\"name\":\"gcs\",\"title\":\"GCS\"}]")));
		LabelStudioClient client = client();

		assertThat(client.importStorage().listTypes()).extracting(StorageTypeInfo::name).containsExactly("s3", "localfiles");
		assertThat(client.importStorage().listTypes().get(1).additionalProperties()).containsOnlyKeys("extra");
		assertThat(client.exportStorage().listTypes(RequestOptions.builder().header("X-Trace", "1").build()))
			.containsExactly(StorageTypeInfo.of("gcs", "GCS"));
		verify(exactly(2), getRequestedFor(urlEqualTo("/api/storages/types")));
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/storages/export/types")).withHeader("X-Trace", equalTo("1")));
	}

	@Test
	void storageIsReadLeniently() {
		Storage storage = LabelStudioJson.get().read("""
				{"id": "12", "project": 7.0, "status": "paused_by_admin", "last_sync": "2026-01-10T12:00:03.5",
				 "last_sync_count": "many", "synchronizable": "yes", "port": 6379, "meta": [1, 2],
				 "aws_session_token": "token-from-the-server", "password": "never-returned-but-who-knows"}
				""", Storage.class);

		assertThat(storage.id()).isEqualTo(12);
		assertThat(storage.project()).isEqualTo(7);
		assertThat(storage.status()).isEqualTo(StorageStatus.of("paused_by_admin"));
		assertThat(storage.status().isTerminal()).isFalse();
		assertThat(storage.lastSync()).isEqualTo(OffsetDateTime.parse("2026-01-10T12:00:03.5Z"));
		assertThat(storage.lastSyncCount()).isNull();
		assertThat(storage.synchronizable()).isNull();
		assertThat(storage.port()).isEqualTo("6379");
		assertThat(storage.meta()).isEmpty();
		assertThat(storage.rawField("aws_session_token")).isEqualTo("token-from-the-server");
		assertThat(storage.toString()).doesNotContain("token-from-the-server", "never-returned-but-who-knows")
			.contains("aws_session_token=******", "password=******", "id='12'");
		assertThat(LabelStudioJson.get().writeString(storage)).contains("\"id\":\"12\"");
	}

	@Test
	void statusIsAnOpenType() {
		assertThat(StorageStatus.of("COMPLETED")).isSameAs(StorageStatus.COMPLETED);
		assertThat(StorageStatus.of("completed_with_errors").isCompleted()).isTrue();
		assertThat(StorageStatus.FAILED.isTerminal()).isTrue();
		assertThat(StorageStatus.QUEUED.isTerminal()).isFalse();
		assertThat(StorageStatus.of("new_state")).hasToString("new_state").isEqualTo(StorageStatus.of("new_state"));
		assertThatIllegalArgumentException().isThrownBy(() -> StorageStatus.of(" "));
	}

	@Test
	void settingsCheckTheirValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> S3ImportSettings.builder().presignTtl(-1))
			.withMessageContaining("presignTtl");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisImportSettings.builder().port(70000))
			.withMessageContaining("port");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisExportSettings.builder().db(40000))
			.withMessageContaining("db");
		assertThatIllegalArgumentException().isThrownBy(() -> GcsImportSettings.builder().title("x".repeat(257)))
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> S3ImportSettings.builder().field("project", 3))
			.withMessageContaining("project");
		S3ImportSettings settings = S3ImportSettings.builder().bucket("b").field("legacy_auth", true).bucket(null)
			.build();
		assertThat(settings.fieldNames()).containsExactly("legacy_auth");
		assertThat(settings.bucket()).isNull();
		assertThat(settings.toBuilder().bucket("c").build().bucket()).isEqualTo("c");
		assertThat(settings.secretFieldNames()).contains("aws_secret_access_key", "aws_session_token");
	}

}
