package dev.labelstudio4j.client.models;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.exports.ExportedTask;
import dev.labelstudio4j.client.projects.ProjectListParams;
import dev.labelstudio4j.client.webhooks.Webhook;
import dev.labelstudio4j.client.webhooks.WebhookAction;
import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskUpdate;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

	@Test
	void pagesWithADriftedTotalOrNextLinkAreReadAndPagingGoesOn() {
		stubFor(get(urlPathEqualTo("/api/projects/")).withQueryParam("page", equalTo("1"))
			.willReturn(okJson("{\"count\": \"many\", \"next\": {\"href\": \"p2\"}, \"results\": [" + PROJECT
					+ ", \"not a project\"]}")));
		stubFor(get(urlPathEqualTo("/api/projects/")).withQueryParam("page", equalTo("2"))
			.willReturn(okJson("{\"count\": 2, \"next\": null, \"results\": [{\"id\": 8}]}")));
		Page<Project> first = this.client.projects().list(ProjectListParams.builder().pageSize(1).build());
		assertThat(first.items()).extracting(Project::id).containsExactly(7L);
		assertThat(first.total()).isNull();
		assertThat(first.autoPaging().stream().toList()).extracting(Project::id).containsExactly(7L, 8L);

		stubFor(get(urlPathEqualTo("/api/tasks/")).willReturn(okJson("{\"tasks\": [" + TASK + "], \"total\": [1]}")));
		assertThat(this.client.tasks().list(7).items()).extracting(Task::id).containsExactly(1001L);

		stubFor(get(urlPathEqualTo("/api/projects/counts/"))
			.willReturn(okJson("{\"count\": {\"n\": 1}, \"next\": 3, \"results\": [{\"id\": \"7\", \"task_number\": \"x\","
					+ " \"review_total\": 4}]}")));
		assertThat(this.client.projects().listCounts(ProjectListParams.builder().build()).items()).singleElement().satisfies((counts) -> {
			assertThat(counts.id()).isEqualTo(7L);
			assertThat(counts.taskNumber()).isNull();
			assertThat(counts.rawField("task_number")).isEqualTo("x");
			assertThat(counts.additionalProperties()).containsOnly(Map.entry("review_total", 4));
		});
	}

	@Test
	void aDriftedFieldOfAnExportedTaskNeitherFailsNorStopsTheStream() {
		stubFor(get(urlEqualTo("/api/projects/3/exports/12/download?exportType=JSON")).willReturn(okJson("""
				[{"id": 1, "annotations": "two", "predictions": [{"id": 5, "score": "high"}], "inner_id": {}},
				 {"id": "2", "annotations": [{"id": 9, "completed_by": {"id": "4"}, "lead_time": "long"}], "lsn": 7}]""")));
		List<ExportedTask> tasks;
		try (Stream<ExportedTask> stream = this.client.projects().exports().streamTasks(3, 12)) {
			tasks = stream.toList();
		}
		assertThat(tasks).extracting(ExportedTask::id).containsExactly(1L, 2L);
		assertThat(tasks.get(0).annotations()).isEmpty();
		assertThat(tasks.get(0).rawField("annotations")).isEqualTo("two");
		assertThat(tasks.get(0).predictions()).singleElement().satisfies((prediction) -> {
			assertThat(prediction.score()).isNull();
			assertThat(prediction.rawField("score")).isEqualTo("high");
		});
		assertThat(tasks.get(1).annotations()).singleElement().satisfies((annotation) -> {
			assertThat(annotation.completedById()).isEqualTo(4L);
			assertThat(annotation.leadTime()).isNull();
		});
		assertThat(tasks.get(1).additionalProperties()).containsOnly(Map.entry("lsn", 7));
	}

	@Test
	void webhooksTokensAndWorkspacesWithDriftedFieldsAreReadAndKeepTheirSecrets() {
		stubFor(get(urlEqualTo("/api/webhooks/4/")).willReturn(okJson("""
				{"id": 4, "project": "none", "url": "https://h.example.com/", "headers": {"X-Secret": "hush", "X-Count": 2},
				 "actions": "ANNOTATION_CREATED", "is_active": "yes", "consecutive_failures": "0", "filters": {}}""")));
		Webhook webhook = this.client.webhooks().get(4);
		assertThat(webhook.project()).isNull();
		assertThat(webhook.rawField("project")).isEqualTo("none");
		assertThat(webhook.headers()).containsExactly(Map.entry("X-Secret", "hush"));
		assertThat(webhook.actions()).containsExactly(WebhookAction.ANNOTATION_CREATED);
		assertThat(webhook.isActive()).isNull();
		assertThat(webhook.consecutiveFailures()).isZero();
		assertThat(webhook.additionalProperties()).containsOnlyKeys("filters");
		assertThat(webhook.toString()).contains("headers={X-Secret=***, X-Count=***}").doesNotContain("hush");

		stubFor(get(urlEqualTo("/api/webhooks/info/")).willReturn(okJson("""
				{"PROJECT_CREATED": {"name": "Project created", "organization-only": "yes"}, "NEW_ONE": "soon"}""")));
		assertThat(this.client.webhooks().info()).containsOnlyKeys("PROJECT_CREATED")
			.hasEntrySatisfying("PROJECT_CREATED", (info) -> assertThat(info.organizationOnly()).isNull());

		stubFor(get(urlEqualTo("/api/token/")).willReturn(okJson("[{\"token\": \"hdr.payload\", \"created_at\": 17}]")));
		assertThat(this.client.tokens().list()).singleElement().satisfies((token) -> {
			assertThat(token.token()).isEqualTo("hdr.payload");
			assertThat(token.createdAt()).isNull();
			assertThat(token.toString()).isEqualTo("ApiToken[token=******, created_at=17]");
		});

		stubFor(get(urlEqualTo("/api/workspaces/3/memberships"))
			.willReturn(okJson("[{\"user\": {\"id\": \"5\", \"email\": \"a@example.com\"}, \"workspace\": \"three\"}]")));
		assertThat(this.client.workspaces().members().list(3)).singleElement().satisfies((member) -> {
			assertThat(member.userId()).isEqualTo(5L);
			assertThat(member.workspace()).isNull();
			assertThat(member.toString()).doesNotContain("a@example.com");
		});
	}

}
