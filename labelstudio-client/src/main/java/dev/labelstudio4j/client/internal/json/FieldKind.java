package dev.labelstudio4j.client.internal.json;

import java.util.List;
import java.util.Map;

/**
 * The JSON type a model expects for one of its declared fields, and which JSON values it accepts for it.
 * A value that a kind does not accept is drift: the typed accessor answers {@code null} (an empty list for
 * list kinds) and the value stays in the model's raw JSON.
 */
public enum FieldKind {

	/** An integer number, or a string holding a decimal integer. */
	INTEGER("an integer", false),

	/** An integer number within the range of {@code int}, or a string holding one. */
	INT("an integer", false),

	/** Any number, or a string holding a decimal number. */
	NUMBER("a number", false),

	/** A string. */
	STRING("a string", false),

	/** A string or a number (read as its decimal text). */
	TEXT("a string or a number", false),

	/** {@code true} or {@code false}. */
	BOOLEAN("a boolean", false),

	/** A JSON object. */
	OBJECT("an object", false),

	/** Any JSON value. */
	ANY("any value", false),

	/** An ISO-8601 date-time string, with or without an offset. */
	DATE_TIME("an ISO-8601 date-time string", false),

	/** An array of JSON objects. */
	LIST_OF_OBJECTS("an array of objects", true),

	/** An array of integers (or strings holding integers), or a single integer. */
	LIST_OF_INTEGERS("an array of integers", true),

	/** An array of strings, or a single string. */
	LIST_OF_STRINGS("an array of strings", true),

	/** An array of any values, or a single scalar value. */
	LIST("an array", true);

	private final String expected;

	private final boolean list;

	FieldKind(String expected, boolean list) {
		this.expected = expected;
		this.list = list;
	}

	/** Describe what this kind expects, for log lines. */
	String expected() {
		return this.expected;
	}

	/** Whether the typed accessor of this kind answers a list (empty when the value drifted). */
	boolean isList() {
		return this.list;
	}

	/**
	 * Whether this kind accepts a JSON value. {@code null} (absent or JSON {@code null}) is always accepted.
	 * @param value the value as read
	 * @return whether the typed accessor can convert it without loss
	 */
	boolean accepts(@org.jspecify.annotations.Nullable Object value) {
		if (value == null) {
			return true;
		}
		return switch (this) {
			case INTEGER -> JsonValues.toLong(value) != null;
			case INT -> JsonValues.toInteger(value) != null;
			case NUMBER -> JsonValues.toDouble(value) != null;
			case STRING -> value instanceof String;
			case TEXT -> value instanceof String || value instanceof Number;
			case BOOLEAN -> value instanceof Boolean;
			case OBJECT -> value instanceof Map;
			case ANY -> true;
			case DATE_TIME -> JsonValues.toDateTime(value) != null;
			case LIST_OF_OBJECTS -> value instanceof List<?> items && items.stream().allMatch(Map.class::isInstance);
			case LIST_OF_INTEGERS -> (value instanceof List<?> items)
					? items.stream().allMatch((item) -> item != null && JsonValues.toLong(item) != null)
					: JsonValues.toLong(value) != null;
			case LIST_OF_STRINGS -> (value instanceof List<?> items) ? items.stream().allMatch(String.class::isInstance)
					: value instanceof String;
			case LIST -> value instanceof List || JsonValues.isScalar(value);
		};
	}

}
