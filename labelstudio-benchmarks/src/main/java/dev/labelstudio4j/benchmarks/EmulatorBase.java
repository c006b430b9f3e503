package dev.labelstudio4j.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.tasks.TaskFields;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.emulator.LabelStudioEmulator;
import dev.labelstudio4j.emulator.internal.LabelStudioApi;

/**
 * The emulator with a project of 100,000 tasks (one prediction each), measured two ways: {@code direct_*}
 * hands a request straight to the emulator's request handler ({@link LabelStudioApi#transform}: routing,
 * the state, the JSON answer serialized; no HTTP), which is the emulator's own work; {@code http_*} goes
 * through the real client and WireMock's Jetty, as a test suite does. The variants: a page of 100 tasks
 * with {@code fields=all} (the page number rotates over all 1,000 pages) and {@code predictions.create}.
 */
@State(Scope.Benchmark)
public abstract class EmulatorBase {

	static final int TASKS = 100_000;

	static final int PAGE_SIZE = 100;

	static final String KEY = "benchmark-key";

	static final String LABEL_CONFIG = """
			<View>
			  <Labels name="label" toName="text">
			    <Label value="PER"/>
			    <Label value="ORG"/>
			  </Labels>
			  <Text name="text" value="$text"/>
			</View>""";

	private LabelStudioApi direct;

	private LabelStudioEmulator emulator;

	private LabelStudioClient client;

	private byte[] predictionBody;

	private final AtomicLong counter = new AtomicLong();

	@Setup(Level.Trial)
	public void start() {
		JsonMapper json = JsonMapper.builder().build();
		List<Map<String, Object>> tasks = new ArrayList<>(TASKS);
		for (int i = 0; i < TASKS; i++) {
			tasks.add(Map.of("data", Map.of("text", "Task number " + i + " with some text to label"), "predictions",
					List.of(Map.of("model_version", "v1", "score", 0.5, "result", List.of(choice())))));
		}
		byte[] importBody = json.writeValueAsBytes(tasks);
		byte[] projectBody = json.writeValueAsBytes(Map.of("title", "Benchmark", "label_config", LABEL_CONFIG));
		this.predictionBody = json.writeValueAsBytes(Map.of("task", 1, "model_version", "v2", "score", 0.9, "result",
				List.of(choice())));

		this.direct = new LabelStudioApi(Clock.systemUTC(), KEY, null, Duration.ofMinutes(5),
				LabelStudioEmulator.SERVER_VERSION, false, Duration.ZERO);
		expect(201, this.direct.transform(event(RequestMethod.POST, "/api/projects/", projectBody)));
		expect(201, this.direct.transform(event(RequestMethod.POST, "/api/projects/1/import", importBody)));

		this.emulator = LabelStudioEmulator.builder().apiKey(KEY).maxRequestJournalEntries(1_000).start();
		this.client = this.emulator.client();
		long project = this.client.projects()
			.create(dev.labelstudio4j.client.projects.ProjectCreate.builder()
				.title("Benchmark")
				.labelConfig(LABEL_CONFIG)
				.build())
			.id();
		this.client.projects().importTasks(project, tasks);
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.emulator.close();
		this.direct.close();
	}

	private static Map<String, Object> choice() {
		return Map.of("from_name", "label", "to_name", "text", "type", "labels", "value",
				Map.of("start", 0, "end", 4, "text", "Task", "labels", List.of("PER")));
	}

	private static ServeEvent event(RequestMethod method, String pathAndQuery, byte[] body) {
		return ServeEvent.of(ImmutableRequest.create()
			.withAbsoluteUrl("http://127.0.0.1:8080" + pathAndQuery)
			.withMethod(method)
			.withHeader("Authorization", "Token " + KEY)
			.withHeader("Host", "127.0.0.1:8080")
			.withHeader("Content-Type", "application/json")
			.withBody(body)
			.build());
	}

	private static ResponseDefinition expect(int status, ResponseDefinition response) {
		if (response.getStatus() != status) {
			throw new IllegalStateException("expected " + status + " but was " + response.getStatus() + ": "
					+ response.getBody());
		}
		return response;
	}

	private int nextPage() {
		return (int) (this.counter.getAndIncrement() % (TASKS / PAGE_SIZE)) + 1;
	}

	@Benchmark
	public byte[] direct_page100() {
		return expect(200, this.direct.transform(event(RequestMethod.GET,
				"/api/tasks/?project=1&page=" + nextPage() + "&page_size=" + PAGE_SIZE + "&fields=all",
				new byte[0]))).getByteBody();
	}

	@Benchmark
	public byte[] direct_predictionCreate() {
		return expect(201, this.direct.transform(event(RequestMethod.POST, "/api/predictions/", this.predictionBody)))
			.getByteBody();
	}

	@Benchmark
	public int http_page100() {
		return this.client.tasks()
			.list(TaskListParams.builder().project(1).fields(TaskFields.ALL).page(nextPage()).pageSize(PAGE_SIZE).build())
			.items()
			.size();
	}

	@Benchmark
	public long http_predictionCreate() {
		return this.client.predictions()
			.create(PredictionCreate.builder().task(1 + (this.counter.getAndIncrement() % TASKS))
				.modelVersion("v2")
				.score(0.9)
				.result(List.of(choice()))
				.build())
			.id();
	}

}
