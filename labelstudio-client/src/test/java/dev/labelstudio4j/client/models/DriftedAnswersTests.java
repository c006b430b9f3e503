package dev.labelstudio4j.client.models;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskUpdate;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations that answers following the official OpenAPI document used to break ({@code workspace} and
 * {@code queue_total} as strings in a project, {@code annotations} as a string in a task) answer typed models
 * through the whole client, and keep the drifted values.
 */
class DriftedAnswersTests extends WireMockTestBase {

	private static final String PROJECT = """
			{"id": 7, "title": "Reviews", "workspace": "ws-main", "queue_total": "twelve", "queue_done": "3",
			 "workspace_title": "Main", "members_count": 4}""";

	private static final String TASK = """
			{"id": 1001, "project": 7, "data": {"text": "Quick delivery"}, "annotations": "2 annotations",
			 "predictions": [], "annotations_ids": "1,2", "created_at": "2025-11-03T08:15:30.123456Z"}""";

	private final LabelStudioClient client = client();

	@Test
	void projectsGetAndListReadTheDocumentsProject() {
		stubFor(get(urlEqualTo("/api/projects/7/")).willReturn(okJson(PROJECT)));
		stubFor(get(urlPathEqualTo("/api/projects/"))
			.willReturn(okJson("{\"count\": 1, \"next\": null, \"previous\": null, \"results\": [" + PROJECT + "]}")));

		Project project = this.client.projects().get(7);
		assertThat(project.id()).isEqualTo(7);
		assertThat(project.title()).isEqualTo("Reviews");
		assertThat(project.workspace()).isNull();
		assertThat(project.rawField("workspace")).isEqualTo("ws-main");
		assertThat(project.queueTotal()).isNull();
		assertThat(project.queueDone()).isEqualTo(3);
		assertThat(project.additionalProperties()).containsOnly(Map.entry("workspace_title", "Main"),
				Map.entry("members_count", 4));
		assertThat(LabelStudioJson.get().mapper().readTree(LabelStudioJson.get().writeString(project)))
			.isEqualTo(LabelStudioJson.get().mapper().readTree(PROJECT));

		assertThat(this.client.projects().list().items()).containsExactly(project);
		verify(getRequestedFor(urlEqualTo("/api/projects/7/")));
	}

	@Test
	void tasksListGetCreateUpdateReadTheDocumentsTask() {
		stubFor(get(urlPathEqualTo("/api/tasks/")).willReturn(okJson("{\"tasks\": [" + TASK + "], \"total\": 1}")));
		stubFor(get(urlEqualTo("/api/tasks/1001/")).willReturn(okJson(TASK)));
		stubFor(post(urlEqualTo("/api/tasks/")).willReturn(okJson(TASK).withStatus(201)));
		stubFor(patch(urlEqualTo("/api/tasks/1001/")).willReturn(okJson(TASK)));

		List<Task> tasks = List.of(this.client.tasks().list(7).items().get(0), this.client.tasks().get(1001),
				this.client.tasks().create(7, Map.of("text", "Quick delivery")),
				this.client.tasks().update(1001, TaskUpdate.builder().data(Map.of("text", "x")).build()));
		assertThat(tasks).allSatisfy((task) -> {
			assertThat(task.id()).isEqualTo(1001);
			assertThat(task.annotations()).isEmpty();
			assertThat(task.rawField("annotations")).isEqualTo("2 annotations");
			assertThat(task.data()).containsEntry("text", "Quick delivery");
			assertThat(task.createdAt()).hasToString("2025-11-03T08:15:30.123456Z");
			assertThat(task.additionalProperties()).containsOnly(Map.entry("annotations_ids", "1,2"));
		});
	}

	@Test
	void everyFieldTheDocumentGivesAProjectIsKept() {
		Assumptions.assumeTrue(ReferenceShapes.reference() != null, "shared/reference not found");
		Object body = ReferenceShapes.openApiBody("get", "/api/projects/{id}/", "200");
		String text = LabelStudioJson.get().writeString(body);
		stubFor(get(urlEqualTo("/api/projects/3/")).willReturn(okJson(text)));
		Project project = this.client.projects().get(3);
		assertThat(project.id()).isEqualTo(3);
		assertThat(LabelStudioJson.get().mapper().readTree(LabelStudioJson.get().writeString(project)))
			.isEqualTo(LabelStudioJson.get().mapper().readTree(text));
	}

}
