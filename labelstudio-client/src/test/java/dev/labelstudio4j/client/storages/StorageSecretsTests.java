package dev.labelstudio4j.client.storages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioApiException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every storage type and direction: the secrets in its settings are sent, but appear in no
 * {@code toString()}, no log line (every logger at DEBUG) and nothing of an exception (message, body,
 * detail, validation errors), even when the server's error body echoes them, as JSON and as an HTML page.
 */
class StorageSecretsTests extends WireMockTestBase {

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final List<Object[]> levels = new ArrayList<>();

	private @Nullable Appender<ILoggingEvent> console;

	static List<StorageCases.Case> cases() {
		return StorageCases.all().stream().filter((c) -> !c.secrets().isEmpty()).toList();
	}

	@BeforeEach
	void captureEverythingAtDebug() {
		this.appender.setContext(this.context);
		this.appender.start();
		Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.addAppender(this.appender);
		this.console = root.getAppender("CONSOLE");
		if (this.console != null) {
			root.detachAppender(this.console);
		}
		for (String name : new String[] { org.slf4j.Logger.ROOT_LOGGER_NAME, "dev.labelstudio4j", "org.springframework",
				"io.github.resilience4j" }) {
			Logger logger = this.context.getLogger(name);
			this.levels.add(new Object[] { logger, logger.getLevel() });
			logger.setLevel(Level.DEBUG);
		}
	}

	@AfterEach
	void restoreLogging() {
		for (Object[] level : this.levels) {
			((Logger) level[0]).setLevel((Level) level[1]);
		}
		Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.appender);
		if (this.console != null) {
			root.addAppender(this.console);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void secretsAppearInNoToStringLogLineOrException(StorageCases.Case c) {
		String echoed = String.join(" | ", c.secrets());
		String jsonError = LabelStudioJson.get().writeString(Map.of("id", "e1", "status_code", 400, "detail",
				"Validation error: got " + echoed, "validation_errors",
				Map.of("non_field_errors", List.of("Cannot connect with " + echoed), echoed, List.of("bad value " + echoed))));
		stubFor(post(urlEqualTo(c.collection())).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json").withBody(jsonError)));
		stubFor(post(urlEqualTo(c.validate())).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "text/html").withBody("<html><pre>settings = " + c.json() + "</pre></html>")));
		stubFor(patch(urlEqualTo(c.item().formatted(4))).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"bad\", \"validation_errors\": {\"x\": [" + LabelStudioJson.get().writeString(c.json())
					+ "]}}")));
		LabelStudioClient client = client();
		StorageClient<StorageSettings> storages = c.of(client);

		List<Throwable> thrown = new ArrayList<>();
		thrown.add(capture(() -> storages.create(7, c.settings()), BadRequestException.class));
		thrown.add(capture(() -> storages.createValidated(7, c.settings()), ServerErrorException.class));
		thrown.add(capture(() -> storages.validate(7, c.settings()), ServerErrorException.class));
		thrown.add(capture(() -> storages.update(4, c.settings()), BadRequestException.class));
		verify(postRequestedFor(urlEqualTo(c.collection())).withRequestBody(equalToJson(c.json(), true, true)));

		List<String> texts = new ArrayList<>();
		texts.add(c.settings().toString());
		texts.add(c.settings().toString());
		for (Throwable ex : thrown) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				texts.add(String.valueOf(t.getMessage()));
				texts.add(t.toString());
				if (t instanceof LabelStudioApiException api) {
					texts.add(api.getBody());
					texts.add(String.valueOf(api.getDetail()));
					texts.add(api.getValidationErrors().toString());
				}
			}
		}
		synchronized (this.appender) {
			for (ILoggingEvent event : this.appender.list) {
				if (event.getLoggerName().startsWith("dev.labelstudio4j") || event.getLoggerName().startsWith("org.springframework")
						|| event.getLoggerName().startsWith("io.github.resilience4j")) {
					texts.add(event.getFormattedMessage());
					if (event.getThrowableProxy() != null) {
						texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
					}
				}
			}
		}
		assertThat(texts).as("client DEBUG logging is on").anyMatch((text) -> text.contains(c.operationPrefix() + ".create"));
		assertThat(c.settings().toString()).contains("******");
		assertThat(((LabelStudioApiException) thrown.get(0)).getDetail()).startsWith("Validation error: got ******");
		assertThat(((LabelStudioApiException) thrown.get(0)).getValidationErrors().keySet())
			.anyMatch((field) -> field.startsWith("******"));
		for (String secret : c.secrets()) {
			assertThat(texts).noneMatch((text) -> text.contains(secret));
		}
	}

	private static Throwable capture(Runnable call, Class<? extends Throwable> expected) {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			assertThat(ex).isInstanceOf(expected);
			return ex;
		}
		throw new AssertionError("no exception");
	}

}
