package dev.labelstudio4j.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.benchmarks.Clients.Observations;
import dev.labelstudio4j.benchmarks.Clients.Transport;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskListParams;

/**
 * Ratios that hold on a noisy machine: {@code projects().get(id)} and a walk over every task of a project
 * of 100,000 through the client, against the same calls written by hand, measured <em>in turns</em> in
 * one JVM. There are two hand-written baselines: JSON read into a {@code Map} (what a careful engineer
 * writes without a client: same HTTP library, default Jackson settings) and JSON read into the client's
 * own model types (which isolates the client's machinery from the cost of its models). Each round times a batch of calls of one,
 * then a batch of the other (the order alternating from round to round), so that whatever else the
 * machine is doing at that moment slows both; the ratio of each round is kept and the median and
 * quartiles over all rounds are reported. JMH runs one variant after the other, minutes apart, which on a
 * shared two-CPU VM made microsecond scores vary more than the differences they were meant to show.
 * <p>
 * Run by {@link RunAll} as the case {@code paired}, or alone:
 * {@code java -cp labelstudio-benchmarks/target/benchmarks.jar dev.labelstudio4j.benchmarks.PairedRatios}.
 */
public final class PairedRatios {

	private static final String PATH = "/api/projects/" + Fixtures.PROJECT_ID + "/";

	private static final int ROUNDS = 41;

	/** Rounds for the paging pairs, whose batch is one walk of 100,000 tasks (about a second). */
	private static final int PAGING_ROUNDS = 15;

	private static final String TASK_PAGE = "/api/tasks/?project=" + Fixtures.PROJECT_ID + "&page_size="
			+ Fixtures.PAGE_SIZE + "&page=";

	/** Warm-up before the first round, {@code -Dlabelstudio.bench.warmup=<seconds>} (12 by default). */
	private static final long WARM_UP_NANOS = Long.getLong("labelstudio.bench.warmup", 12) * 1_000_000_000L;

	/**
	 * Only the pairs whose {@code ours/plain} names match this regular expression,
	 * {@code -Dlabelstudio.bench.pairs=<regex>} (all by default), for example {@code ours_memory/.*}.
	 */
	private static final Pattern PAIRS = Pattern.compile(System.getProperty("labelstudio.bench.pairs", ".*"));

	private PairedRatios() {
	}

	/**
	 * Two ways of doing the same work, each answering a number that proves it was done (a project id, a
	 * task count), how many make a batch of some 20 ms, and how many rounds to measure.
	 */
	record Pair(String ours, LongSupplier oursCall, String plain, LongSupplier plainCall, int batch, long expected,
			int rounds) {

		Pair(String ours, LongSupplier oursCall, String plain, LongSupplier plainCall, int batch) {
			this(ours, oursCall, plain, plainCall, batch, Fixtures.PROJECT_ID, ROUNDS);
		}

		static Pair paging(String ours, LongSupplier oursCall, String plain, LongSupplier plainCall) {
			return new Pair(ours, oursCall, plain, plainCall, 1, TaskPagingBenchmark.TOTAL, PAGING_ROUNDS);
		}

	}

	/** One pair's result: quartiles of the per-round ratios and the median times per call. */
	record Result(Pair pair, double q1, double median, double q3, double oursMicros, double plainMicros) {
	}

	public static void main(String[] args) throws Exception {
		System.out.println(run());
	}

	/**
	 * Measure every pair.
	 * @return the table, in Markdown
	 */
	static String run() throws IOException, Exception {
		byte[] project = Fixtures.project();
		try (CannedServer server = CannedServer.start(TaskPagingBenchmark.TOTAL, 4);
				Clients.Built apache = Clients.build(server.baseUrl(), Transport.APACHE, Observations.HANDLER);
				Clients.Built jdk = Clients.build(server.baseUrl(), Transport.JDK, Observations.HANDLER);
				Plain plainApache = new Plain.Apache(server.baseUrl());
				Plain plainJdk = new Plain.Jdk(server.baseUrl());
				Plain plainUrlConnection = new Plain.UrlConnection(server.baseUrl())) {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new Clients.NoOpHandler());
			LabelStudioClient memory = LabelStudioClient.builder()
				.baseUrl("http://127.0.0.1:8080")
				.apiKey(Fixtures.API_KEY)
				.retrySettings(RetrySettings.defaults())
				.observationRegistry(registry)
				.requestFactory(new InMemoryRequestFactory(project), (timeout) -> new InMemoryRequestFactory(project))
				.build();
			LongSupplier oursApache = () -> apache.client().projects().get(Fixtures.PROJECT_ID).id();
			LongSupplier oursJdk = () -> jdk.client().projects().get(Fixtures.PROJECT_ID).id();
			List<Pair> all = List.of(
					new Pair("ours_memory", () -> memory.projects().get(Fixtures.PROJECT_ID).id(), "plain_memory_map",
							() -> idOf(Plain.MAPPER.readValue(project, Map.class)), 2000),
					new Pair("ours_memory", () -> memory.projects().get(Fixtures.PROJECT_ID).id(), "plain_memory",
							() -> Plain.MAPPER.readValue(project, Project.class).id(), 2000),
					new Pair("ours_apache", oursApache, "plain_apache_map", () -> idOf(plainApache.get(PATH, Map.class)),
							300),
					new Pair("ours_apache", oursApache, "plain_apache", () -> plainApache.get(PATH, Project.class).id(),
							300),
					new Pair("ours_apache", oursApache, "plain_urlConnection",
							() -> plainUrlConnection.get(PATH, Project.class).id(), 300),
					new Pair("ours_jdk", oursJdk, "plain_jdk_map", () -> idOf(plainJdk.get(PATH, Map.class)), 100),
					new Pair("ours_jdk", oursJdk, "plain_jdk", () -> plainJdk.get(PATH, Project.class).id(), 100),
					Pair.paging("ours_apache_paging", () -> walk(apache.client()), "plain_apache_paging_map",
							() -> walkMaps(plainApache)),
					Pair.paging("ours_apache_paging", () -> walk(apache.client()), "plain_apache_paging",
							() -> walkTasks(plainApache)),
					Pair.paging("ours_jdk_paging", () -> walk(jdk.client()), "plain_jdk_paging_map",
							() -> walkMaps(plainJdk)),
					Pair.paging("ours_jdk_paging", () -> walk(jdk.client()), "plain_jdk_paging",
							() -> walkTasks(plainJdk)));
			List<Pair> pairs = all.stream()
				.filter((pair) -> PAIRS.matcher(pair.ours() + "/" + pair.plain()).matches())
				.toList();
			if (pairs.isEmpty()) {
				throw new IllegalArgumentException("labelstudio.bench.pairs=" + PAIRS + " matches none of "
						+ all.stream().map((pair) -> pair.ours() + "/" + pair.plain()).toList());
			}
			long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
			while (System.nanoTime() < warmUpEnd) {
				for (Pair pair : pairs) {
					batch(pair, pair.oursCall(), Math.max(1, pair.batch() / 4));
					batch(pair, pair.plainCall(), Math.max(1, pair.batch() / 4));
				}
			}
			List<Result> results = new ArrayList<>();
			for (Pair pair : pairs) {
				results.add(measure(pair));
			}
			return table(results);
		}
	}

	private static Result measure(Pair pair) {
		int rounds = pair.rounds();
		double[] ratios = new double[rounds];
		double[] ours = new double[rounds];
		double[] plain = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			long oursNanos;
			long plainNanos;
			if (round % 2 == 0) {
				oursNanos = batch(pair, pair.oursCall(), pair.batch());
				plainNanos = batch(pair, pair.plainCall(), pair.batch());
			}
			else {
				plainNanos = batch(pair, pair.plainCall(), pair.batch());
				oursNanos = batch(pair, pair.oursCall(), pair.batch());
			}
			ratios[round] = (double) oursNanos / plainNanos;
			ours[round] = oursNanos / 1000.0 / pair.batch();
			plain[round] = plainNanos / 1000.0 / pair.batch();
		}
		Arrays.sort(ratios);
		Arrays.sort(ours);
		Arrays.sort(plain);
		return new Result(pair, ratios[rounds / 4], ratios[rounds / 2], ratios[3 * rounds / 4], ours[rounds / 2],
				plain[rounds / 2]);
	}

	private static long batch(Pair pair, LongSupplier call, int calls) {
		long start = System.nanoTime();
		for (int i = 0; i < calls; i++) {
			long answer = call.getAsLong();
			if (answer != pair.expected()) {
				throw new IllegalStateException(pair.ours() + "/" + pair.plain() + ": got " + answer + ", expected "
						+ pair.expected());
			}
		}
		return System.nanoTime() - start;
	}

	private static long idOf(@Nullable Map<?, ?> json) {
		Object id = (json != null) ? json.get("id") : null;
		return (id instanceof Number number) ? number.longValue() : -1;
	}

	/** Every task of the project through the client's auto-paging, each read into its typed model. */
	static long walk(LabelStudioClient client) {
		Page<Task> first = client.tasks()
			.list(TaskListParams.builder().project(Fixtures.PROJECT_ID).pageSize(Fixtures.PAGE_SIZE).build());
		long count = 0;
		for (Task task : first.autoPaging()) {
			if (task.id() != null) {
				count++;
			}
		}
		return count;
	}

	/** The page loop a careful engineer writes without a client, each page read into a {@code Map}. */
	private static long walkMaps(Plain plain) {
		long count = 0;
		for (int page = 1;; page++) {
			Map<?, ?> answer = plain.get(TASK_PAGE + page, Map.class);
			List<?> tasks = (answer != null && answer.get("tasks") instanceof List<?> list) ? list : List.of();
			for (Object task : tasks) {
				if (((Map<?, ?>) task).get("id") != null) {
					count++;
				}
			}
			Object total = (answer != null) ? answer.get("total") : null;
			if (tasks.isEmpty() || (total instanceof Number number && count >= number.longValue())) {
				return count;
			}
		}
	}

	/** The same loop with each page read into the client's {@link Task} model. */
	private static long walkTasks(Plain plain) {
		long count = 0;
		for (int page = 1;; page++) {
			TaskPagingBenchmark.TaskPage answer = plain.get(TASK_PAGE + page, TaskPagingBenchmark.TaskPage.class);
			List<Task> tasks = (answer != null && answer.tasks() != null) ? answer.tasks() : List.of();
			for (Task task : tasks) {
				if (task.id() != null) {
					count++;
				}
			}
			if (tasks.isEmpty() || (answer.total() != null && count >= answer.total())) {
				return count;
			}
		}
	}

	static String table(List<Result> results) {
		StringBuilder out = new StringBuilder();
		out.append("### ")
			.append(RunAll.PAIRED_TITLE)
			.append("\n\n")
			.append(ROUNDS)
			.append(" rounds (")
			.append(PAGING_ROUNDS)
			.append(" for the walks over 100,000 tasks) after a ")
			.append(WARM_UP_NANOS / 1_000_000_000L)
			.append(" s warm-up, one thread; per round a batch of each,")
			.append(" in alternating order; the ratio is ours / plain per round (median and quartiles). A plain")
			.append(" column ending in _map reads the JSON into a Map; the others into the client's own models.\n\n")
			.append("| ours | plain | ours, us per call | plain, us per call | ratio (median) | quartiles |\n")
			.append("|---|---|---:|---:|---:|---|\n");
		for (Result result : results) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f | %.2f-%.2f |%n",
					result.pair().ours(), result.pair().plain(), result.oursMicros(), result.plainMicros(),
					result.median(), result.q1(), result.q3()));
		}
		return out.toString();
	}

}
