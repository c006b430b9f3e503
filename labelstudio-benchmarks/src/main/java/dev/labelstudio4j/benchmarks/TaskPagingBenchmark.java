package dev.labelstudio4j.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

import dev.labelstudio4j.benchmarks.Clients.Observations;
import dev.labelstudio4j.benchmarks.Clients.Transport;
import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskListParams;

/**
 * Case 3: every task of a project of 100,000 (1,000 pages of 100), end to end:
 * {@code client.tasks().list(...).autoPaging()} against a hand-written page loop. One operation is the
 * whole walk. {@code ours_jdk_xmx64m} is the same walk in a JVM with a 64 MB heap: paging holds one page
 * at a time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class TaskPagingBenchmark {

	static final int TOTAL = 100_000;

	private CannedServer server;

	private Clients.Built oursJdk;

	private Clients.Built oursUrlConnection;

	private Clients.Built oursApache;

	private Plain plainJdk;

	private Plain plainUrlConnection;

	private Plain plainApache;

	@Setup(Level.Trial)
	public void start() throws IOException {
		this.server = CannedServer.start(TOTAL, 4);
		String url = this.server.baseUrl();
		this.oursJdk = Clients.build(url, Transport.JDK, Observations.HANDLER);
		this.oursUrlConnection = Clients.build(url, Transport.URL_CONNECTION, Observations.HANDLER);
		this.oursApache = Clients.build(url, Transport.APACHE, Observations.HANDLER);
		this.plainJdk = new Plain.Jdk(url);
		this.plainUrlConnection = new Plain.UrlConnection(url);
		this.plainApache = new Plain.Apache(url);
	}

	@TearDown(Level.Trial)
	public void stop() throws Exception {
		for (AutoCloseable closeable : new AutoCloseable[] { this.oursJdk, this.oursUrlConnection, this.oursApache,
				this.plainJdk, this.plainUrlConnection, this.plainApache, this.server }) {
			closeable.close();
		}
	}

	@Benchmark
	public long ours_jdk(Blackhole blackhole) {
		return ours(this.oursJdk, blackhole);
	}

	@Benchmark
	@Fork(jvmArgsAppend = "-Xmx64m")
	public long ours_jdk_xmx64m(Blackhole blackhole) {
		return ours(this.oursJdk, blackhole);
	}

	@Benchmark
	public long ours_urlConnection(Blackhole blackhole) {
		return ours(this.oursUrlConnection, blackhole);
	}

	@Benchmark
	public long ours_apache(Blackhole blackhole) {
		return ours(this.oursApache, blackhole);
	}

	@Benchmark
	public long plain_jdk(Blackhole blackhole) {
		return plain(this.plainJdk, blackhole);
	}

	@Benchmark
	public long plain_urlConnection(Blackhole blackhole) {
		return plain(this.plainUrlConnection, blackhole);
	}

	@Benchmark
	public long plain_apache(Blackhole blackhole) {
		return plain(this.plainApache, blackhole);
	}

	private static long ours(Clients.Built built, Blackhole blackhole) {
		Page<Task> first = built.client()
			.tasks()
			.list(TaskListParams.builder().project(Fixtures.PROJECT_ID).pageSize(Fixtures.PAGE_SIZE).build());
		long count = 0;
		for (Task task : first.autoPaging()) {
			blackhole.consume(task);
			count++;
		}
		return checked(count);
	}

	/** What a careful engineer writes: ask for pages until {@code total} is reached or a 404 says so. */
	private static long plain(Plain plain, Blackhole blackhole) {
		long count = 0;
		for (int page = 1;; page++) {
			TaskPage answer = plain.get("/api/tasks/?project=" + Fixtures.PROJECT_ID + "&page=" + page + "&page_size="
					+ Fixtures.PAGE_SIZE, TaskPage.class);
			if (answer == null || answer.tasks() == null || answer.tasks().isEmpty()) {
				break;
			}
			for (Task task : answer.tasks()) {
				blackhole.consume(task);
				count++;
			}
			if (answer.total() != null && count >= answer.total()) {
				break;
			}
		}
		return checked(count);
	}

	private static long checked(long count) {
		if (count != TOTAL) {
			throw new IllegalStateException("Walked " + count + " tasks instead of " + TOTAL);
		}
		return count;
	}

	/** {@code GET /api/tasks/}'s answer, for the baselines. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record TaskPage(@Nullable List<Task> tasks, @Nullable Long total) {
	}

}
