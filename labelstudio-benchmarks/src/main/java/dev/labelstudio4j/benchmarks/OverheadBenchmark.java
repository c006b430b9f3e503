package dev.labelstudio4j.benchmarks;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.projects.Project;

/**
 * The client's own cost per call, without any network: {@code projects().get(id)} over a request
 * factory that answers from memory, against Jackson reading the same bytes into the same record (the
 * part no client can avoid). The difference is what the client adds to every call, whatever the
 * transport: URI template, headers, retry, observation, Spring's exchange.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class OverheadBenchmark {

	private static final byte[] PROJECT = Fixtures.project();

	private LabelStudioClient ours;

	private LabelStudioClient oursMeters;

	private LabelStudioClient oursBare;

	@Setup(Level.Trial)
	public void setUp() {
		ObservationRegistry handler = ObservationRegistry.create();
		handler.observationConfig().observationHandler(new Clients.NoOpHandler());
		ObservationRegistry meters = ObservationRegistry.create();
		meters.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
		this.ours = client(handler, RetrySettings.defaults());
		this.oursMeters = client(meters, RetrySettings.defaults());
		this.oursBare = client(null, RetrySettings.disabled());
	}

	private static LabelStudioClient client(ObservationRegistry registry, RetrySettings retry) {
		return LabelStudioClient.builder()
			.baseUrl("http://127.0.0.1:8080")
			.apiKey(Fixtures.API_KEY)
			.retrySettings(retry)
			.observationRegistry(registry)
			.requestFactory(new InMemoryRequestFactory(PROJECT), (timeout) -> new InMemoryRequestFactory(PROJECT))
			.build();
	}

	@Benchmark
	public Project ours_memory() {
		return this.ours.projects().get(Fixtures.PROJECT_ID);
	}

	@Benchmark
	public Project ours_memory_meters() {
		return this.oursMeters.projects().get(Fixtures.PROJECT_ID);
	}

	@Benchmark
	public Project ours_memory_noRetryNoObservation() {
		return this.oursBare.projects().get(Fixtures.PROJECT_ID);
	}

	@Benchmark
	public Project plain_memory() {
		return Plain.MAPPER.readValue(PROJECT, Project.class);
	}

}
