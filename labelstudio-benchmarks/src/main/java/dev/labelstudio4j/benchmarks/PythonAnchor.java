package dev.labelstudio4j.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import dev.labelstudio4j.benchmarks.Clients.Observations;
import dev.labelstudio4j.benchmarks.Clients.Transport;
import dev.labelstudio4j.client.LabelStudioClient;

/**
 * The anchor to the official Python SDK: how much faster our client is than {@code label-studio-sdk} 1.0.4
 * at {@code projects.get(id)} and at walking every task of a project of 100,000
 * ({@code tasks.list(project=..., page_size=100)} iterated to the end), against the same local
 * {@link CannedServer}, <em>measured in turns</em> like {@link PairedRatios}: each round times a batch of
 * Python calls and a batch of ours (the order alternating from round to round), so that whatever else
 * the machine does at that moment slows both; the ratio python / ours of the time per call is kept per
 * round, and its median and quartiles over the rounds are reported.
 * <p>
 * The Python side is {@code python-anchor/anchor.py}, a long-running process that reads {@code get N}
 * and {@code walk} on its standard input and answers each with the nanoseconds the work took (timed in
 * Python, around the SDK calls only) and a check (the project id, the task count), checked here like
 * every answer of ours. Run from the repository root, with the SDK importable by the interpreter:
 * {@code java -Dlabelstudio.bench.python=python3 -cp labelstudio-benchmarks/target/benchmarks.jar
 * dev.labelstudio4j.benchmarks.PythonAnchor} (about 3 min; see {@code python-anchor/README.md}).
 * <p>
 * System properties: {@code labelstudio.bench.python} (the interpreter, default {@code /usr/bin/python3}),
 * {@code labelstudio.bench.anchor} (the script, default
 * {@code labelstudio-benchmarks/python-anchor/anchor.py}). The environment, {@code PYTHONPATH} included,
 * is passed to the Python process as it is.
 */
public final class PythonAnchor {

	static final String TITLE = "Against the official Python SDK (label-studio-sdk 1.0.4), measured in turns";

	private static final int ROUNDS = 41;

	/** Rounds for the walks over 100,000 tasks, about 9 s each in Python. */
	private static final int PAGING_ROUNDS = 7;

	/** Python {@code projects.get} calls in a batch (about 0.1 s). */
	private static final int PYTHON_GETS = 100;


	private static final int PYTHON_WARM_UP_GETS = 300;

	private static final String INSTALL = "pip install label-studio-sdk==1.0.4";

	private PythonAnchor() {
	}

	/**
	 * Ours against Python on one kind of call: how many of ours and of Python's make a batch, what each
	 * answer must be, how many rounds.
	 */
	record Pair(String ours, LongSupplier oursCall, int oursBatch, String python, String command, int pythonBatch,
			long expected, int rounds) {
	}

	/** One pair's result: quartiles of the per-round ratios python / ours and the median times per call. */
	record Result(Pair pair, PairedRatios.Spread ratio, double oursMicros, double pythonMicros) {
	}

	public static void main(String[] args) throws Exception {
		String python = System.getProperty("labelstudio.bench.python", "/usr/bin/python3");
		String script = System.getProperty("labelstudio.bench.anchor", "labelstudio-benchmarks/python-anchor/anchor.py");
		if (!Files.isRegularFile(Path.of(script))) {
			System.err.println("No Python anchor script at " + Path.of(script).toAbsolutePath()
					+ ": run from the repository root or set -Dlabelstudio.bench.anchor=.../anchor.py");
			System.exit(2);
		}
		System.out.print(OneCpu.shouldRelaunch() ? OneCpu.run(PythonAnchor.class) : run(python, script) + "\n");
	}

	/**
	 * Measure every pair.
	 * @param python the interpreter
	 * @param script {@code anchor.py}
	 * @return the table, in Markdown
	 */
	static String run(String python, String script) throws Exception {
		try (CannedServer server = CannedServer.start(TaskPagingBenchmark.TOTAL, 4);
				Clients.Built apache = Clients.build(server.baseUrl(), Transport.APACHE, Observations.HANDLER);
				Clients.Built jdk = Clients.build(server.baseUrl(), Transport.JDK, Observations.HANDLER);
				Anchor anchor = Anchor.start(python, script, server.baseUrl())) {
			LongSupplier getApache = () -> apache.client().projects().get(Fixtures.PROJECT_ID).id();
			LongSupplier getJdk = () -> jdk.client().projects().get(Fixtures.PROJECT_ID).id();
			LongSupplier walkApache = () -> PairedRatios.walk(apache.client());
			LongSupplier walkJdk = () -> PairedRatios.walk(jdk.client());
			String get = "get " + PYTHON_GETS;
			List<Pair> pairs = List.of(
					new Pair("ours_apache", getApache, 3000, "python_sdk", get, PYTHON_GETS, Fixtures.PROJECT_ID, ROUNDS),
					new Pair("ours_jdk", getJdk, 1000, "python_sdk", get, PYTHON_GETS, Fixtures.PROJECT_ID, ROUNDS),
					new Pair("ours_apache_paging", walkApache, 1, "python_sdk_paging", "walk", 1,
							TaskPagingBenchmark.TOTAL, PAGING_ROUNDS),
					new Pair("ours_jdk_paging", walkJdk, 1, "python_sdk_paging", "walk", 1, TaskPagingBenchmark.TOTAL,
							PAGING_ROUNDS));
			// every call of ours in turn until the JIT compiler is done (a walk takes ~0.5 s, a batch of gets ~20 ms)
			PairedRatios.untilCompilerQuiet(() -> {
				for (Pair pair : pairs) {
					batch(pair, pair.oursCall(), Math.max(1, pair.oursBatch() / 10));
				}
			});
			anchor.call(pairs.get(0), "get " + PYTHON_WARM_UP_GETS);
			anchor.call(pairs.get(2), "walk");
			List<Result> results = new ArrayList<>();
			for (Pair pair : pairs) {
				results.add(measure(pair, anchor));
			}
			return table(results, anchor.versions());
		}
	}

	private static Result measure(Pair pair, Anchor anchor) throws IOException {
		int rounds = pair.rounds();
		double[] ratios = new double[rounds];
		double[] ours = new double[rounds];
		double[] python = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			long oursNanos;
			long pythonNanos;
			if (round % 2 == 0) {
				pythonNanos = anchor.call(pair, pair.command());
				oursNanos = batch(pair, pair.oursCall(), pair.oursBatch());
			}
			else {
				oursNanos = batch(pair, pair.oursCall(), pair.oursBatch());
				pythonNanos = anchor.call(pair, pair.command());
			}
			ours[round] = oursNanos / 1000.0 / pair.oursBatch();
			python[round] = pythonNanos / 1000.0 / pair.pythonBatch();
			ratios[round] = python[round] / ours[round];
		}
		return new Result(pair, PairedRatios.Spread.of(ratios), PairedRatios.Spread.of(ours).median(),
				PairedRatios.Spread.of(python).median());
	}

	private static long batch(Pair pair, LongSupplier call, int calls) {
		long start = System.nanoTime();
		for (int i = 0; i < calls; i++) {
			long answer = call.getAsLong();
			if (answer != pair.expected()) {
				throw new IllegalStateException(pair.ours() + ": got " + answer + ", expected " + pair.expected());
			}
		}
		return System.nanoTime() - start;
	}

	static String table(List<Result> results, String versions) {
		StringBuilder out = new StringBuilder();
		out.append("### ")
			.append(TITLE)
			.append("\n\n")
			.append(versions)
			.append(". ")
			.append(ROUNDS)
			.append(" rounds (")
			.append(PAGING_ROUNDS)
			.append(" for the walks over 100,000 tasks) after a warm-up of ours (at least 12 s, until the JIT compiler was quiet) and ")
			.append(PYTHON_WARM_UP_GETS)
			.append(" gets and one walk of Python's, one thread each; per round a batch of each (Python: ")
			.append(PYTHON_GETS)
			.append(" gets or one walk), in alternating order; the ratio is python / ours of the time per call")
			.append(" per round (median and quartiles).\n\n")
			.append("| ours | python | ours, us per call | python, us per call | python/ours median | quartiles |\n")
			.append("|---|---|---:|---:|---:|---|\n");
		for (Result result : results) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f-%.1f |%n",
					result.pair().ours(), result.pair().python(), result.oursMicros(), result.pythonMicros(),
					result.ratio().median(), result.ratio().q1(), result.ratio().q3()));
		}
		return out.toString();
	}

	/** The Python process running {@code anchor.py}: one command out, one answer back. */
	static final class Anchor implements AutoCloseable {

		private final Process process;

		private final BufferedWriter commands;

		private final BufferedReader answers;

		private final String versions;

		private Anchor(Process process, BufferedReader answers, String versions) {
			this.process = process;
			this.commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
			this.answers = answers;
			this.versions = versions;
		}

		/**
		 * Start {@code anchor.py} against the server and wait for it to have imported the SDK; exit the JVM
		 * with a message saying how to install the SDK when it cannot.
		 */
		static Anchor start(String python, String script, String baseUrl) throws IOException {
			ProcessBuilder builder = new ProcessBuilder(python, script, baseUrl, Fixtures.API_KEY,
					Long.toString(Fixtures.PROJECT_ID))
				.redirectError(ProcessBuilder.Redirect.INHERIT);
			Process process;
			try {
				process = builder.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot start the Python interpreter " + python + " ("
						+ ex.getMessage() + "): set -Dlabelstudio.bench.python=/path/to/python3", ex);
			}
			BufferedReader answers = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String first = answers.readLine();
			if (first == null || !first.startsWith("ready ")) {
				process.destroy();
				System.err.println("The Python SDK cannot be imported by " + python + " ("
						+ ((first != null) ? first : "no answer from " + script) + ").\nInstall it with `" + INSTALL
						+ "` for that interpreter (or put its source on PYTHONPATH), or choose another interpreter"
						+ " with -Dlabelstudio.bench.python=/path/to/python3.");
				System.exit(3);
			}
			return new Anchor(process, answers, first.substring("ready ".length()));
		}

		/** What the Python process said it runs: the SDK's, Python's, httpx's and pydantic's versions. */
		String versions() {
			return this.versions;
		}

		/**
		 * Send one command and wait for its answer.
		 * @return the nanoseconds Python took
		 */
		long call(Pair pair, String command) throws IOException {
			this.commands.write(command);
			this.commands.newLine();
			this.commands.flush();
			String answer = this.answers.readLine();
			if (answer == null) {
				throw new IllegalStateException("The Python anchor ended during `" + command + "`: see its error above");
			}
			String[] words = answer.trim().split(" ");
			long nanos;
			long check;
			try {
				nanos = Long.parseLong(words[0]);
				check = Long.parseLong(words[1]);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("The Python anchor answered `" + answer + "` to `" + command + "`", ex);
			}
			if (words.length != 2 || check != pair.expected()) {
				throw new IllegalStateException(pair.python() + " `" + command + "`: got " + answer + ", expected "
						+ pair.expected());
			}
			return nanos;
		}

		@Override
		public void close() throws InterruptedException {
			try {
				this.commands.write("quit");
				this.commands.newLine();
				this.commands.close();
			}
			catch (IOException ex) {
				// it has gone already
			}
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}

	}

}
