package dev.labelstudio4j.client.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.projects.ProjectListParams;
import dev.labelstudio4j.client.testsupport.TestTransport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many threads share one client against a {@link HostileServer} with a seeded fault schedule, once with
 * a legacy key and once with a personal access token, on the transport of the surefire execution
 * (JDK {@code HttpClient} in {@code default-test}, Apache HttpClient 5 in {@code apache-transport}).
 * Asserted: no write is processed twice and none is sent more often than the attempts allow; only
 * {@link LabelStudioException}s leave the client; every call returns within the bound its timeouts and
 * attempts give ({@link #callBound}); a paging walk that ends returns each item once; no secret reaches
 * the log at DEBUG or an exception; observation timers count exactly the exchanges; afterwards the client
 * works normally, and once it is closed no thread it or its transport started is left.
 */
class FaultSuiteTests {

	private static final long SEED = 0x1abe15L;

	private static final int THREADS = 12;

	private static final int CALLS = 360;

	private static final Duration READ_TIMEOUT = Duration.ofMillis(500);

	private static final int ATTEMPTS = 3;

	/** Slack per exchange for scheduling on a busy two-CPU machine and the watchdog's tick. */
	private static final Duration EXCHANGE_SLACK = Duration.ofSeconds(1);

	/** Time to serialize and send a multi-MB upload that flows. */
	private static final Duration UPLOAD_TRANSFER = Duration.ofSeconds(3);

	/** The longest wait between attempts: the server's {@code Retry-After: 1} (back-off is at most 50 ms). */
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

	/** Tasks of an upload: about 6 MB of JSON. */
	private static final int UPLOAD_TASKS = 10_000;

	private static final String TEXT = "lorem ipsum ".repeat(48);

	private static final String LEGACY_KEY = "f00dbabe0123456789abcdef0123456789abcdef";

	private static final String PERSONAL_ACCESS_TOKEN = jwt(
			"{\"token_type\":\"refresh\",\"exp\":" + Instant.now().plusSeconds(86_400).getEpochSecond()
					+ ",\"jti\":\"faults\",\"user_id\":1}",
			"refreshsig-faults-" + UUID.randomUUID());

	private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final SecretCheckingAppender appender = new SecretCheckingAppender();

	private final Map<String, Level> levels = new ConcurrentHashMap<>();

	private Appender<ILoggingEvent> console;

	private HostileServer server;

	@BeforeEach
	void captureLogsAtDebug() throws Exception {
		this.server = new HostileServer(SEED, READ_TIMEOUT.multipliedBy(3), LEGACY_KEY, PERSONAL_ACCESS_TOKEN);
		this.appender.secrets = () -> {
			List<String> secrets = new ArrayList<>(List.of(LEGACY_KEY, PERSONAL_ACCESS_TOKEN,
					PERSONAL_ACCESS_TOKEN.substring(PERSONAL_ACCESS_TOKEN.lastIndexOf('.') + 1)));
			secrets.addAll(this.server.issuedTokens);
			return secrets;
		};
		Logger root = this.logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.console = root.getAppender("CONSOLE");
		if (this.console != null) {
			root.detachAppender(this.console);
		}
		this.appender.setContext(this.logging);
		this.appender.start();
		root.addAppender(this.appender);
		// Apache's wire log prints raw bytes, headers included: exempt, as in SecretsTests
		setLevel(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.DEBUG);
		setLevel("dev.labelstudio4j", Level.DEBUG);
		setLevel("org.apache.hc.client5.http.wire", Level.INFO);
	}

	private void setLevel(String name, Level level) {
		Logger logger = this.logging.getLogger(name);
		this.levels.putIfAbsent(name, (logger.getLevel() != null) ? logger.getLevel() : Level.OFF);
		logger.setLevel(level);
	}

	@AfterEach
	void restoreLogging() throws Exception {
		Logger root = this.logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.appender);
		if (this.console != null) {
			root.addAppender(this.console);
		}
		this.levels.forEach((name, level) -> this.logging.getLogger(name)
			.setLevel((level == Level.OFF && !name.equals(org.slf4j.Logger.ROOT_LOGGER_NAME)) ? null : level));
		this.server.close();
	}

	@Test
	@Timeout(value = 110, unit = TimeUnit.SECONDS)
	void legacyKeyAndPersonalAccessTokenUnderFaults() throws Exception {
		Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
		Report legacy = run(LEGACY_KEY, false);
		Report pat = run(PERSONAL_ACCESS_TOKEN, true);

		assertThat(this.server.processedWrites).as("writes processed twice")
			.allSatisfy((rid, count) -> assertThat(count.get()).as(rid).isEqualTo(1));
		assertThat(this.server.writeRequests).as("writes sent more often than the attempts allow")
			.allSatisfy((rid, count) -> assertThat(count.get()).as(rid).isLessThanOrEqualTo(ATTEMPTS));
		assertThat(this.server.unauthorized).as("requests without valid credentials").hasValue(0);
		assertThat(this.server.refreshes.get()).as("token refreshes").isPositive();
		assertThat(this.appender.lines.get()).as("DEBUG lines captured").isGreaterThan(10 * CALLS);
		assertThat(this.appender.leaks).as("log lines with a secret").isEmpty();
		for (Report report : List.of(legacy, pat)) {
			System.out.println("fault suite, " + report + ", faults served " + new TreeMap<>(this.server.faultsServed)
					+ ", DEBUG lines " + this.appender.lines);
			assertThat(report.violations).as(report.name).isEmpty();
			assertThat(report.failures.keySet()).as(report.name + ": failure types").isNotEmpty();
		}
		assertThat(this.server.faultsServed.keySet()).as("faults served").containsAll(Set.of(HostileServer.Fault.values()));

		// what the client and its transport started is gone once it is closed (the JDK HttpClient's
		// selector thread, on Java 17 where it cannot be closed, once the client is unreachable)
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			System.gc();
			assertThat(leftOver(before)).isEmpty();
		});
	}

	private static List<String> leftOver(Set<Thread> before) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.isAlive() && !before.contains(thread))
			.map(Thread::getName)
			.filter((name) -> !name.startsWith("hostile-server") && !name.startsWith("ForkJoinPool.commonPool")
					&& !name.startsWith("awaitility") && !name.equals("Attach Listener")
					&& !name.startsWith("surefire") && !name.equals("process reaper"))
			.sorted()
			.toList();
	}

	/** One client, many threads, the fault schedule; then the same client without faults, then closed. */
	private Report run(String apiKey, boolean pat) throws Exception {
		String name = pat ? "personal access token" : "legacy key";
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		AtomicInteger exchanges = new AtomicInteger();
		RestClient.Builder restClient = RestClient.builder().requestInitializer((request) -> {
			exchanges.incrementAndGet();
			request.getHeaders().set(HostileServer.EXCHANGE_HEADER, UUID.randomUUID().toString());
		});
		int exchangesSeenBefore = this.server.exchangeIds.size();
		LabelStudioClient client = LabelStudioClient.builder()
			.baseUrl(this.server.baseUrl())
			.apiKey(apiKey)
			.readTimeout(READ_TIMEOUT)
			.connectTimeout(Duration.ofSeconds(2))
			.retrySettings(RetrySettings.defaults()
				.withMaxAttempts(ATTEMPTS)
				.withInitialInterval(Duration.ofMillis(10))
				.withMaxInterval(Duration.ofMillis(50)))
			.retryRegistry(RetryRegistry.ofDefaults())
			.observationRegistry(observations)
			.restClientBuilder(restClient)
			.build();
		TestTransport.assertExpected(client);
		boolean jdk = TestTransport.isJdk(client);
		Report report = new Report(name);
		this.server.faults(true);
		ExecutorService callers = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				futures.add(callers.submit(() -> {
					Random random = new Random(SEED + thread + (pat ? 1000 : 0));
					for (int i = 0; i < CALLS / THREADS; i++) {
						call(client, report, random, thread + (pat ? 100 : 0), i, jdk, pat);
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get(100, TimeUnit.SECONDS);
			}
		}
		finally {
			callers.shutdownNow();
			callers.awaitTermination(10, TimeUnit.SECONDS);
		}
		// timers equal exchanges: those the client made, those the server saw
		long timed = meters.find("labelstudio.client.requests").timers().stream().mapToLong(Timer::count).sum();
		if (timed != exchanges.get()) {
			report.violations.add("timers counted " + timed + " exchanges, the client made " + exchanges.get());
		}
		int seen = this.server.exchangeIds.size() - exchangesSeenBefore;
		if (seen != exchanges.get()) {
			report.violations.add("the server saw " + seen + " exchanges, the client made " + exchanges.get());
		}
		// the same client, without faults: every call works
		this.server.faults(false);
		for (int i = 0; i < 20; i++) {
			assertThat(client.projects().get(7).title()).isEqualTo("Faults");
			assertThat(client.users().whoami().username()).isEqualTo("ann");
			String rid = "rid-t" + (pat ? 9999 : 9998) + "-" + i;
			assertThat(client.projects().create(ProjectCreate.builder().title(rid).build()).title()).isEqualTo(rid);
			assertThat(walk(client)).containsExactlyElementsOf(
					IntStream.rangeClosed(1, HostileServer.LIST_SIZE).boxed().toList());
		}
		assertThat(client.projects().importTasks(7, upload("rid-t" + (pat ? 9999 : 9998) + "-99")).taskCount())
			.isEqualTo(UPLOAD_TASKS);
		client.close();
		return report;
	}

	private void call(LabelStudioClient client, Report report, Random random, int thread, int i, boolean jdk,
			boolean pat) {
		String rid = "rid-t" + thread + "-" + i;
		int kind = random.nextInt(100);
		String what;
		long bound;
		if (kind < 32) {
			what = "projects.get";
			bound = callBound(ATTEMPTS, true, jdk, pat, false);
		}
		else if (kind < 42) {
			what = "users.whoami";
			bound = callBound(ATTEMPTS, true, jdk, pat, false);
		}
		else if (kind < 66) {
			what = "projects.create";
			bound = callBound(ATTEMPTS, false, jdk, pat, false);
		}
		else if (kind < 80) {
			// up to four pages of ten: three with items, the fourth a 404 Invalid page.
			what = "projects.list walk";
			bound = 4 * callBound(ATTEMPTS, true, jdk, pat, false);
		}
		else if (kind < 92) {
			what = "projects.import_tasks (list)";
			bound = callBound(ATTEMPTS, false, jdk, pat, true);
		}
		else {
			what = "projects.import_tasks (stream)";
			bound = callBound(1, false, jdk, pat, true);
		}
		long start = System.nanoTime();
		try {
			switch (what) {
				case "projects.get" -> {
					Project project = client.projects().get(7);
					check(report, project.id() == 7, "projects.get answered " + project);
				}
				case "users.whoami" -> client.users().whoami();
				case "projects.create" -> {
					Project created = client.projects().create(ProjectCreate.builder().title(rid).build());
					check(report, rid.equals(created.title()), "projects.create answered " + created);
				}
				case "projects.list walk" -> {
					List<Integer> ids = walk(client);
					check(report, ids.equals(IntStream.rangeClosed(1, HostileServer.LIST_SIZE).boxed().toList()),
							"paging lost or repeated items: " + ids);
				}
				case "projects.import_tasks (list)" -> {
					Integer count = client.projects().importTasks(7, upload(rid)).taskCount();
					check(report, Integer.valueOf(UPLOAD_TASKS).equals(count), "import counted " + count);
				}
				default -> {
					Stream<Map<String, Object>> tasks = IntStream.range(0, UPLOAD_TASKS).mapToObj((n) -> task(rid, n));
					Integer count = client.projects().importTasks(7, tasks).taskCount();
					check(report, Integer.valueOf(UPLOAD_TASKS).equals(count), "import counted " + count);
				}
			}
		}
		catch (Throwable ex) {
			String type = ex.getClass().getSimpleName() + ((ex.getClass() == LabelStudioException.class)
					? " (" + ex.getMessage() + ")" : "");
			report.failures.computeIfAbsent(type, (k) -> new AtomicInteger())
				.incrementAndGet();
			if (!(ex instanceof LabelStudioException)) {
				report.violations.add(what + ": untyped " + ex);
			}
			else if (ex.getClass() == LabelStudioException.class) {
				// the root type: a failure the client did not classify
				report.violations.add(what + ": unclassified " + ex);
			}
			for (Throwable t = ex; t != null; t = t.getCause()) {
				String text = String.valueOf(t);
				for (String secret : this.appender.secrets.get()) {
					if (text.contains(secret)) {
						report.violations.add(what + ": secret in exception " + ex.getClass().getName());
					}
				}
			}
		}
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		if (elapsed > bound) {
			report.violations.add(what + " took " + elapsed + " ms, bound " + bound + " ms");
		}
	}

	/**
	 * The longest a call may take: each attempt's exchanges (the call's own; a token refresh with a
	 * personal access token; the JDK's own second send of a GET whose connection closed) each wait at most
	 * the read timeout at a time, and the server makes each wait at most once per exchange; plus the
	 * transfer of an upload, plus the waits between attempts.
	 */
	private static long callBound(int attempts, boolean get, boolean jdk, boolean pat, boolean upload) {
		int exchangesPerAttempt = 1 + ((jdk && get) ? 1 : 0) + (pat ? 1 : 0);
		Duration exchange = READ_TIMEOUT.plus(EXCHANGE_SLACK);
		Duration attempt = exchange.multipliedBy(exchangesPerAttempt).plus(upload ? UPLOAD_TRANSFER : Duration.ZERO);
		return attempt.multipliedBy(attempts).plus(LONGEST_WAIT.multipliedBy(attempts - 1)).toMillis();
	}

	private static List<Integer> walk(LabelStudioClient client) {
		return client.projects()
			.list(ProjectListParams.builder().pageSize(10).build())
			.stream()
			.map((project) -> (int) project.id())
			.toList();
	}

	private static void check(Report report, boolean condition, String message) {
		if (!condition) {
			report.violations.add(message);
		}
	}

	/** About 6 MB of tasks, made as they are written: a Collection, so a retry may send it again. */
	private static List<Map<String, Object>> upload(String rid) {
		return new AbstractList<>() {

			@Override
			public Map<String, Object> get(int index) {
				return task(rid, index);
			}

			@Override
			public int size() {
				return UPLOAD_TASKS;
			}

		};
	}

	private static Map<String, Object> task(String rid, int index) {
		return Map.of("data", Map.of("rid", rid, "n", index, "text", TEXT));
	}

	private static String jwt(String payload, String signature) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(signature.getBytes(StandardCharsets.UTF_8));
	}

	/** What one run saw. */
	private static final class Report {

		final String name;

		final Queue<String> violations = new ConcurrentLinkedQueue<>();

		final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

		Report(String name) {
			this.name = name;
		}

		@Override
		public String toString() {
			return this.name + ": failures " + new TreeMap<>(this.failures) + ", violations "
					+ this.violations.stream().limit(20).collect(Collectors.toList());
		}

	}

	/** Counts log lines and keeps those that contain a secret, without holding the others. */
	private static final class SecretCheckingAppender extends AppenderBase<ILoggingEvent> {

		volatile java.util.function.Supplier<List<String>> secrets = List::of;

		final AtomicInteger lines = new AtomicInteger();

		final Queue<String> leaks = new ConcurrentLinkedQueue<>();

		@Override
		protected void append(ILoggingEvent event) {
			this.lines.incrementAndGet();
			StringBuilder text = new StringBuilder(event.getFormattedMessage());
			for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
				text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
			}
			for (String secret : this.secrets.get()) {
				if (text.indexOf(secret) >= 0) {
					this.leaks.add(event.getLoggerName() + ": " + text.substring(0, Math.min(200, text.length())));
				}
			}
		}

	}

}
