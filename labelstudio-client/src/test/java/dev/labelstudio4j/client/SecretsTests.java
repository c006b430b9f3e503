package dev.labelstudio4j.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogManager;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.testsupport.TestTransport;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key, the personal access token and the access tokens never appear in a log line (every logger at
 * DEBUG, the JDK's {@code System.Logger} and {@code java.util.logging} bridged in), an exception message
 * or a {@code toString()}.
 */
class SecretsTests extends WireMockTestBase {

	private static final Instant NOW = Instant.now();

	private static final String PAT = TestJwts.refreshToken("secretpat", NOW.plus(Duration.ofDays(30)));

	private static final String ACCESS1 = TestJwts.accessToken("secretaccess1", NOW.plus(Duration.ofMinutes(5)));

	private static final String ACCESS2 = TestJwts.accessToken("secretaccess2", NOW.plus(Duration.ofMinutes(5)));

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final List<Throwable> thrown = new ArrayList<>();

	private final List<Object[]> levels = new ArrayList<>();

	private @Nullable Appender<ILoggingEvent> console;

	@BeforeEach
	void captureEverythingAtDebug() {
		this.appender.setContext(this.context);
		this.appender.start();
		Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.addAppender(this.appender);
		// keep the console readable: thousands of DEBUG lines go to the list only
		this.console = root.getAppender("CONSOLE");
		if (this.console != null) {
			root.detachAppender(this.console);
		}
		for (String name : new String[] { org.slf4j.Logger.ROOT_LOGGER_NAME, "dev.labelstudio4j", "org.springframework",
				"io.github.resilience4j", "io.micrometer", "jdk.internal.httpclient", "jdk.httpclient",
				"java.net.http" }) {
			Logger logger = this.context.getLogger(name);
			this.levels.add(new Object[] { logger, logger.getLevel() });
			logger.setLevel(Level.DEBUG);
		}
		LogManager.getLogManager().getLogger("").setLevel(java.util.logging.Level.ALL);
		SLF4JBridgeHandler.removeHandlersForRootLogger();
		SLF4JBridgeHandler.install();
	}

	@AfterEach
	void restoreLogging() {
		SLF4JBridgeHandler.uninstall();
		LogManager.getLogManager().getLogger("").setLevel(java.util.logging.Level.INFO);
		for (Object[] level : this.levels) {
			((Logger) level[0]).setLevel((Level) level[1]);
		}
		Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.appender);
		if (this.console != null) {
			root.addAppender(this.console);
		}
	}

	@Test
	void secretsAppearNowhere() {
		exerciseLegacyKey();
		exercisePersonalAccessToken();

		List<ILoggingEvent> events;
		synchronized (this.appender) {
			events = new ArrayList<>(this.appender.list);
		}
		List<String> lines = new ArrayList<>();
		for (ILoggingEvent event : events) {
			if (isTestServer(event.getLoggerName())) {
				continue; // the WireMock server logs what it received; it is not the client
			}
			if (event.getLoggerName().equals("org.apache.hc.client5.http.wire")) {
				// Apache HttpClient 5 (surefire execution apache-transport) dumps the bytes on the wire to
				// this logger at DEBUG: that is what it is for, and nothing a client can turn off (README).
				// Its headers logger is checked: the client masks the Authorization header there.
				continue;
			}
			lines.add(event.getLoggerName() + " " + event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
		}
		assertThat(lines).as("client DEBUG logging is on").anyMatch((line) -> line.startsWith("dev.labelstudio4j"));
		assertThat(lines).anyMatch((line) -> line.contains("token.refresh"));
		if (TestTransport.APACHE_FACTORY.equals(TestTransport.expectedFactory())) {
			assertThat(lines).as("Apache's headers logger is on and masks the key")
				.anyMatch((line) -> line.startsWith("org.apache.hc.client5.http.headers ")
						&& line.endsWith(">> Authorization: ***"));
		}
		for (Throwable ex : this.thrown) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				lines.add(String.valueOf(t.getMessage()));
				lines.add(t.toString());
			}
		}
		assertThat(this.thrown).hasSizeGreaterThanOrEqualTo(6);
		for (String secret : new String[] { API_KEY, PAT, ACCESS1, ACCESS2, PAT.split("\\.")[1],
				ACCESS1.split("\\.")[2] }) {
			assertThat(lines).noneMatch((line) -> line.contains(secret));
		}
	}

	private static boolean isTestServer(String logger) {
		return logger.startsWith("org.eclipse.jetty") || logger.startsWith("wiremock")
				|| logger.startsWith("WireMock") || logger.startsWith("com.github.tomakehurst")
				|| logger.startsWith("org.wiremock");
	}

	private void exerciseLegacyKey() {
		stubFor(get("/api/current-user/whoami").willReturn(okJson("{\"id\":1}")));
		stubFor(get("/api/projects/1/").willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Not found.\"}")));
		stubFor(get("/api/projects/2/").willReturn(aResponse().withStatus(500)));
		stubFor(get("/api/projects/3/").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		stubFor(get("/api/projects/4/").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "999")));
		LabelStudioClient client = client();
		client.users().whoami();
		for (long id = 1; id <= 4; id++) {
			long project = id;
			capture(() -> client.projects().get(project));
		}
		capture(() -> client.projects().get(5, RequestOptions.builder().header("X-Trace", "t").build()));
		this.thrown.add(new IllegalStateException(client.toString()));
		this.thrown.add(new IllegalStateException(client.withOptions((o) -> o.header("X-T", "1")).toString()));
	}

	private void exercisePersonalAccessToken() {
		stubFor(post("/api/token/refresh/").inScenario("pat")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"access\":\"" + ACCESS1 + "\"}"))
			.willSetStateTo("second"));
		stubFor(post("/api/token/refresh/").inScenario("pat")
			.whenScenarioStateIs("second")
			.willReturn(okJson("{\"access\":\"" + ACCESS2 + "\"}"))
			.willSetStateTo("refused"));
		stubFor(post("/api/token/refresh/").inScenario("pat")
			.whenScenarioStateIs("refused")
			.willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Token is blacklisted\"}")));
		stubFor(get("/api/current-user/whoami").withHeader("Authorization", equalTo("Bearer " + ACCESS1))
			.willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Given token not valid for any token type\"}")));
		stubFor(get("/api/current-user/whoami").withHeader("Authorization", equalTo("Bearer " + ACCESS2))
			.willReturn(okJson("{\"id\":1}")));
		LabelStudioClient client = clientBuilder().apiKey(PAT).build();
		client.users().whoami();
		LabelStudioClient other = clientBuilder().apiKey(PAT).build();
		capture(() -> other.users().whoami());
		this.thrown.add(new IllegalStateException(client.toString() + ClientInternals.invoker(client) + ClientInternals.invoker(client).authenticator()
				+ LabelStudioCredentials.of(PAT)));
	}

	private void capture(Runnable call) {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			this.thrown.add(ex);
		}
	}

}
