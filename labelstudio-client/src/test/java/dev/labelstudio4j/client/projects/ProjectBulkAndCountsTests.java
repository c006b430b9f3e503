package dev.labelstudio4j.client.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.BulkOperationException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;
import dev.labelstudio4j.client.users.User;

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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link ProjectsClient#importPredictions(long, Iterable)}, {@link ProjectsClient#listCounts}
 * and {@link ProjectsClient#listUniqueAnnotators(long)}.
 */
class ProjectBulkAndCountsTests extends WireMockTestBase {

	private static final String PATH = "/api/projects/3/import/predictions";

	private final LabelStudioClient client = client();

	private static PredictionCreate prediction(long task, String label) {
		return PredictionCreate.builder()
			.task(task)
			.result(List.of(Map.of("from_name", "sentiment", "to_name", "text", "type", "choices", "value",
					Map.of("choices", List.of(label)))))
			.score(0.5)
			.modelVersion("v1")
			.build();
	}

	private static String json(long task, String label) {
		return "{\"task\": " + task + ", \"result\": [{\"from_name\": \"sentiment\", \"to_name\": \"text\","
				+ " \"type\": \"choices\", \"value\": {\"choices\": [\"" + label + "\"]}}], \"score\": 0.5,"
				+ " \"model_version\": \"v1\"}";
	}

	@Test
	void importPredictionsSendsOneJsonArrayWithoutTrailingSlash() {
		stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"created\": 2}").withStatus(201)));
		PredictionImportResult result = this.client.projects()
			.importPredictions(3, List.of(prediction(10, "Positive"), prediction(11, "Negative")));
		assertThat(result).isEqualTo(new PredictionImportResult(2, 2));
		assertThat(result.allCreated()).isTrue();
		verify(exactly(1), postRequestedFor(urlEqualTo(PATH)).withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("[" + json(10, "Positive") + ", " + json(11, "Negative") + "]")));
	}

	@Test
	void importPredictionsFromAStreamIsWrittenLazilyAndCounted() {
		stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"created\": 999}").withStatus(201)));
		List<Long> generated = new ArrayList<>();
		Stream<PredictionCreate> predictions = Stream.iterate(1L, (i) -> i + 1).limit(1000).map((i) -> {
			generated.add(i);
			return prediction(i, "Positive");
		});
		PredictionImportResult result = this.client.projects().importPredictions(3, predictions);
		assertThat(generated).hasSize(1000);
		assertThat(result.sent()).isEqualTo(1000);
		assertThat(result.created()).isEqualTo(999);
		assertThat(result.allCreated()).isFalse();
		String body = wm.getAllServeEvents().get(0).getRequest().getBodyAsString();
		assertThat(body).startsWith("[{").endsWith("\"task\":1000}]").contains("\"task\":1}", "\"task\":999}");
	}

	@Test
	void aRefusedImportSaysNothingWasCreated() {
		stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("[\"Prediction 0: task 77 is not in project 3\"]")));
		assertThatExceptionOfType(BulkOperationException.class)
			.isThrownBy(() -> this.client.projects().importPredictions(3, List.of(prediction(77, "Positive"))))
			.satisfies((ex) -> {
				assertThat(ex.getOutcome()).isEqualTo(BulkOperationException.Outcome.NOTHING_DONE);
				assertThat(ex.getItemCount()).isEqualTo(1);
				assertThat(ex.getOperation()).isEqualTo("projects.import_predictions");
				assertThat(ex.getCause()).isInstanceOf(BadRequestException.class);
				assertThat(ex.getMessage()).contains("none of the 1 predictions was written");
			});
		verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void aStreamIsNeverSentTwiceAndABrokenConnectionLeavesTheOutcomeUnknown() {
		stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(BulkOperationException.class)
			.isThrownBy(() -> this.client.projects()
				.importPredictions(3, Stream.of(prediction(1, "Positive"), prediction(2, "Negative"))))
			.satisfies((ex) -> {
				assertThat(ex.getOutcome()).isEqualTo(BulkOperationException.Outcome.UNKNOWN);
				assertThat(ex.getItemCount()).isEqualTo(2);
				assertThat(ex.getMessage()).contains("whether the 2 predictions were written is unknown");
			});
		verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void aServerErrorOnAListIsNotRetriedEither() {
		stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
		assertThatExceptionOfType(BulkOperationException.class)
			.isThrownBy(() -> this.client.projects().importPredictions(3, List.of(prediction(1, "Positive"))))
			.satisfies((ex) -> assertThat(ex.getOutcome()).isEqualTo(BulkOperationException.Outcome.UNKNOWN));
		verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void importPredictionsChecksAListBeforeSending() {
		List<PredictionCreate> withNull = new ArrayList<>(List.of(prediction(1, "P")));
		withNull.add(null);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.projects().importPredictions(3, withNull))
			.withMessageContaining("predictions must not contain null elements (index 1)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.projects().importPredictions(0, List.of(prediction(1, "P"))))
			.withMessageContaining("projectId");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.projects().importPredictions(3, (Stream<PredictionCreate>) null))
			.withMessageContaining("predictions");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void listCountsPagesThroughTheCountersAndReadsNumbersSentAsStrings() {
		stubFor(get(urlPathEqualTo("/api/projects/counts/")).withQueryParam("page", equalTo("1"))
			.willReturn(okJson("""
					{"count": 2, "next": "http://x/api/projects/counts/?page=2", "previous": null, "results": [
					 {"id": 1, "task_number": 10, "finished_task_number": 4, "total_predictions_number": 0,
					  "total_annotations_number": "5", "num_tasks_with_annotations": 4, "useful_annotation_number": 5,
					  "ground_truth_number": 0, "skipped_annotations_number": "1", "queue_total": "3"}]}""")));
		stubFor(get(urlPathEqualTo("/api/projects/counts/")).withQueryParam("page", equalTo("2"))
			.willReturn(okJson("{\"count\": 2, \"next\": null, \"results\": [{\"id\": 2, \"task_number\": 0}]}")));
		Page<ProjectCounts> first = this.client.projects()
			.listCounts(ProjectListParams.builder().ids(1, 2).pageSize(1).build());
		ProjectCounts counts = first.items().get(0);
		assertThat(counts.taskNumber()).isEqualTo(10);
		assertThat(counts.totalAnnotationsNumber()).isEqualTo(5);
		assertThat(counts.skippedAnnotationsNumber()).isEqualTo(1);
		assertThat(counts.finishedTaskNumber()).isEqualTo(4);
		List<Long> ids = first.autoPaging().stream().map(ProjectCounts::id).toList();
		assertThat(ids).containsExactly(1L, 2L);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/projects/counts/?ids=1%2C2&page=1&page_size=1")));
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/projects/counts/?ids=1%2C2&page=2&page_size=1")));
	}

	@Test
	void listUniqueAnnotatorsReadsUsers() {
		stubFor(get(urlEqualTo("/api/projects/3/annotators/")).willReturn(okJson(
				"[{\"id\": 1, \"email\": \"a@example.org\", \"first_name\": \"Ann\", \"last_name\": \"Lee\","
						+ " \"avatar\": null}, {\"id\": 2, \"avatar\": \"/a.png\"}]")));
		List<User> annotators = this.client.projects().listUniqueAnnotators(3);
		assertThat(annotators).extracting(User::id).containsExactly(1L, 2L);
		assertThat(annotators.get(0).email()).isEqualTo("a@example.org");
		assertThat(annotators.get(1).avatar()).isEqualTo("/a.png");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.projects().listUniqueAnnotators(-3))
			.withMessageContaining("id");
	}

}
