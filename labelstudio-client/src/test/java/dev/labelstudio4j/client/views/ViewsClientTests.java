package dev.labelstudio4j.client.views;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;
import dev.labelstudio4j.client.actions.Filters;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link ViewsClient}.
 */
class ViewsClientTests extends WireMockTestBase {

	private static final String VIEW_8 = """
			{"id": 8, "project": 12, "user": 3, "order": 2,
			 "data": {"title": "Needs review", "type": "list", "target": "tasks",
			          "filters": {"conjunction": "and", "items": [{"filter": "filter:tasks:total_annotations",
			                      "operator": "greater", "type": "Number", "value": 0}]},
			          "ordering": ["-tasks:updated_at"], "hiddenColumns": {"explore": ["tasks:inner_id"]}},
			 "filter_group": {"id": 31, "conjunction": "and", "filters": [{"id": 55, "index": 0,
			                  "column": "filter:tasks:total_annotations", "type": "Number", "operator": "greater",
			                  "value": 0}]},
			 "ordering": ["-tasks:updated_at"], "selected_items": null, "created_at": "2025-02-01T09:00:00Z"}""";

	private final LabelStudioClient client = client();

	@Test
	void listSendsGetWithoutQuery() {
		stubFor(get(urlEqualTo("/api/dm/views/")).willReturn(okJson("[" + VIEW_8 + "]")));
		List<View> views = this.client.views().list();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/dm/views/")).withHeader("Authorization",
				equalTo("Token " + API_KEY)));
		assertThat(views).singleElement().satisfies(ViewsClientTests::assertView8);
	}

	@Test
	void listForProjectSendsProjectQuery() {
		stubFor(get(urlPathEqualTo("/api/dm/views/")).willReturn(okJson("[{\"id\": 8, \"project\": 12},"
				+ " {\"id\": 9, \"project\": 12, \"data\": {}, \"selected_items\": {\"all\": true, \"excluded\": []}}]")));
		List<View> views = this.client.views().list(12);
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/dm/views/?project=12")));
		assertThat(views).extracting(View::id).containsExactly(8L, 9L);
		assertThat(views.get(0).title()).isNull();
		assertThat(views.get(1).selectedItems()).isEqualTo(Map.of("all", true, "excluded", List.of()));
	}

	@Test
	void createSendsPostWithProjectAndData() {
		stubFor(post(urlEqualTo("/api/dm/views/")).willReturn(okJson(VIEW_8).withStatus(201)));
		View view = this.client.views()
			.create(ViewCreate.builder()
				.project(12)
				.title("Needs review")
				.filters(Filters.and(Filter.number("filter:tasks:total_annotations", FilterOperator.GREATER, 0)))
				.ordering("-tasks:updated_at")
				.data("hiddenColumns", Map.of("explore", List.of("tasks:inner_id")))
				.build());
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/dm/views/")).withRequestBody(equalToJson("""
				{"project": 12,
				 "data": {"title": "Needs review",
				          "filters": {"conjunction": "and", "items": [{"filter": "filter:tasks:total_annotations",
				                      "operator": "greater", "type": "Number", "value": 0}]},
				          "ordering": ["-tasks:updated_at"],
				          "hiddenColumns": {"explore": ["tasks:inner_id"]}}}""")));
		assertView8(view);
	}

	@Test
	void createWithProjectOnlySendsNoData() {
		stubFor(post(urlEqualTo("/api/dm/views/")).willReturn(okJson("{\"id\": 10, \"project\": 12}").withStatus(201)));
		assertThat(this.client.views().create(ViewCreate.builder().project(12).build(), RequestOptions.none()).id())
			.isEqualTo(10);
		verify(postRequestedFor(urlEqualTo("/api/dm/views/")).withRequestBody(equalToJson("{\"project\": 12}")));
	}

	@Test
	void deleteAllSendsDeleteToResetPathWithProjectInBodyAndQuery() {
		stubFor(delete(urlPathEqualTo("/api/dm/views/reset/")).willReturn(aResponse().withStatus(204)));
		this.client.views().deleteAll(12);
		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/dm/views/reset/?project=12"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"project\": 12}")));
	}

	@Test
	void getSendsGetToViewPath() {
		stubFor(get(urlEqualTo("/api/dm/views/8/")).willReturn(okJson(VIEW_8)));
		assertView8(this.client.views().get(8));
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/dm/views/8/")));
	}

	@Test
	void deleteSendsDeleteToViewPathWithoutBody() {
		stubFor(delete(urlEqualTo("/api/dm/views/8/")).willReturn(aResponse().withStatus(204)));
		this.client.views().delete(8);
		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/dm/views/8/")).withHeader("Content-Type", absent()));
	}

	@Test
	void updateSendsPatchWithOnlyTheFieldsSet() {
		stubFor(patch(urlEqualTo("/api/dm/views/8/")).willReturn(okJson(VIEW_8)));
		View view = this.client.views()
			.update(8, ViewUpdate.builder()
				.filters(Filters.or(Filter.bool("filter:tasks:reviewed", false)))
				.ordering(List.of("tasks:id"))
				.build());
		verify(exactly(1), patchRequestedFor(urlEqualTo("/api/dm/views/8/")).withRequestBody(equalToJson("""
				{"data": {"filters": {"conjunction": "or", "items": [{"filter": "filter:tasks:reviewed",
				                      "operator": "equal", "type": "Boolean", "value": false}]},
				          "ordering": ["tasks:id"]}}""")));
		assertThat(view.id()).isEqualTo(8);
	}

	@Test
	void getOfMissingViewThrowsNotFound() {
		stubFor(get(urlEqualTo("/api/dm/views/404/")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status_code\": 404, \"detail\": \"No View matches the given query.\"}")));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.client.views().get(404))
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo("No View matches the given query."));
	}

	@Test
	void invalidArgumentsAreRejectedBeforeAnyRequest() {
		ViewsClient views = this.client.views();
		ViewUpdate update = ViewUpdate.builder().build();
		assertThatIllegalArgumentException().isThrownBy(() -> views.list((RequestOptions) null))
			.withMessageContaining("options");
		assertThatIllegalArgumentException().isThrownBy(() -> views.list(0)).withMessageContaining("project");
		assertThatIllegalArgumentException().isThrownBy(() -> views.create(null)).withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> views.deleteAll(0)).withMessageContaining("project");
		assertThatIllegalArgumentException().isThrownBy(() -> views.get(-8)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> views.delete(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> views.update(0, update)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> views.update(8, null)).withMessageContaining("params");
		assertThatIllegalArgumentException().isThrownBy(() -> ViewCreate.builder().project(0))
			.withMessageContaining("project");
		assertThatIllegalArgumentException().isThrownBy(() -> ViewCreate.builder().title(""))
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> ViewUpdate.builder().ordering("tasks:id", " "))
			.withMessageContaining("ordering");
		assertThatIllegalArgumentException().isThrownBy(() -> ViewUpdate.builder().data("x", null))
			.withMessageContaining("value");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() {
		stubFor(get(urlPathEqualTo("/api/dm/views/")).willReturn(okJson("[]")));
		stubFor(post(urlEqualTo("/api/dm/views/")).willReturn(okJson("{\"id\": 1}")));
		stubFor(delete(urlPathEqualTo("/api/dm/views/reset/")).willReturn(aResponse().withStatus(204)));
		stubFor(any(urlEqualTo("/api/dm/views/1/")).willReturn(okJson("{\"id\": 1}")));
		assertThat(taggedOperations((client) -> {
			client.views().list();
			client.views().create(ViewCreate.builder().build());
			client.views().deleteAll(1);
			client.views().get(1);
			client.views().delete(1);
			client.views().update(1, ViewUpdate.builder().build());
		})).containsExactly("views.create", "views.delete", "views.delete_all", "views.get", "views.list",
				"views.update");
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

	private static void assertView8(View view) {
		assertThat(view.id()).isEqualTo(8);
		assertThat(view.project()).isEqualTo(12L);
		assertThat(view.user()).isEqualTo(3L);
		assertThat(view.order()).isEqualTo(2);
		assertThat(view.title()).isEqualTo("Needs review");
		assertThat(view.data()).containsEntry("ordering", List.of("-tasks:updated_at"))
			.containsEntry("target", "tasks")
			.containsKey("filters");
		assertThat(view.filterGroup()).containsEntry("conjunction", "and");
		assertThat(view.ordering()).isEqualTo(List.of("-tasks:updated_at"));
		assertThat(view.selectedItems()).isNull();
	}

}
