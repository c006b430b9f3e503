package dev.labelstudio4j.emulator.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request as the routes see it: method, raw path, decoded query, body and headers.
 */
final class Call {

	final String method;

	final String path;

	final Map<String, List<String>> query;

	final byte[] body;

	final String baseUrl;

	final com.github.tomakehurst.wiremock.http.Request request;

	private final JsonMapper json;

	private @Nullable Object parsedBody;

	private @Nullable ApiError bodyError;

	private boolean bodyParsed;

	/**
	 * The file of a URL import, downloaded before the request took the lock: a
	 * {@link UrlDownloads.Download}, the {@link ApiError} that refused it, or {@code null}.
	 */
	@Nullable Object download;

	Call(com.github.tomakehurst.wiremock.http.Request request, JsonMapper json) {
		this.request = request;
		this.json = json;
		this.method = request.getMethod().getName();
		String url = request.getUrl();
		int q = url.indexOf('?');
		this.path = (q >= 0) ? url.substring(0, q) : url;
		this.query = parseQuery((q >= 0) ? url.substring(q + 1) : "");
		this.body = (request.getBody() != null) ? request.getBody() : new byte[0];
		String host = request.getHeader("Host");
		this.baseUrl = "http://" + ((host != null) ? host : request.getHost() + ":" + request.getPort());
	}

	private static Map<String, List<String>> parseQuery(String query) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode((eq >= 0) ? pair.substring(0, eq) : pair);
			String value = (eq >= 0) ? decode(pair.substring(eq + 1)) : "";
			params.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return params;
	}

	static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	@Nullable String header(String name) {
		return this.request.getHeader(name);
	}

	@Nullable String param(String name) {
		List<String> values = this.query.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/** An integer query parameter; a 400 validation error when it is not one. */
	@Nullable Long longParam(String name) {
		String value = param(name);
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw ApiError.validation(name, "A valid integer is required.");
		}
	}

	boolean booleanParam(String name, boolean defaultValue) {
		String value = param(name);
		if (value == null || value.isEmpty()) {
			return defaultValue;
		}
		return value.equalsIgnoreCase("true") || value.equals("1");
	}

	/**
	 * Parse the JSON body now (called before the request takes the state's lock, so that parsing
	 * happens outside it); a parse error is kept and thrown by {@link #jsonBody()}.
	 */
	void parseBody() {
		if (!isMultipart() && !isFormUrlEncoded()) {
			try {
				jsonBody();
			}
			catch (ApiError ex) {
				// kept in bodyError, thrown when a route reads the body
			}
		}
	}

	/** The JSON body; {@code null} when there is none. Read once: callers may change what they get. */
	@Nullable Object jsonBody() {
		if (!this.bodyParsed) {
			this.bodyParsed = true;
			if (this.body.length > 0) {
				try {
					this.parsedBody = this.json.readValue(this.body, Object.class);
				}
				catch (JacksonException ex) {
					this.bodyError = ApiError.badRequest("JSON parse error - " + ex.getOriginalMessage());
				}
			}
		}
		if (this.bodyError != null) {
			throw this.bodyError;
		}
		return this.parsedBody;
	}

	/** The JSON body as an object; a 400 when it is something else. */
	Map<String, Object> jsonObject() {
		Object body = jsonBody();
		if (body == null) {
			return new LinkedHashMap<>();
		}
		if (!(body instanceof Map<?, ?> map)) {
			throw ApiError.validation("non_field_errors", "Invalid data. Expected a dictionary, but got list.");
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(String.valueOf(key), value));
		return copy;
	}

	boolean isFormUrlEncoded() {
		String type = header("Content-Type");
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	/** A field of a form-urlencoded body. */
	@Nullable String formParam(String name) {
		List<String> values = parseQuery(new String(this.body, StandardCharsets.UTF_8)).get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	boolean isMultipart() {
		String type = header("Content-Type");
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

}
