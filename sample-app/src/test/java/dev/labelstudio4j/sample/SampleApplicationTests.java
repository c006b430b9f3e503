package dev.labelstudio4j.sample;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as it runs by default: no {@code labelstudio.url}, so it starts the in-memory emulator,
 * sets up its project on start and serves the dashboard, the JSON API and the actuator endpoints.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.page-size=8")
class SampleApplicationTests {

	/** Number of tasks in {@code src/main/resources/tasks.json}. */
	private static final int BUNDLED_TASKS = 30;

	private static final String TITLE = "Product review sentiment (labelstudio4j sample)";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
			new ParameterizedTypeReference<>() {
			};

	@LocalServerPort
	private int port;

	@Autowired
	private LabelStudioClient client;

	@Autowired
	private LabelStudioEmulator emulator;

	@Autowired
	private LabelingPipeline pipeline;

	@Value("${labelstudio.api-key}")
	private String apiKey;

	private RestClient http;

	@BeforeEach
	void createHttpClient() {
		this.http = RestClient.create("http://localhost:" + this.port);
	}

	@Test
	void usesTheEmulatorStartedInProcess() {
		assertThat(this.client.baseUrl()).hasToString(this.emulator.baseUrl() + "/");
		assertThat(this.pipeline.bundledTasks()).hasSize(BUNDLED_TASKS);
	}

	@Test
	void startUpCreatedTheProjectImportedTheTasksAndPostedPredictions() {
		Map<String, Object> summary = get("/api/summary");
		assertThat(summary).containsEntry("labelStudioUrl", this.emulator.baseUrl() + "/")
			.containsEntry("projectTitle", TITLE);
		List<Map<String, Object>> projects = list(summary.get("projects"));
		assertThat(projects).hasSize(1);
		Map<String, Object> project = projects.get(0);
		assertThat(project).containsEntry("title", TITLE)
			.containsEntry("sample", true)
			.containsEntry("tasks", BUNDLED_TASKS)
			.containsEntry("predictions", BUNDLED_TASKS);
		Map<String, Object> connection = map(summary.get("connection"));
		assertThat(connection).containsEntry("status", "UP");
		Map<String, Object> operations = byOperation(list(summary.get("operations")));
		assertThat(map(operations.get("projects.create"))).containsEntry("calls", 1).containsEntry("failures", 0);
		assertThat(map(operations.get("projects.import_tasks"))).containsEntry("calls", 1);
		assertThat(map(operations.get("predictions.create"))).containsEntry("calls", BUNDLED_TASKS)
			.containsEntry("failures", 0);

		long projectId = ((Number) project.get("id")).longValue();
		this.emulator.wireMock()
			.verify(1, postRequestedFor(urlEqualTo("/api/projects/")).withRequestBody(equalToJson(
					"{\"title\": \"" + TITLE + "\", \"label_config\": \"${json-unit.any-string}\"}", true, true)));
		this.emulator.wireMock()
			.verify(1, postRequestedFor(urlPathEqualTo("/api/projects/" + projectId + "/import"))
				.withRequestBody(equalToJson(
						"[{\"data\": {\"text\": \"Love this kettle. It boils fast and the handle stays cool.\"}}]",
						false, true)));
		long kettle = taskWithText(projectId, "Love this kettle. It boils fast and the handle stays cool.").id();
		this.emulator.wireMock()
			.verify(1, postRequestedFor(urlEqualTo("/api/predictions/")).withRequestBody(equalToJson("""
					{"task": %d, "model_version": "keyword-sentiment-1", "score": 1.0,
					 "result": [{"from_name": "sentiment", "to_name": "text", "type": "choices",
					             "value": {"choices": ["Positive"]}}]}
					""".formatted(kettle))));
	}

	@Test
	void healthIsUpWithTheLabelStudioComponent() {
		Map<String, Object> health = get("/actuator/health");
		assertThat(health).containsEntry("status", "UP");
		Map<String, Object> labelstudio = map(map(health.get("components")).get("labelstudio"));
		assertThat(labelstudio).containsEntry("status", "UP");
		assertThat(map(labelstudio.get("details"))).containsEntry("url", this.emulator.baseUrl() + "/");
	}

	@Test
	@SuppressWarnings("unchecked")
	void clientMetricsAreTaggedWithTheOperation() {
		Map<String, Object> metric = get("/actuator/metrics/labelstudio.client.requests");
		Map<String, Object> operationTag = list(metric.get("availableTags")).stream()
			.filter((tag) -> "labelstudio.operation".equals(tag.get("tag")))
			.findFirst()
			.orElseThrow();
		assertThat((List<Object>) operationTag.get("values")).contains("projects.list", "projects.create",
				"projects.import_tasks", "tasks.list", "predictions.create");
		Map<String, Object> creates = get(
				"/actuator/metrics/labelstudio.client.requests?tag=labelstudio.operation:predictions.create");
		assertThat(list(creates.get("measurements")))
			.contains(Map.of("statistic", "COUNT", "value", (double) BUNDLED_TASKS));
	}

	@Test
	void syncPullsTheAnnotationsMadeInLabelStudio() {
		long projectId = sampleProjectId();
		List<Task> tasks = this.client.tasks().list(projectId).autoPaging().stream().limit(3).toList();
		Annotation positive = annotate(tasks.get(0).id(), "Positive", false);
		annotate(tasks.get(0).id(), "Negative", true);
		Annotation negative = annotate(tasks.get(1).id(), "Negative", false);
		Annotation neutral = annotate(tasks.get(2).id(), "Neutral", false);
		RequestPatternBuilder lastPage = getRequestedFor(urlPathEqualTo("/api/tasks/"))
			.withQueryParam("project", equalTo(String.valueOf(projectId)))
			.withQueryParam("page_size", equalTo("8"))
			.withQueryParam("page", equalTo("4"));
		int lastPageFetches = this.emulator.wireMock().findAll(lastPage).size();

		Map<String, Object> sync = this.http.post().uri("/api/sync").retrieve().body(JSON_OBJECT);

		assertThat(sync).containsEntry("projectId", (int) projectId)
			.containsEntry("tasksScanned", BUNDLED_TASKS)
			.containsEntry("labeledTasks", 3)
			.containsEntry("annotations", 3)
			.containsEntry("byChoice", Map.of("Positive", 1, "Negative", 1, "Neutral", 1));
		assertThat(list(sync.get("sample"))).containsExactlyInAnyOrder(
				pulled(positive, tasks.get(0), "Positive"), pulled(negative, tasks.get(1), "Negative"),
				pulled(neutral, tasks.get(2), "Neutral"));
		// 30 tasks, 8 a page: the sync walked to the fourth page
		assertThat(this.emulator.wireMock().findAll(lastPage)).hasSize(lastPageFetches + 1);
	}

	@Test
	void dashboardPageShowsProjectsHealthAndCalls() {
		ResponseEntity<String> page = this.http.get().uri("/").retrieve().toEntity(String.class);
		assertThat(page.getHeaders().getContentType()).isNotNull()
			.satisfies((type) -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
		assertThat(page.getBody()).contains("<strong>" + TITLE + "</strong>")
			.contains("<strong class=\"UP\">UP</strong>")
			.contains("<td class=\"num\">" + BUNDLED_TASKS + "</td>")
			.contains("<code>projects.import_tasks</code>");
	}

	@Test
	void theApiKeyAppearsNowhere() {
		assertThat(this.apiKey).isEqualTo(this.emulator.apiKey());
		for (String path : List.of("/", "/api/summary", "/actuator/health",
				"/actuator/metrics/labelstudio.client.requests")) {
			assertThat(this.http.get().uri(path).retrieve().body(String.class)).as(path).doesNotContain(this.apiKey);
		}
	}

	private Annotation annotate(@Nullable Long taskId, String choice, boolean cancelled) {
		assertThat(taskId).isNotNull();
		return this.client.annotations()
			.create(taskId, AnnotationCreate.builder()
				.regions(LabelingPipeline.choice(choice))
				.wasCancelled(cancelled)
				.build());
	}

	private static Map<String, Object> pulled(Annotation annotation, Task task, String choice) {
		return Map.of("annotationId", (int) annotation.id(), "taskId", task.id().intValue(), "text",
				task.data().get("text"), "choices", List.of(choice));
	}

	private long sampleProjectId() {
		return list(get("/api/summary").get("projects")).stream()
			.filter((project) -> Boolean.TRUE.equals(project.get("sample")))
			.map((project) -> ((Number) project.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

	private Task taskWithText(long projectId, String text) {
		return this.client.tasks().list(projectId).stream()
			.filter((task) -> task.data() != null && text.equals(task.data().get("text")))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, Object> get(String path) {
		return this.http.get().uri(path).retrieve().body(JSON_OBJECT);
	}

	private static Map<String, Object> byOperation(List<Map<String, Object>> operations) {
		return operations.stream()
			.collect(Collectors.toMap((operation) -> (String) operation.get("operation"),
					(operation) -> operation));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return (List<Map<String, Object>>) value;
	}

}
