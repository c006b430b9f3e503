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
