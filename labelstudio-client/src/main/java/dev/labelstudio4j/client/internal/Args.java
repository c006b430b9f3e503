package dev.labelstudio4j.client.internal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Argument checks at the method boundary, before any I/O. Messages name the parameter. */
public final class Args {

	private Args() {
	}

	public static <T> T notNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	public static long positive(long value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive but was " + value);
		}
		return value;
	}

	public static int positive(int value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive but was " + value);
		}
		return value;
	}

	public static String notBlank(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		return value;
	}

	/**
	 * An optional name or identifier: {@code null} (not set) or not blank.
	 * @param value the value
	 * @param name the parameter's name
	 * @return the value
	 */
	public static @Nullable String nullOrNotBlank(@Nullable String value, String name) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	/**
	 * A collection without {@code null} elements.
	 * @param values the collection
	 * @param name the parameter's name
	 * @param <C> the type of the collection
	 * @return the collection
	 */
	public static <C extends java.util.Collection<?>> C noNullElements(@Nullable C values, String name) {
		notNull(values, name);
		int index = 0;
		for (Object value : values) {
			if (value == null) {
				throw new IllegalArgumentException(name + " must not contain null elements but element " + index
						+ " is null");
			}
			index++;
		}
		return values;
	}

	/** A string sent as one URL path segment: not blank, not {@code .} or {@code ..}. */
	public static String pathSegment(@Nullable String value, String name) {
		notBlank(value, name);
		if (value.equals(".") || value.equals("..")) {
			throw new IllegalArgumentException(name + " must not be '" + value + "'");
		}
		if (value.indexOf('\0') >= 0) {
			throw new IllegalArgumentException(name + " must not contain NUL characters");
		}
		return value;
	}

	public static <T> T requireNonNull(@Nullable T value, String name) {
		return Objects.requireNonNull(value, () -> name + " must not be null");
	}

}
