package dev.labelstudio4j.client.annotations;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BulkOperationException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
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
 * Wire tests for {@link AnnotationsClient#createBulk} and {@link AnnotationsClient#deleteBulk}.
 */
class AnnotationsBulkTests extends WireMockTestBase {

	private final LabelStudioClient client = client();

	@Test
	void createBulkSendsTheAnnotationAndTheTasksAndReadsTheIds() {
		stubFor(post(urlEqualTo("/api/annotations/bulk/"))
			.willReturn(okJson("[{\"id\": 31}, {\"id\": 32}, {\"id\": 33}]").withStatus(201)));
		List<Long> ids = this.client.annotations()
			.createBulk(AnnotationBulkCreate.builder()
				.tasks(List.of(4L, 5L, 6L))
				.project(2)
				.result(List.of(Map.of("from_name", "sentiment", "to_name", "text", "type", "choices", "value",
						Map.of("choices", List.of("Positive")))))
				.completedBy(1)
				.leadTime(2.5)
				.build());
		assertThat(ids).containsExactly(31L, 32L, 33L);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/annotations/bulk/")).withRequestBody(equalToJson(
				"{\"tasks\": [4, 5, 6], \"project\": 2, \"completed_by\": 1, \"lead_time\": 2.5, \"result\":"
						+ " [{\"from_name\": \"sentiment\", \"to_name\": \"text\", \"type\": \"choices\","
						+ " \"value\": {\"choices\": [\"Positive\"]}}]}")));
	}

	@Test
	void aFailedCreateBulkIsSentOnceAndSaysTheOutcomeIsUnknown() {
		stubFor(post(urlEqualTo("/api/annotations/bulk/")).willReturn(aResponse().withStatus(500)));
		assertThatExceptionOfType(BulkOperationException.class)
			.isThrownBy(() -> this.client.annotations()
				.createBulk(AnnotationBulkCreate.builder().tasks(List.of(4L, 5L)).result(List.of()).build()))
			.satisfies((ex) -> {
				assertThat(ex.getOperation()).isEqualTo("annotations.create_bulk");
				assertThat(ex.getOutcome()).isEqualTo(BulkOperationException.Outcome.UNKNOWN);
				assertThat(ex.getItemCount()).isEqualTo(2);
				assertThat(ex.getCause()).isInstanceOf(ServerErrorException.class);
			});
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/annotations/bulk/")));
	}

	@Test
	void deleteBulkSendsIdsAndProjectAndReadsTheCount() {
		stubFor(post(urlEqualTo("/api/annotations/bulk-delete/")).willReturn(okJson("{\"deleted\": 2}")));
		BulkDeleteResult result = this.client.annotations().deleteBulk(2, List.of(31L, 32L, 99L));
		assertThat(result).isEqualTo(new BulkDeleteResult(3, 2));
		assertThat(result.allDeleted()).isFalse();
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/annotations/bulk-delete/"))
			.withRequestBody(equalToJson("{\"ids\": [31, 32, 99], \"project\": 2}")));
	}

	@Test
	void deleteBulkRefusedByTheServerSaysNothingWasDeleted() {
		stubFor(post(urlEqualTo("/api/annotations/bulk-delete/")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"You do not have permission to perform this action.\"}")));
		assertThatExceptionOfType(BulkOperationException.class)
			.isThrownBy(() -> this.client.annotations().deleteBulk(2, List.of(31L)))
			.satisfies((ex) -> {
				assertThat(ex.getOutcome()).isEqualTo(BulkOperationException.Outcome.NOTHING_DONE);
				assertThat(ex.getMessage()).contains("none of the 1 annotations was written");
			});
		WireMock.verify(exactly(1), postRequestedFor(urlEqualTo("/api/annotations/bulk-delete/")));
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> AnnotationBulkCreate.builder().build())
			.withMessageContaining("tasks");
		assertThatIllegalArgumentException().isThrownBy(() -> AnnotationBulkCreate.builder().tasks(List.of(0L)))
			.withMessageContaining("tasks");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.annotations().deleteBulk(2, List.of()))
			.withMessageContaining("ids");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.annotations().deleteBulk(0, List.of(1L)))
			.withMessageContaining("projectId");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.annotations().createBulk(null))
			.withMessageContaining("params");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

}
