package dev.labelstudio4j.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a measurement in turns in a JVM of its own bound to one CPU ({@code taskset -c <last CPU>}), so that
 * the client, the in-process server and their hand-offs share that CPU.
 * <p>
 * Why: on a VM with two vCPUs a thread that wakes another on the other vCPU pays for an inter-processor
 * interrupt and for waking a halted vCPU, tens of microseconds, and where the scheduler happens to place
 * the server's threads stays so for a whole run: the same plain Apache loop measured 20 us per call in one
 * run and 80 us in the next, and ratios in turns of 0.24 and 4.3 for unchanged code. On one CPU the
 * quartiles of the ratios are within a few percent. {@code -Dlabelstudio.bench.cpus=all} measures
 * without binding; so does a machine without {@code taskset} or with one CPU.
 */
final class OneCpu {

	static final String BOUND = "labelstudio.bench.bound";

	private static final Path TASKSET = Path.of("/usr/bin/taskset");

	private OneCpu() {
	}

	/** Whether this JVM should hand the measurement to a JVM bound to one CPU. */
	static boolean shouldRelaunch() {
		return !Boolean.getBoolean(BOUND) && !"all".equals(System.getProperty("labelstudio.bench.cpus"))
				&& Runtime.getRuntime().availableProcessors() > 1 && Files.isExecutable(TASKSET);
	}

	/**
	 * Run {@code main} in a JVM bound to the last CPU, with this JVM's class path, heap settings and
	 * {@code labelstudio.bench.*} properties; its standard error is passed through.
	 * @param main the class to run
	 * @param properties more system properties for it, {@code name=value}
	 * @return what it printed on standard output
	 * @throws IOException if it could not be run or failed
	 */
	static String run(Class<?> main, String... properties) throws IOException, InterruptedException {
		int cpu = Runtime.getRuntime().availableProcessors() - 1;
		List<String> command = new ArrayList<>(List.of(TASKSET.toString(), "-c", String.valueOf(cpu),
				Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (argument.startsWith("-Xm") || argument.startsWith("-Dlabelstudio.bench.")) {
				command.add(argument);
			}
		}
		command.add("-D" + BOUND + "=true");
		for (String property : properties) {
			command.add("-D" + property);
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
		System.err.println("Measuring in turns on CPU " + cpu + " (taskset; -Dlabelstudio.bench.cpus=all for all CPUs)");
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		process.getOutputStream().close();
		String out;
		try (InputStream in = process.getInputStream()) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			out = bytes.toString(StandardCharsets.UTF_8);
		}
		int status = process.waitFor();
		if (status != 0) {
			throw new IOException(main.getSimpleName() + " on one CPU exited with " + status + ": " + out);
		}
		return out;
	}

}
