package dev.labelstudio4j.client.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import dev.labelstudio4j.client.internal.LabelStudioJson;

/**
 * The journal of every request the wire tests sent, one JSON object a line in
 * {@code target/recorded-requests.jsonl}: test class, method, url, content type, body and the status the
 * stub answered. The OpenAPI contract test reads it after the other tests have run.
 */
public final class RecordedRequests {

	public static final Path FILE = Path.of("target", "recorded-requests.jsonl");

	private RecordedRequests() {
	}

	public static synchronized void append(Class<?> testClass, List<ServeEvent> events) {
		List<String> lines = new ArrayList<>();
		for (ServeEvent event : events) {
			if (!event.getWasMatched()) {
				continue;
			}
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("test", testClass.getName());
			line.put("method", event.getRequest().getMethod().getName());
			line.put("url", event.getRequest().getUrl());
			line.put("contentType", event.getRequest().contentTypeHeader().isPresent()
					? event.getRequest().contentTypeHeader().firstValue() : null);
			byte[] body = event.getRequest().getBody();
			boolean multipart = event.getRequest().isMultipart();
			line.put("multipart", multipart);
			line.put("body", (body != null && body.length > 0 && body.length < 1_000_000 && !multipart)
					? new String(body, StandardCharsets.UTF_8) : null);
			LoggedResponse response = event.getResponse();
			line.put("status", (response != null) ? response.getStatus() : null);
			lines.add(LabelStudioJson.get().writeString(line));
		}
		if (lines.isEmpty()) {
			return;
		}
		try {
			Files.createDirectories(FILE.getParent());
			Files.write(FILE, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
