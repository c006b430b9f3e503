package dev.labelstudio4j.client.webhooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The server's rules for a webhook's custom headers, checked before any I/O, and their masked description. */
final class WebhookHeaders {

	/** The most custom headers a webhook can have. */
	static final int MAX_HEADERS = 10;

	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-_]+");

	private WebhookHeaders() {
	}

	/**
	 * Check the headers: at most {@value #MAX_HEADERS}, names matching {@code [a-zA-Z0-9-_]+}, values not
	 * {@code null}. Messages name the parameter and the header, never a value.
	 */
	static Map<String, String> validate(@Nullable Map<String, String> headers, String name) {
		if (headers == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		if (headers.size() > MAX_HEADERS) {
			throw new IllegalArgumentException(
					name + " must hold at most " + MAX_HEADERS + " headers but holds " + headers.size());
		}
		Map<String, String> copy = new LinkedHashMap<>();
		headers.forEach((key, value) -> {
			if (key == null || !NAME.matcher(key).matches()) {
				throw new IllegalArgumentException(
						name + " has a header name that does not match [a-zA-Z0-9-_]+: '" + key + "'");
			}
			if (value == null) {
				throw new IllegalArgumentException(name + " has a null value for header '" + key + "'");
			}
			copy.put(key, value);
		});
		return Collections.unmodifiableMap(copy);
	}

	/** Whether a name is a valid custom header name. */
	static boolean isValidName(@Nullable String name) {
		return name != null && NAME.matcher(name).matches();
	}

	/**
	 * Read custom headers from a JSON value: the entries of an object whose value is a string.
	 * @param value the JSON value
	 * @return a read-only map, or {@code null} when the value is not an object
	 */
	static @Nullable Map<String, String> read(@Nullable Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			return null;
		}
		Map<String, String> headers = new LinkedHashMap<>();
		map.forEach((key, header) -> {
			if (key instanceof String name && header instanceof String text) {
				headers.put(name, text);
			}
		});
		return Collections.unmodifiableMap(headers);
	}

	/** The header names with masked values, for {@code toString()}. */
	static String describe(@Nullable Map<String, String> headers) {
		if (headers == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder("{");
		headers.keySet().forEach((key) -> out.append((out.length() > 1) ? ", " : "").append(key).append("=***"));
		return out.append('}').toString();
	}

}
