package dev.labelstudio4j.autoconfigure;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Hands a setting to the client (its builder, {@code RetrySettings}, {@code RequestOptions}), which
 * decides whether it is valid, and turns a refusal (an {@code IllegalArgumentException}, or a
 * {@code NullPointerException} for a value left empty) into an {@link InvalidLabelStudioConfigurationException}
 * that names the property. The client's message starts with the name of its parameter, which is
 * replaced by the property's.
 */
final class Settings {

	private Settings() {
	}

	/**
	 * Apply a setting.
	 * @param property the property, for example {@code labelstudio.read-timeout}
	 * @param shown the value as shown in the message, or {@code null} to leave it out (a secret)
	 * @param action what to do, with a valid example
	 * @param setter hands the value to the client
	 * @param <T> what the setter returns
	 * @return what the setter returns
	 * @throws InvalidLabelStudioConfigurationException when the client refuses the value
	 */
	static <T> T apply(String property, @Nullable String shown, String action, Supplier<T> setter) {
		try {
			return setter.get();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw invalid(property, shown, ex.getMessage(), action);
		}
	}

	static InvalidLabelStudioConfigurationException invalid(String property, @Nullable String shown,
			@Nullable String reason, String action) {
		String problem = (reason != null && reason.indexOf(' ') > 0) ? reason.substring(reason.indexOf(' '))
				: " is not valid";
		String value = (shown != null) ? " (it is " + shown + ")" : "";
		return new InvalidLabelStudioConfigurationException(property, property + problem + value, action);
	}

	/**
	 * A duration as written in a properties file.
	 * @param duration the duration
	 * @return for example {@code -5s}
	 */
	static String show(@Nullable Duration duration) {
		if (duration == null) {
			return "not set";
		}
		if (duration.getNano() % 1_000_000 != 0) {
			return duration.toString();
		}
		if (duration.getNano() != 0) {
			return duration.toMillis() + "ms";
		}
		long seconds = duration.getSeconds();
		if (seconds != 0 && seconds % 3600 == 0) {
			return (seconds / 3600) + "h";
		}
		if (seconds != 0 && seconds % 60 == 0) {
			return (seconds / 60) + "m";
		}
		return seconds + "s";
	}

	/**
	 * The action for a duration that must be positive.
	 * @param property the property
	 * @param example a valid value
	 * @return the action
	 */
	static String positiveDuration(String property, String example) {
		return "Set " + property + " to a positive duration, for example " + property + "=" + example + ".";
	}

}
