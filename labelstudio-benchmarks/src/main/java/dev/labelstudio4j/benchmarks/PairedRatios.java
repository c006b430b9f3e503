package dev.labelstudio4j.benchmarks;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
import dev.labelstudio4j.client.internal.Watchdog;
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

	/**
	 * Least warm-up before the first round, {@code -Dlabelstudio.bench.warmup=<seconds>} (12 by default);
	 * see {@link #warmUp}.
	 */
	private static final long WARM_UP_NANOS = Long.getLong("labelstudio.bench.warmup", 12) * 1_000_000_000L;

	/** A warm-up ends once compilation took less than this in {@link #QUIET_SECONDS} of calls. */
	private static final long QUIET_COMPILATION_MILLIS = 20;

	private static final long QUIET_SECONDS = 3;

	/** Unmeasured rounds before each pair's (one for the walks, whose round is about a second). */
	private static final int SETTLE_ROUNDS = 3;

	private static final long MAX_WARM_UP_SECONDS = 90;

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

	/**
	 * One pair's result: quartiles of the per-round ratios of wall time and of the client's CPU time, and
	 * the median times per call.
	 */
	record Result(Pair pair, Spread wall, Spread cpu, double oursMicros, double plainMicros, double oursCpuMicros,
			double plainCpuMicros) {
	}

	/** First quartile, median and third quartile of a sample. */
	record Spread(double q1, double median, double q3) {

		static Spread of(double[] values) {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			int n = sorted.length;
			return new Spread(sorted[n / 4], sorted[n / 2], sorted[3 * n / 4]);
		}

	}

	/** The wall time of a batch and the CPU time the client's threads spent on it. */
	record Timing(long wallNanos, long cpuNanos) {
	}

	public static void main(String[] args) throws Exception {
		if (Boolean.getBoolean(ROWS_ONLY)) {
			System.out.print(rows(measureAll()));
			return;
		}
		System.out.println(runOnOneCpu());
	}

	/**
	 * Measure every pair, in JVMs bound to one CPU where it can be (see {@link OneCpu}): one per kind of
	 * call on one transport ({@link #JVMS}), as JMH forks a JVM per benchmark and as an application uses
	 * one transport. Measured in one JVM after the walks had been warmed up (gigabytes of task pages
	 * through Jackson and both HTTP stacks), the JDK get pairs came out 1.14-1.21 with wide quartiles, in
	 * a JVM of their own 1.08-1.10; with the in-memory and Apache gets warmed up in the same JVM (the
	 * {@code RestClient} and the client's call path compiled for three request factories) 1.08 against
	 * 1.05 alone.
	 * @return the table, in Markdown
	 */
	static String runOnOneCpu() throws Exception {
		if (!OneCpu.shouldRelaunch()) {
			return run();
		}
		StringBuilder rows = new StringBuilder(header());
		for (String jvm : JVMS) {
			// a JVM whose pairs -Dlabelstudio.bench.pairs leaves out prints nothing
			rows.append(OneCpu.run(PairedRatios.class, GROUP + "=" + jvm, ROWS_ONLY + "=true"));
		}
		return rows.toString();
	}

	/**
	 * The pairs each measured in a JVM of their own by {@link #runOnOneCpu()}, by the name of the client's
	 * side of the pair.
	 */
	static final List<String> JVMS = List.of("ours_memory", "ours_apache", "ours_jdk", "ours_apache_paging",
			"ours_jdk_paging");

	/**
	 * {@code get}, {@code paging}, the name of a client's side ({@link #JVMS}) or (by default) {@code all}:
	 * which pairs this JVM measures.
	 */
	private static final String GROUP = "labelstudio.bench.group";

	/** Print the table's rows only (a JVM measuring a group for {@link #runOnOneCpu()}). */
	private static final String ROWS_ONLY = "labelstudio.bench.rowsOnly";

	/**
	 * Measure every pair.
	 * @return the table, in Markdown
	 */
	static String run() throws IOException, Exception {
		return table(measureAll());
	}

	private static List<Result> measureAll() throws IOException, Exception {
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
					new Pair("ours_jdk", oursJdk, "plain_jdk_map", () -> idOf(plainJdk.get(PATH, Map.class)), 300),
					new Pair("ours_jdk", oursJdk, "plain_jdk", () -> plainJdk.get(PATH, Project.class).id(), 300),
					Pair.paging("ours_apache_paging", () -> walk(apache.client()), "plain_apache_paging_map",
							() -> walkMaps(plainApache)),
					Pair.paging("ours_apache_paging", () -> walk(apache.client()), "plain_apache_paging",
							() -> walkTasks(plainApache)),
					Pair.paging("ours_jdk_paging", () -> walk(jdk.client()), "plain_jdk_paging_map",
							() -> walkMaps(plainJdk)),
					Pair.paging("ours_jdk_paging", () -> walk(jdk.client()), "plain_jdk_paging",
							() -> walkTasks(plainJdk)));
			String group = System.getProperty(GROUP, "all");
			List<Pair> pairs = all.stream()
				.filter((pair) -> PAIRS.matcher(pair.ours() + "/" + pair.plain()).matches())
				.filter((pair) -> group.equals("all") || group.equals(pair.ours())
						|| group.equals(pair.ours().endsWith("_paging") ? "paging" : "get"))
				.toList();
			if (pairs.isEmpty() && !group.equals("all")) {
				return List.of();
			}
			if (pairs.isEmpty()) {
				throw new IllegalArgumentException("labelstudio.bench.pairs=" + PAIRS + " matches none of "
						+ all.stream().map((pair) -> pair.ours() + "/" + pair.plain()).toList());
			}
			warmUp(pairs);
			List<Result> results = new ArrayList<>();
			for (Pair pair : pairs) {
				results.add(measure(pair));
			}
			return results;
		}
	}

	/**
	 * Every pair in turn for at least the warm-up time, then until the JIT compiler has been quiet (less
	 * than {@value #QUIET_COMPILATION_MILLIS} ms of compilation) for {@value #QUIET_SECONDS} s of calls, at
	 * most {@value #MAX_WARM_UP_SECONDS} s in all. The client's JDK path measured 81 us per call after 10 s
	 * on one CPU, with the compiler taking a third of the CPU, and 59 us after 30 s.
	 */
	private static void warmUp(List<Pair> pairs) {
		untilCompilerQuiet(() -> {
			for (Pair pair : pairs) {
				batch(pair, pair.oursCall(), Math.max(1, pair.batch() / 4));
				batch(pair, pair.plainCall(), Math.max(1, pair.batch() / 4));
			}
		});
	}

	/**
	 * Run {@code round} again and again for at least the warm-up time, then until the JIT compiler was
	 * quiet for {@value #QUIET_SECONDS} s (see {@link #warmUp}).
	 * @param round one round of every call to warm up
	 */
	static void untilCompilerQuiet(Runnable round) {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		boolean timed = compiler != null && compiler.isCompilationTimeMonitoringSupported();
		long start = System.nanoTime();
		long windowStart = start;
		long compiledAtWindowStart = timed ? compiler.getTotalCompilationTime() : 0;
		while (true) {
			round.run();
			long now = System.nanoTime();
			if (now - start >= MAX_WARM_UP_SECONDS * 1_000_000_000L) {
				System.err.println("Warm-up: the JIT compiler was still busy after " + MAX_WARM_UP_SECONDS + " s");
				return;
			}
			if (now - windowStart >= QUIET_SECONDS * 1_000_000_000L) {
				long compiled = timed ? compiler.getTotalCompilationTime() : 0;
				if (now - start >= WARM_UP_NANOS && compiled - compiledAtWindowStart < QUIET_COMPILATION_MILLIS) {
					System.err.printf(Locale.ROOT, "Warm-up: %.0f s%n", (now - start) / 1e9);
					return;
				}
				windowStart = now;
				compiledAtWindowStart = compiled;
			}
		}
	}

	private static Result measure(Pair pair) {
		// a few rounds unmeasured first: the previous pair ran other code and left other garbage
		for (int round = 0; round < SETTLE_ROUNDS; round++) {
			batch(pair, pair.oursCall(), pair.batch());
			batch(pair, pair.plainCall(), pair.batch());
		}
		int rounds = pair.rounds();
		double[] ratios = new double[rounds];
		double[] cpuRatios = new double[rounds];
		double[] ours = new double[rounds];
		double[] plain = new double[rounds];
		double[] oursCpu = new double[rounds];
		double[] plainCpu = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			Timing oursTiming;
			Timing plainTiming;
			if (round % 2 == 0) {
				oursTiming = batch(pair, pair.oursCall(), pair.batch());
				plainTiming = batch(pair, pair.plainCall(), pair.batch());
			}
			else {
				plainTiming = batch(pair, pair.plainCall(), pair.batch());
				oursTiming = batch(pair, pair.oursCall(), pair.batch());
			}
			ratios[round] = (double) oursTiming.wallNanos() / plainTiming.wallNanos();
			cpuRatios[round] = (double) oursTiming.cpuNanos() / Math.max(1, plainTiming.cpuNanos());
			ours[round] = oursTiming.wallNanos() / 1000.0 / pair.batch();
			plain[round] = plainTiming.wallNanos() / 1000.0 / pair.batch();
			oursCpu[round] = oursTiming.cpuNanos() / 1000.0 / pair.batch();
			plainCpu[round] = plainTiming.cpuNanos() / 1000.0 / pair.batch();
		}
		return new Result(pair, Spread.of(ratios), Spread.of(cpuRatios), Spread.of(ours).median(),
				Spread.of(plain).median(), Spread.of(oursCpu).median(), Spread.of(plainCpu).median());
	}

	private static Timing batch(Pair pair, LongSupplier call, int calls) {
		ClientCpu cpu = ClientCpu.start();
		long start = System.nanoTime();
		for (int i = 0; i < calls; i++) {
			long answer = call.getAsLong();
			if (answer != pair.expected()) {
				throw new IllegalStateException(pair.ours() + "/" + pair.plain() + ": got " + answer + ", expected "
						+ pair.expected());
			}
		}
		long wall = System.nanoTime() - start;
		return new Timing(wall, cpu.elapsed());
	}

	/**
	 * The CPU time of the client's threads: the calling thread, the JDK {@code HttpClient}'s own threads
	 * (its selector and workers, named {@code HttpClient-...}, which read and hand over the answers) and
	 * the client's {@code Watchdog}; not the server's. Unlike the wall time it leaves out the waits for
	 * the in-process server, whose length on a VM of two vCPUs depends on where the scheduler happens to
	 * run the server's thread (waking a thread on a halted vCPU costs tens of microseconds).
	 */
	static final class ClientCpu {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		private final long[] ids;

		private final long[] startNanos;

		private final long callerStart;

		private ClientCpu(long[] ids, long[] startNanos, long callerStart) {
			this.ids = ids;
			this.startNanos = startNanos;
			this.callerStart = callerStart;
		}

		static ClientCpu start() {
			long[] ids = clientThreads();
			long[] start = new long[ids.length];
			for (int i = 0; i < ids.length; i++) {
				start[i] = Math.max(0, THREADS.getThreadCpuTime(ids[i]));
			}
			return new ClientCpu(ids, start, THREADS.getCurrentThreadCpuTime());
		}

		/** CPU nanoseconds since {@link #start()}; a thread started meanwhile is counted in full. */
		long elapsed() {
			long total = THREADS.getCurrentThreadCpuTime() - this.callerStart;
			for (int i = 0; i < this.ids.length; i++) {
				long now = THREADS.getThreadCpuTime(this.ids[i]);
				total += (now >= 0) ? now - this.startNanos[i] : 0;
			}
			for (long id : clientThreads()) {
				if (Arrays.stream(this.ids).noneMatch((known) -> known == id)) {
					total += Math.max(0, THREADS.getThreadCpuTime(id));
				}
			}
			return total;
		}

		private static long[] clientThreads() {
			long self = Thread.currentThread().getId();
			return Arrays.stream(THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0))
				.filter((info) -> info != null && info.getThreadId() != self)
				.filter((info) -> info.getThreadName().startsWith("HttpClient-")
						|| info.getThreadName().equals(Watchdog.THREAD_NAME))
				.mapToLong(ThreadInfo::getThreadId)
				.toArray();
		}

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
		return header() + rows(results);
	}

	private static String header() {
		StringBuilder out = new StringBuilder();
		out.append("### ")
			.append(RunAll.PAIRED_TITLE)
			.append("\n\n")
			.append(ROUNDS)
			.append(" rounds (")
			.append(PAGING_ROUNDS)
			.append(" for the walks over 100,000 tasks) after a warm-up of at least ")
			.append(WARM_UP_NANOS / 1_000_000_000L)
			.append(" s and until the JIT compiler was quiet, one thread; per round a batch of each,")
			.append(" in alternating order; the ratio is ours / plain per round (median and quartiles). A plain")
			.append(" column ending in _map reads the JSON into a Map; the others into the client's own models.")
			.append(" The CPU ratio is that of the CPU time of the client's threads per round (the calling thread,")
			.append(" the JDK HttpClient's own threads, the client's watchdog; not the server's).\n\n")
			.append("| ours | plain | ours, us per call | plain, us per call | ratio (median) | quartiles")
			.append(" | ours, CPU us per call | plain, CPU us per call | CPU ratio (median) | CPU quartiles |\n")
			.append("|---|---|---:|---:|---:|---|---:|---:|---:|---|\n");
		return out.toString();
	}

	private static String rows(List<Result> results) {
		StringBuilder out = new StringBuilder();
		for (Result result : results) {
			out.append(String.format(Locale.ROOT,
					"| %s | %s | %.1f | %.1f | %.2f | %.2f-%.2f | %.1f | %.1f | %.2f | %.2f-%.2f |%n",
					result.pair().ours(), result.pair().plain(), result.oursMicros(), result.plainMicros(),
					result.wall().median(), result.wall().q1(), result.wall().q3(), result.oursCpuMicros(),
					result.plainCpuMicros(), result.cpu().median(), result.cpu().q1(), result.cpu().q3()));
		}
		return out.toString();
	}

}
