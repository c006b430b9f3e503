package dev.labelstudio4j.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.micrometer.observation.ObservationRegistry;

import dev.labelstudio4j.benchmarks.Clients.Observations;
import dev.labelstudio4j.benchmarks.Clients.Transport;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.projects.Project;

/**
 * Ratios that hold on a noisy machine: {@code projects().get(id)} through the client against the same
 * call written by hand, measured <em>in turns</em> in one JVM. Each round times a batch of calls of one,
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

	private static final long WARM_UP_NANOS = 12_000_000_000L;

	private PairedRatios() {
	}

	/** Two ways of making the same call, and how many calls make a batch of some 20 ms. */
	record Pair(String ours, Supplier<Project> oursCall, String plain, Supplier<Project> plainCall, int batch) {
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
		try (CannedServer server = CannedServer.start(100_000, 4);
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
			List<Pair> pairs = List.of(
					new Pair("ours_memory", () -> memory.projects().get(Fixtures.PROJECT_ID), "plain_memory",
							() -> Plain.MAPPER.readValue(project, Project.class), 2000),
					new Pair("ours_apache", () -> apache.client().projects().get(Fixtures.PROJECT_ID), "plain_apache",
							() -> plainApache.get(PATH, Project.class), 300),
					new Pair("ours_apache", () -> apache.client().projects().get(Fixtures.PROJECT_ID),
							"plain_urlConnection", () -> plainUrlConnection.get(PATH, Project.class), 300),
					new Pair("ours_jdk", () -> jdk.client().projects().get(Fixtures.PROJECT_ID), "plain_jdk",
							() -> plainJdk.get(PATH, Project.class), 100));
			long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
			while (System.nanoTime() < warmUpEnd) {
				for (Pair pair : pairs) {
					batch(pair.oursCall(), pair.batch() / 4);
					batch(pair.plainCall(), pair.batch() / 4);
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
		double[] ratios = new double[ROUNDS];
		double[] ours = new double[ROUNDS];
		double[] plain = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			long oursNanos;
			long plainNanos;
			if (round % 2 == 0) {
				oursNanos = batch(pair.oursCall(), pair.batch());
				plainNanos = batch(pair.plainCall(), pair.batch());
			}
			else {
				plainNanos = batch(pair.plainCall(), pair.batch());
				oursNanos = batch(pair.oursCall(), pair.batch());
			}
			ratios[round] = (double) oursNanos / plainNanos;
			ours[round] = oursNanos / 1000.0 / pair.batch();
			plain[round] = plainNanos / 1000.0 / pair.batch();
		}
		Arrays.sort(ratios);
		Arrays.sort(ours);
		Arrays.sort(plain);
		return new Result(pair, ratios[ROUNDS / 4], ratios[ROUNDS / 2], ratios[3 * ROUNDS / 4], ours[ROUNDS / 2],
				plain[ROUNDS / 2]);
	}

	private static long batch(Supplier<Project> call, int calls) {
		long start = System.nanoTime();
		for (int i = 0; i < calls; i++) {
			if (call.get().id() != Fixtures.PROJECT_ID) {
				throw new IllegalStateException("Unexpected project");
			}
		}
		return System.nanoTime() - start;
	}

	static String table(List<Result> results) {
		StringBuilder out = new StringBuilder();
		out.append("### ")
			.append(RunAll.PAIRED_TITLE)
			.append("\n\n")
			.append(ROUNDS)
			.append(" rounds after a 12 s warm-up, one thread; per round a batch of each, in alternating order; the")
			.append(" ratio is ours / plain per round (median and quartiles).\n\n")
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
