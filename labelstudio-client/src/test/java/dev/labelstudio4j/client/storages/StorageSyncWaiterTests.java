package dev.labelstudio4j.client.storages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SyncableStorageClient#syncAndWait}: one sync call, polls until a terminal status, typed failure
 * and timeout, the listener, the sync call's read timeout.
 */
class StorageSyncWaiterTests extends WireMockTestBase {

	private static final String SYNC = "/api/storages/s3/4/sync";

	private static final String GET = "/api/storages/s3/4";

	private static final SyncOptions FAST = SyncOptions.builder()
		.pollInterval(Duration.ofMillis(1))
		.maxPollInterval(Duration.ofMillis(4))
		.timeout(Duration.ofSeconds(20))
		.build();

	private static String storage(String status, String traceback, String extra) {
		return "{\"id\": 4, \"type\": \"s3\", \"project\": 7, \"status\": \"" + status + "\", \"traceback\": " + traceback
				+ ", \"last_sync_count\": " + (status.startsWith("completed") ? "3" : "null")
				+ ", \"meta\": {\"attempts\": 1}" + extra + "}";
	}

	private static String storage(String status) {
		return storage(status, "null", "");
	}

	private void pollAnswers(String... statuses) {
		String state = Scenario.STARTED;
		for (int i = 0; i < statuses.length; i++) {
			String next = (i == statuses.length - 1) ? state : "poll" + (i + 1);
			stubFor(get(urlEqualTo(GET)).inScenario("sync").whenScenarioStateIs(state)
				.willReturn(okJson(statuses[i])).willSetStateTo(next));
			state = next;
		}
	}

	@Test
	void waitsThroughQueuedAndInProgressUntilCompleted() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("queued"))));
		pollAnswers(storage("queued"), storage("in_progress"), storage("completed"));
		List<String> seen = new ArrayList<>();

		Storage done = client().importStorage().s3().syncAndWait(4,
				SyncOptions.builder().pollInterval(Duration.ofMillis(1)).maxPollInterval(Duration.ofMillis(2))
					.listener((storage) -> seen.add(String.valueOf(storage.status())))
					.build());

		assertThat(done.status()).isEqualTo(StorageStatus.COMPLETED);
		assertThat(done.lastSyncCount()).isEqualTo(3);
		assertThat(seen).containsExactly("queued", "queued", "in_progress", "completed");
		verify(exactly(1), postRequestedFor(urlEqualTo(SYNC)));
		verify(exactly(3), getRequestedFor(urlEqualTo(GET)));
	}

	@Test
	void aSyncThatRanWithinTheCallNeedsNoPoll() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("completed"))));

		Storage done = client().importStorage().s3().syncAndWait(4);

		assertThat(done.status()).isEqualTo(StorageStatus.COMPLETED);
		verify(exactly(0), getRequestedFor(urlEqualTo(GET)));
	}

	@Test
	void completedWithErrorsEndsTheWait() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("in_progress"))));
		pollAnswers(storage("completed_with_errors", "\"task 3: missing data\"", ""));

		Storage done = client().importStorage().s3().syncAndWait(4, FAST);

		assertThat(done.status()).isEqualTo(StorageStatus.COMPLETED_WITH_ERRORS);
		assertThat(done.traceback()).isEqualTo("task 3: missing data");
	}

	@Test
	void anUnknownStatusIsWaitedThrough() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("scheduled_by_a_newer_server"))));
		pollAnswers(storage("scheduled_by_a_newer_server"), storage("completed"));

		assertThat(client().importStorage().s3().syncAndWait(4, FAST).status()).isEqualTo(StorageStatus.COMPLETED);
		verify(exactly(2), getRequestedFor(urlEqualTo(GET)));
	}

	@Test
	void aFailedSyncThrowsWithTheServersError() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("queued"))));
		String traceback = "\"Traceback (most recent call last):\\n  File sync.py, line 3\\n"
				+ "botocore.exceptions.ClientError: The security token returned-session-token is invalid\\n\"";
		pollAnswers(storage("in_progress"), storage("failed", traceback, ", \"aws_session_token\": \"returned-session-token\""));

		assertThatThrownBy(() -> client().importStorage().s3().syncAndWait(4, FAST))
			.isInstanceOfSatisfying(StorageSyncFailedException.class, (ex) -> {
				assertThat(ex.getOperation()).isEqualTo("import_storage.s3.sync");
				assertThat(ex.getStorageId()).isEqualTo(4);
				assertThat(ex.getStorageType()).isEqualTo(StorageType.S3);
				assertThat(ex.getStorage().status()).isEqualTo(StorageStatus.FAILED);
				assertThat(ex.getError()).startsWith("Traceback (most recent call last):")
					.contains("The security token ****** is invalid")
					.doesNotContain("returned-session-token");
				assertThat(ex.getMessage()).isEqualTo("import_storage.s3.sync failed: sync of s3 storage 4 ended with"
						+ " status failed: botocore.exceptions.ClientError: The security token ****** is invalid");
			});
	}

	@Test
	void aFailedSyncWithoutErrorSaysSo() {
		stubFor(post(urlEqualTo("/api/storages/export/gcs/2/sync")).willReturn(okJson(
				"{\"id\": 2, \"status\": \"failed\", \"traceback\": null}")));

		assertThatThrownBy(() -> client().exportStorage().gcs().syncAndWait(2, FAST))
			.isInstanceOf(StorageSyncFailedException.class)
			.hasMessageEndingWith("ended with status failed (the server gave no error)")
			.satisfies((ex) -> assertThat(((StorageSyncFailedException) ex).getError()).isNull());
	}

	@Test
	void aSyncThatDoesNotEndInTimeTimesOutWithTheLastReport() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("in_progress"))));
		stubFor(get(urlEqualTo(GET)).willReturn(okJson(storage("in_progress"))));

		assertThatThrownBy(() -> client().importStorage().s3().syncAndWait(4, SyncOptions.builder()
			.pollInterval(Duration.ofMillis(5))
			.timeout(Duration.ofMillis(60))
			.syncCallReadTimeout(Duration.ofSeconds(10)) // a slow first call still answers: its report is the last
			.build())).isInstanceOfSatisfying(StorageSyncTimeoutException.class, (ex) -> {
				assertThat(ex.getTimeout()).isEqualTo(Duration.ofMillis(60));
				assertThat(ex.getLastStorage()).isNotNull();
				assertThat(ex.getLastStorage().status()).isEqualTo(StorageStatus.IN_PROGRESS);
				assertThat(ex.getMessage()).isEqualTo("import_storage.s3.sync timed out: sync of s3 storage 4 did not"
						+ " end within PT0.06S (last status: in_progress)");
			});
		verify(exactly(1), postRequestedFor(urlEqualTo(SYNC)));
	}

	@Test
	void theSyncCallWaitsLongerThanTheClientsReadTimeout() {
		// a server without a job queue syncs within the call: 1.5 s here, the client's read timeout is 0.5 s
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("completed")).withFixedDelay(1500)));

		Storage done = clientBuilder().readTimeout(Duration.ofMillis(500)).build().importStorage().s3()
			.syncAndWait(4, FAST);

		assertThat(done.status()).isEqualTo(StorageStatus.COMPLETED);
	}

	@Test
	void aSyncCallPastItsReadTimeoutIsATimeoutAndIsNotSentAgain() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("completed")).withFixedDelay(2000)));

		assertThatThrownBy(() -> client().importStorage().s3().syncAndWait(4, SyncOptions.builder()
			.timeout(Duration.ofMinutes(5))
			.syncCallReadTimeout(Duration.ofMillis(300))
			.build())).isInstanceOfSatisfying(StorageSyncTimeoutException.class, (ex) -> {
				assertThat(ex.getLastStorage()).isNull();
				assertThat(ex.getCause()).isInstanceOf(LabelStudioIoException.class);
			});
		verify(exactly(1), postRequestedFor(urlEqualTo(SYNC)));
	}

	@Test
	void aRefusedSyncIsTheServersError() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\": \"Storage 4 is not synchronizable\"}")));

		assertThatThrownBy(() -> client().importStorage().s3().syncAndWait(4, FAST))
			.isInstanceOf(BadRequestException.class);
	}

	@Test
	void anInterruptedWaitStopsAndKeepsTheInterrupt() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("queued"))));
		SyncableStorageClient<S3ImportSettings> s3 = client().importStorage().s3();
		SyncOptions interrupting = SyncOptions.builder().listener((storage) -> Thread.currentThread().interrupt())
			.build();
		try {
			assertThatThrownBy(() -> s3.syncAndWait(4, interrupting)).isExactlyInstanceOf(LabelStudioException.class)
				.hasMessage("import_storage.s3.sync interrupted while waiting for the sync of s3 storage 4")
				.hasCauseInstanceOf(InterruptedException.class);
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void aListenerFailureEndsTheWait() {
		stubFor(post(urlEqualTo(SYNC)).willReturn(okJson(storage("queued"))));

		assertThatThrownBy(() -> client().importStorage().s3().syncAndWait(4, SyncOptions.builder()
			.listener((storage) -> {
				throw new IllegalStateException("stop");
			})
			.build())).isInstanceOf(IllegalStateException.class).hasMessage("stop");
		verify(exactly(0), getRequestedFor(urlEqualTo(GET)));
	}

	@Test
	void optionsAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> SyncOptions.builder().pollInterval(Duration.ZERO))
			.withMessageContaining("pollInterval");
		assertThatIllegalArgumentException().isThrownBy(() -> SyncOptions.builder().timeout(null))
			.withMessageContaining("timeout");
		assertThatIllegalArgumentException().isThrownBy(() -> SyncOptions.builder().backoffMultiplier(0.5))
			.withMessageContaining("backoffMultiplier");
		assertThatIllegalArgumentException().isThrownBy(() -> SyncOptions.builder()
			.pollInterval(Duration.ofSeconds(10))
			.maxPollInterval(Duration.ofSeconds(1))
			.build()).withMessageContaining("maxPollInterval");
		SyncOptions defaults = SyncOptions.defaults();
		assertThat(defaults.syncCallReadTimeout()).isEqualTo(defaults.timeout()).isEqualTo(Duration.ofMinutes(30));
		assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(1));
	}

}
