package dev.labelstudio4j.benchmarks;

import java.io.IOException;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.labelstudio4j.benchmarks.Clients.Observations;
import dev.labelstudio4j.benchmarks.Clients.Transport;
import dev.labelstudio4j.client.projects.Project;

/**
 * {@code GET /api/projects/{id}/}: {@code client.projects().get(id)} over each transport, against the
 * same call written by hand over each HTTP stack, and the raw-socket floor. One server and one client
 * of each kind, shared by all benchmark threads.
 */
@State(Scope.Benchmark)
public abstract class ProjectGetBase {

	private static final String PATH = "/api/projects/" + Fixtures.PROJECT_ID + "/";

	private CannedServer server;

	private Clients.Built oursJdk;

	private Clients.Built oursJdkMeters;

	private Clients.Built oursJdkAsync;

	private Clients.Built oursUrlConnection;

	private Clients.Built oursApache;

	private Clients.Built oursApacheMeters;

	private Plain plainJdk;

	private Plain plainUrlConnection;

	private Plain plainApache;

	@Setup(Level.Trial)
	public void start() throws IOException {
		this.server = CannedServer.start(100_000, 16);
		String url = this.server.baseUrl();
		this.oursJdk = Clients.build(url, Transport.JDK, Observations.HANDLER);
		this.oursJdkMeters = Clients.build(url, Transport.JDK, Observations.METERS);
		this.oursJdkAsync = Clients.build(url, Transport.JDK_ASYNC, Observations.HANDLER);
		this.oursUrlConnection = Clients.build(url, Transport.URL_CONNECTION, Observations.HANDLER);
		this.oursApache = Clients.build(url, Transport.APACHE, Observations.HANDLER);
		this.oursApacheMeters = Clients.build(url, Transport.APACHE, Observations.METERS);
		this.plainJdk = new Plain.Jdk(url);
		this.plainUrlConnection = new Plain.UrlConnection(url);
		this.plainApache = new Plain.Apache(url);
		for (Clients.Built built : ours()) {
			check(built.client().projects().get(Fixtures.PROJECT_ID));
		}
		for (Plain plain : new Plain[] { this.plainJdk, this.plainUrlConnection, this.plainApache }) {
			check(plain.get(PATH, Project.class));
		}
	}

	private Clients.Built[] ours() {
		return new Clients.Built[] { this.oursJdk, this.oursJdkMeters, this.oursJdkAsync, this.oursUrlConnection,
				this.oursApache, this.oursApacheMeters };
	}

	private static void check(Project project) {
		if (project == null || project.id() != Fixtures.PROJECT_ID || project.parsedLabelConfig() == null) {
			throw new IllegalStateException("Unexpected project " + project);
		}
	}

	@TearDown(Level.Trial)
	public void stop() throws Exception {
		for (AutoCloseable closeable : ours()) {
			closeable.close();
		}
		for (AutoCloseable closeable : new AutoCloseable[] { this.plainJdk, this.plainUrlConnection,
				this.plainApache, this.server }) {
			closeable.close();
		}
	}

	@Benchmark
	public Project ours_jdk() {
		return this.oursJdk.client().projects().get(Fixtures.PROJECT_ID);
	}

	@Benchmark
	public Project ours_jdk_meters() {
		return this.oursJdkMeters.client().projects().get(Fixtures.PROJECT_ID);
	}

	@Benchmark
	public Project ours_jdkAsync() {
		return this.oursJdkAsync.client().projects().get(Fixtures.PROJECT_ID);
	}

	@Benchmark
	public Project ours_urlConnection() {
		return this.oursUrlConnection.client().projects().get(Fixtures.PROJECT_ID);
	}

	@Benchmark
	public Project ours_apache() {
		return this.oursApache.client().projects().get(Fixtures.PROJECT_ID);
	}

	@Benchmark
	public Project ours_apache_meters() {
		return this.oursApacheMeters.client().projects().get(Fixtures.PROJECT_ID);
	}

	@Benchmark
	public Project plain_jdk() {
		return this.plainJdk.get(PATH, Project.class);
	}

	@Benchmark
	public Project plain_urlConnection() {
		return this.plainUrlConnection.get(PATH, Project.class);
	}

	@Benchmark
	public Project plain_apache() {
		return this.plainApache.get(PATH, Project.class);
	}

	@Benchmark
	public int floor_rawSocket(Floor floor) throws IOException {
		return floor.socket(this.server.port()).exchange();
	}

	/** One raw connection per benchmark thread. */
	@State(Scope.Thread)
	public static class Floor {

		private RawSocket socket;

		RawSocket socket(int port) throws IOException {
			if (this.socket == null) {
				this.socket = new RawSocket(port, PATH);
			}
			return this.socket;
		}

		@TearDown(Level.Trial)
		public void close() throws IOException {
			if (this.socket != null) {
				this.socket.close();
			}
		}

	}

}
