package dev.labelstudio4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every case with settings that fit in a few minutes on two cores and prints, per case, each
 * variant's score and its cost relative to "the limit": the fastest hand-written baseline measured in
 * the same run. A ratio of 1.00 means the client costs nothing over the fastest plain call; 1.10 means
 * it takes 10% longer (or does 10% less per second).
 *
 * <pre class="code">
 * java -jar labelstudio-benchmarks/target/benchmarks.jar                 # every case
 * java -jar labelstudio-benchmarks/target/benchmarks.jar get paging      # some cases
 * java -jar labelstudio-benchmarks/target/benchmarks.jar -v get          # with JMH's own output
 * java -jar labelstudio-benchmarks/target/benchmarks.jar -prof gc get    # with a JMH profiler
 * java -jar labelstudio-benchmarks/target/benchmarks.jar -quick          # one short iteration each: does it run?
 * java -jar labelstudio-benchmarks/target/benchmarks.jar -variants "ours_jdk.*|plain_jdk" get   # other variants
 * java -jar labelstudio-benchmarks/target/benchmarks.jar -variants "ours_jdk.*|plain_jdk" get   # other variants
 * </pre>
 * Cases: {@code overhead}, {@code get}, {@code get16}, {@code paging}, {@code import}, {@code startup},
 * {@code emulator}, {@code emulator8},
 * {@code paired} ({@link PairedRatios}, in a JVM bound to one CPU: {@link OneCpu}). The table is also
 * written to {@code benchmark-results.md} in the working directory.
 */
public final class RunAll {

	private RunAll() {
	}

	/**
	 * One case: a benchmark class, the variants (benchmark methods) run by default, and the settings.
	 * Warm-up is long on purpose: the client's call path (Spring, Jackson, Resilience4j, Micrometer)
	 * takes some 6-8 s of calls on two CPUs before C2 has compiled it, and shorter warm-ups measured
	 * the compiler, not the client.
	 */
	record Case(String key, String title, Class<?> benchmark, String variants, int warmups, int warmupSeconds,
			int iterations, int iterationSeconds, int forks) {

		boolean runs(String variant) {
			return variant.matches(this.variants);
		}

		/** The same case with other variants ({@code -variants regex} on the command line: diagnostics). */
		Case withVariants(String regex) {
			return new Case(this.key, this.title, this.benchmark, regex, this.warmups, this.warmupSeconds,
					this.iterations, this.iterationSeconds, this.forks);
		}

	}

	static final String PAIRED_TITLE = "6. projects().get(id) and paging 100,000 tasks, ours and plain measured in turns (ratios that hold on a noisy machine)";

	/** The plain baselines, run in every network case: the limit is the fastest of them. */
	private static final String PLAIN = "|plain_jdk|plain_urlConnection|plain_apache";

	/**
	 * The variants run by default: ours over the two transports it picks by itself (Apache HttpClient 5
	 * when on the class path, else the JDK client) and the plain baselines; the other variants are
	 * diagnostics ({@code -variants}).
	 */
	static final List<Case> CASES = List.of(
			new Case("overhead", "0. projects().get(id) without network (in-memory answers): us per call",
					OverheadBenchmark.class, ".*", 3, 2, 3, 1, 1),
			new Case("get", "1. projects().get(id), 1 thread: us per call", ProjectGetBenchmark.class,
					"ours_apache|ours_apache_meters|ours_jdk" + PLAIN, 3, 2, 3, 1, 1),
			new Case("get16", "2. projects().get(id), 16 threads, one shared client: calls per ms",
					ProjectGetConcurrentBenchmark.class, "ours_apache|ours_jdk" + PLAIN, 5, 2, 3, 1, 1),
			new Case("paging", "3. tasks().list(..).autoPaging() over 100,000 tasks (1,000 pages): ms per walk",
					TaskPagingBenchmark.class, "ours_apache|ours_jdk|ours_jdk_xmx64m" + PLAIN, 2, 3, 3, 2, 1),
			new Case("import", "4. projects().importTasks(id, stream) of 250,000 tasks, -Xmx256m: ms per import",
					ImportBenchmark.class, "ours_apache|ours_jdk" + PLAIN, 2, 2, 3, 2, 1),
			new Case("startup", "5. Spring Boot context start, with and without the starter: ms (cold JVM, 5 forks)",
					StartupBenchmark.class, ".*", 0, 1, 1, 1, 5),
			new Case("emulator", "7. The emulator, project of 100,000 tasks: a page of 100 (fields=all) and predictions.create,"
					+ " direct (the emulator's own work) and over HTTP through the client: us per request",
					EmulatorBenchmark.class, ".*", 5, 2, 3, 2, 1),
			new Case("emulator8", "8. The emulator, project of 100,000 tasks, 8 threads at once: requests per ms",
					EmulatorConcurrentBenchmark.class, ".*", 5, 2, 3, 2, 1));

	public static void main(String[] args) throws RunnerException, IOException {
		Set<String> selected = new LinkedHashSet<>();
		boolean verbose = false;
		boolean quick = false;
		String variants = null;
		List<String> profilers = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "-v" -> verbose = true;
				case "-quick" -> quick = true;
				case "-prof" -> profilers.add(args[++i]);
				case "-variants" -> variants = args[++i];
				default -> selected.add(args[i].toLowerCase(Locale.ROOT));
			}
		}
		StringBuilder report = new StringBuilder();
		StringBuilder summary = new StringBuilder();
		summary.append("### Summary: the client against the limit (cost ratio; 1.00 = as fast as the fastest plain call)\n\n")
			.append("| case | the limit | ours, Apache HttpClient 5 (the default when on the class path) | ours, JDK HttpClient (the default without it) | ours, best |\n")
			.append("|---|---|---|---|---|\n");
		report.append("labelstudio4j benchmarks, ")
			.append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
			.append(", ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" CPUs, Java ")
			.append(System.getProperty("java.version"))
			.append(", server: ")
			.append(System.getProperty("labelstudio.bench.server", "socket"))
			.append("\n\n");
		for (Case listed : CASES) {
			if (!selected.isEmpty() && !selected.contains(listed.key())) {
				continue;
			}
			Case c = (variants != null) ? listed.withVariants(variants) : listed;
			System.out.println("Running " + c.title() + " ...");
			ChainedOptionsBuilder options = new OptionsBuilder()
				.include("\\." + c.benchmark().getSimpleName() + "\\.(" + c.variants() + ")$")
				.warmupIterations(quick ? Math.min(1, c.warmups()) : c.warmups())
				.warmupTime(TimeValue.seconds(c.warmupSeconds()))
				.measurementIterations(quick ? 1 : c.iterations())
				.measurementTime(TimeValue.seconds(c.iterationSeconds()))
				.forks(quick ? 1 : c.forks())
				.shouldFailOnError(false)
				.verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT);
			String serverKind = System.getProperty("labelstudio.bench.server");
			if (serverKind != null) {
				options.jvmArgsAppend("-Dlabelstudio.bench.server=" + serverKind);
			}
			profilers.forEach(options::addProfiler);
			Collection<RunResult> results = new Runner(options.build()).run();
			String table = table(c, results);
			System.out.println(table);
			report.append(table).append('\n');
			summary.append(summaryLine(c, rows(results)));
		}
		if (selected.isEmpty() || selected.contains("paired")) {
			System.out.println("Running " + PAIRED_TITLE + " ...");
			String paired;
			try {
				paired = PairedRatios.runOnOneCpu();
			}
			catch (Exception ex) {
				paired = "did not complete: " + ex + "\n";
			}
			System.out.println(paired);
			report.append(paired).append('\n');
		}
		report.append(summary);
		System.out.println(summary);
		Files.writeString(Path.of("benchmark-results.md"), report);
		System.out.println("Written to " + Path.of("benchmark-results.md").toAbsolutePath());
	}

	/** A measured variant: the benchmark method's name and its primary result. */
	record Row(String name, double score, double error, String unit, boolean higherIsBetter) {

		/** Cost relative to another row's: above 1 means this one is slower. */
		double costRelativeTo(Row other) {
			return this.higherIsBetter ? other.score / this.score : this.score / other.score;
		}

		/** The transport in a name like {@code ours_jdk_meters}: {@code jdk}. */
		String stack() {
			String[] parts = this.name.split("_");
			return (parts.length > 1) ? parts[1] : "";
		}

	}

	static String summaryLine(Case c, List<Row> rows) {
		Row limit = limit(rows);
		if (limit == null) {
			return "";
		}
		Row apache = rows.stream()
			.filter((row) -> row.name().equals("ours_apache") || row.name().equals("ours_memory")
					|| row.name().equals("ours_withStarter"))
			.findFirst()
			.orElse(null);
		Row jdk = find(rows, "ours_jdk");
		Row best = rows.stream()
			.filter((row) -> row.name().startsWith("ours_"))
			.min(Comparator.comparingDouble((row) -> row.costRelativeTo(limit)))
			.orElse(null);
		return "| " + c.key() + " | " + limit.name() + " " + format(limit.score()) + " " + limit.unit() + " | "
				+ describe(apache, limit) + " | " + describe(jdk, limit) + " | " + describe(best, limit) + " |\n";
	}

	private static String describe(@Nullable Row row, Row limit) {
		return (row != null) ? row.name() + " " + format(row.score()) + " (" + ratio(row, limit) + ")" : "";
	}

	private static @Nullable Row limit(List<Row> rows) {
		return rows.stream()
			.filter((row) -> row.name().startsWith("plain_"))
			.min(Comparator.comparingDouble((row) -> row.higherIsBetter() ? -row.score() : row.score()))
			.orElse(null);
	}

	static List<Row> rows(Collection<RunResult> results) {
		List<Row> rows = new ArrayList<>();
		for (RunResult result : results) {
			Result<?> primary = result.getPrimaryResult();
			String label = result.getParams().getBenchmark();
			String name = label.substring(label.lastIndexOf('.') + 1);
			boolean higherIsBetter = primary.getScoreUnit().contains("/s") || primary.getScoreUnit().contains("ops/");
			rows.add(new Row(name, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), higherIsBetter));
		}
		rows.sort(Comparator.comparing(Row::name));
		return rows;
	}

	/** Benchmark methods of a case that produced no result (they failed; JMH printed why). */
	static List<String> missing(Case c, List<Row> rows) {
		List<String> missing = new ArrayList<>();
		for (Class<?> type = c.benchmark(); type != null; type = type.getSuperclass()) {
			for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class) && c.runs(method.getName())
						&& rows.stream().noneMatch((row) -> row.name().equals(method.getName()))) {
					missing.add(method.getName());
				}
			}
		}
		missing.sort(Comparator.naturalOrder());
		return missing;
	}

	static String table(Case c, Collection<RunResult> results) {
		List<Row> rows = rows(results);
		StringBuilder out = new StringBuilder();
		out.append("### ").append(c.title()).append("\n\n");
		Row limit = limit(rows);
		out.append("| variant | score | error | unit | ratio to the limit | ratio to plain, same stack |\n");
		out.append("|---|---:|---:|---|---:|---:|\n");
		for (Row row : rows) {
			Row same = rows.stream()
				.filter((other) -> other.name().equals("plain_" + row.stack()))
				.findFirst()
				.orElse(null);
			out.append("| ")
				.append(row.name())
				.append((row == limit) ? " (the limit)" : "")
				.append(" | ")
				.append(format(row.score()))
				.append(" | ")
				.append(Double.isNaN(row.error()) ? "" : "± " + format(row.error()))
				.append(" | ")
				.append(row.unit())
				.append(" | ")
				.append(ratio(row, limit))
				.append(" | ")
				.append(row.name().startsWith("ours_") ? ratio(row, same) : "")
				.append(" |\n");
		}
		for (String name : missing(c, rows)) {
			out.append("| ").append(name).append(" | did not complete (see the log) | | | | |\n");
		}
		Row with = find(rows, "ours_withStarter");
		Row without = find(rows, "plain_withoutStarter");
		if (with != null && without != null) {
			out.append("\nThe starter adds ")
				.append(String.format(Locale.ROOT, "%.0f", with.score() - without.score()))
				.append(" ms to the start (")
				.append(format(with.score()))
				.append(" ms against ")
				.append(format(without.score()))
				.append(" ms).\n");
		}
		return out.toString();
	}

	private static @Nullable Row find(List<Row> rows, String name) {
		return rows.stream().filter((row) -> row.name().equals(name)).findFirst().orElse(null);
	}

	private static String ratio(Row row, @Nullable Row other) {
		return (other != null) ? String.format(Locale.ROOT, "%.2f", row.costRelativeTo(other)) : "";
	}

	private static String format(double value) {
		if (Double.isNaN(value)) {
			return "";
		}
		return String.format(Locale.ROOT, (Math.abs(value) >= 100) ? "%.0f" : "%.2f", value);
	}

}
