package dev.labelstudio4j.client.actions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RequestOptions;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link ActionsClient}.
 */
class ActionsClientTests extends WireMockTestBase {

	private static final String ACTIONS = """
			[{"id": "retrieve_tasks_predictions", "title": "Retrieve Predictions", "order": 90,
			  "permission": "projects.change", "experimental": false, "dialog": {"title": "Retrieve Predictions",
			  "text": "Send the selected tasks to all ML backends connected to the project.", "type": "confirm",
			  "form": null}, "reload": false},
			 {"id": "delete_tasks", "title": "Delete Tasks", "order": 100,
			  "permission": ["tasks.delete", "projects.change"], "experimental": false, "hidden": false,
			  "disabled": false, "dialog": {"title": "Deletion", "text": "You are going to delete the selected tasks.",
			  "type": "confirm", "form": [{"type": "toggle", "name": "keep_files", "label": "Keep files"}]}},
			 {"id": "custom_export_to_s3", "title": "Push to S3", "order": 7, "permission": "tasks.view",
			  "experimental": true, "disabled": true, "disabled_reason": "No storage configured"}]""";

	private final LabelStudioClient client = client();

	@Test
	void listSendsGetWithoutQueryAndReadsActionsLeniently() {
		stubFor(get(urlEqualTo("/api/dm/actions/")).willReturn(okJson(ACTIONS)));
		List<Action> actions = this.client.actions().list();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/dm/actions/")).withHeader("Authorization",
				equalTo("Token " + API_KEY)));
		assertThat(actions).extracting(Action::id)
			.containsExactly("retrieve_tasks_predictions", "delete_tasks", "custom_export_to_s3");
		Action retrieve = actions.get(0);
		assertThat(retrieve.actionId()).isEqualTo(ActionId.RETRIEVE_TASKS_PREDICTIONS);
		assertThat(retrieve.title()).isEqualTo("Retrieve Predictions");
		assertThat(retrieve.order()).isEqualTo(90);
		assertThat(retrieve.permission()).containsExactly("projects.change");
		assertThat(retrieve.experimental()).isFalse();
		assertThat(retrieve.dialog().type()).isEqualTo("confirm");
		assertThat(retrieve.dialog().form()).isEmpty();
		Action delete = actions.get(1);
		assertThat(delete.permission()).containsExactly("tasks.delete", "projects.change");
		assertThat(delete.hidden()).isFalse();
		assertThat(delete.dialog().form()).singleElement().satisfies((field) -> assertThat(field)
			.containsEntry("name", "keep_files"));
		Action custom = actions.get(2);
		assertThat(custom.actionId()).isEqualTo(ActionId.of("custom_export_to_s3"));
		assertThat(custom.disabled()).isTrue();
		assertThat(custom.disabledReason()).isEqualTo("No storage configured");
		assertThat(custom.dialog()).isNull();
	}

	@Test
	void listForProjectSendsProjectQuery() {
		stubFor(get(urlPathEqualTo("/api/dm/actions/")).willReturn(okJson("[]")));
		assertThat(this.client.actions().list(12)).isEmpty();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/dm/actions/?project=12")));
	}

	@Test
	void createSendsActionIdAndProjectAsQueryAndCamelCaseSelectedItems() {
		stubFor(post(urlPathEqualTo("/api/dm/actions/")).willReturn(okJson("{\"processed_items\": 3}")));
		ActionCreate params = ActionCreate.builder()
			.filters(Filters.or(Filter.number("filter:tasks:id", FilterOperator.GREATER, 123)))
			.selectedItems(SelectedItems.allTasksExcept(124, 125, 126))
			.ordering("tasks:total_annotations")
			.build();
		Map<String, Object> result = this.client.actions().create(ActionId.RETRIEVE_TASKS_PREDICTIONS, 12, params);
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/dm/actions/?id=retrieve_tasks_predictions&project=12"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"filters": {"conjunction": "or",
					             "items": [{"filter": "filter:tasks:id", "operator": "greater",
					                        "type": "Number", "value": 123}]},
					 "selectedItems": {"all": true, "excluded": [124, 125, 126]},
					 "ordering": ["tasks:total_annotations"]}""")));
		assertThat(result).containsEntry("processed_items", 3);
	}

	@Test
	void createWithViewSendsViewQueryAndIncludedTasks() {
		stubFor(post(urlPathEqualTo("/api/dm/actions/")).willReturn(aResponse().withStatus(200)));
		Map<String, Object> result = this.client.actions()
			.create(ActionId.of("delete_tasks"), 12, ActionCreate.builder()
				.view(4)
				.selectedItems(SelectedItems.tasks(1, 2, 3))
				.filters(Filters.and(Filter.bool("filter:tasks:ground_truth", false),
						Filter.between("filter:tasks:predictions_score", 0.2, 0.8),
						Filter.datetime("filter:tasks:completed_at", FilterOperator.LESS,
								OffsetDateTime.parse("2025-01-01T01:00:00+01:00")),
						Filter.string("filter:tasks:data.text", FilterOperator.CONTAINS, "urgent"),
						new Filter("filter:tasks:annotators", FilterOperator.NOT_EXISTS, "List", null)))
				.build(), RequestOptions.none());
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/dm/actions/?id=delete_tasks&project=12&view=4"))
			.withRequestBody(equalToJson("""
					{"filters": {"conjunction": "and", "items": [
					   {"filter": "filter:tasks:ground_truth", "operator": "equal", "type": "Boolean", "value": false},
					   {"filter": "filter:tasks:predictions_score", "operator": "in", "type": "Number",
					    "value": {"min": 0.2, "max": 0.8}},
					   {"filter": "filter:tasks:completed_at", "operator": "less", "type": "Datetime",
					    "value": "2025-01-01T00:00:00.000000Z"},
					   {"filter": "filter:tasks:data.text", "operator": "contains", "type": "String", "value": "urgent"},
					   {"filter": "filter:tasks:annotators", "operator": "not_exists", "type": "List", "value": null}]},
					 "selectedItems": {"all": false, "included": [1, 2, 3]}}""")));
		assertThat(result).isEmpty();
	}

	@Test
	void createWithoutParamsSendsEmptyObject() {
		stubFor(post(urlPathEqualTo("/api/dm/actions/")).willReturn(okJson("{\"processed_items\": 0, \"detail\": \"ok\"}")));
		assertThat(this.client.actions().create(ActionId.DELETE_TASKS_PREDICTIONS, 7)).containsEntry("detail", "ok");
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/dm/actions/?id=delete_tasks_predictions&project=7"))
			.withRequestBody(equalToJson("{}")));
	}

	@Test
	void createWithAllTasksSendsEmptyExcludedList() {
		stubFor(post(urlPathEqualTo("/api/dm/actions/")).willReturn(okJson("{}")));
		this.client.actions()
			.create(ActionId.PREDICTIONS_TO_ANNOTATIONS, 7,
					ActionCreate.builder().selectedItems(SelectedItems.allTasks()).build());
		verify(postRequestedFor(urlEqualTo("/api/dm/actions/?id=predictions_to_annotations&project=7"))
			.withRequestBody(equalToJson("{\"selectedItems\": {\"all\": true, \"excluded\": []}}")));
	}

	@Test
	void createOfUnknownActionThrowsBadRequest() {
		stubFor(post(urlPathEqualTo("/api/dm/actions/")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status_code\": 400, \"detail\": \"Can't find action with id = no_such_action\"}")));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.client.actions().create(ActionId.of("no_such_action"), 7))
			.satisfies((ex) -> assertThat(ex.getDetail()).contains("no_such_action"));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/dm/actions/?id=no_such_action&project=7")));
	}

	@Test
	void actionIdsAreValues() {
		assertThat(ActionId.of("delete_tasks")).isEqualTo(ActionId.DELETE_TASKS).hasSameHashCodeAs(ActionId.DELETE_TASKS);
		assertThat(ActionId.DELETE_ANNOTATORS.value()).isEqualTo("delete_annotators");
		assertThat(ActionId.DELETE_REVIEWERS).hasToString("delete_reviewers");
		assertThat(List.of(ActionId.RETRIEVE_TASKS_PREDICTIONS, ActionId.PREDICTIONS_TO_ANNOTATIONS,
				ActionId.REMOVE_DUPLICATES, ActionId.DELETE_TASKS, ActionId.DELETE_GROUND_TRUTHS,
				ActionId.DELETE_TASKS_ANNOTATIONS, ActionId.DELETE_TASKS_REVIEWS, ActionId.DELETE_TASKS_PREDICTIONS,
				ActionId.DELETE_REVIEWERS, ActionId.DELETE_ANNOTATORS))
			.extracting(ActionId::value)
			.doesNotHaveDuplicates()
			.allMatch((value) -> value.matches("[a-z_]+"));
	}

	@Test
	void invalidArgumentsAreRejectedBeforeAnyRequest() {
		ActionsClient actions = this.client.actions();
		ActionCreate params = ActionCreate.builder().build();
		assertThatIllegalArgumentException().isThrownBy(() -> actions.list((RequestOptions) null))
			.withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> actions.list(0)).withMessageContaining("project");
		assertThatIllegalArgumentException().isThrownBy(() -> actions.create(null, 1)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> actions.create(ActionId.DELETE_TASKS, 0))
			.withMessageContaining("project");
		assertThatIllegalArgumentException().isThrownBy(() -> actions.create(ActionId.DELETE_TASKS, 1, null))
			.withMessageContaining("params");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> actions.create(ActionId.DELETE_TASKS, 1, params, null))
			.withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> ActionId.of(" ")).withMessageContaining("value");
		assertThatIllegalArgumentException().isThrownBy(() -> ActionCreate.builder().view(0))
			.withMessageContaining("view");
		assertThatIllegalArgumentException().isThrownBy(() -> SelectedItems.tasks(1, 0))
			.withMessageContaining("taskIds");
		assertThatIllegalArgumentException().isThrownBy(() -> new SelectedItems(true, List.of(1L), List.of()))
			.withMessageContaining("included");
		assertThatIllegalArgumentException().isThrownBy(() -> new SelectedItems(false, null, null))
			.withMessageContaining("included");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Filter(" ", FilterOperator.EQUAL, "Number", 1))
			.withMessageContaining("filter");
		assertThatIllegalArgumentException().isThrownBy(() -> new Filter("filter:tasks:id", null, "Number", 1))
			.withMessageContaining("operator");
		assertThatIllegalArgumentException().isThrownBy(() -> new Filters(null, List.of()))
			.withMessageContaining("conjunction");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() {
		stubFor(get(urlPathEqualTo("/api/dm/actions/")).willReturn(okJson("[]")));
		stubFor(post(urlPathEqualTo("/api/dm/actions/")).willReturn(okJson("{}")));
		assertThat(taggedOperations((client) -> {
			client.actions().list();
			client.actions().create(ActionId.DELETE_TASKS, 1);
		})).containsExactly("actions.create", "actions.list");
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
