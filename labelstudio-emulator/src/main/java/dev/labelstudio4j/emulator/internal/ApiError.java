package dev.labelstudio4j.emulator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * An error answer: the status, Label Studio's {@code detail} and, for a validation error, the
 * {@code validation_errors} by field.
 */
public final class ApiError extends RuntimeException {

	private final int status;

	private final String detail;

	private final @Nullable Map<String, List<String>> validationErrors;

	/**
	 * Create an error answer.
	 * @param status the HTTP status
	 * @param detail Label Studio's {@code detail}
	 * @param validationErrors the messages by field, or {@code null}
	 */
	public ApiError(int status, String detail, @Nullable Map<String, List<String>> validationErrors) {
		super(detail, null, false, false);
		this.status = status;
		this.detail = detail;
		this.validationErrors = validationErrors;
	}

	/** A 400 validation error on one field. */
	public static ApiError validation(String field, String message) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		errors.put(field, List.of(message));
		return new ApiError(400, "Validation error", errors);
	}

	/** A 404 with Django REST framework's {@code Not found.}. */
	public static ApiError notFound() {
		return new ApiError(404, "Not found.", null);
	}

	/** A 400 with the given detail and no validation errors. */
	public static ApiError badRequest(String detail) {
		return new ApiError(400, detail, null);
	}

	/** The HTTP status. */
	public int status() {
		return this.status;
	}

	/** Label Studio's {@code detail}. */
	public String detail() {
		return this.detail;
	}

	/** The error as one line: the validation messages when there are some, else the detail. */
	public String message() {
		if (this.validationErrors == null || this.validationErrors.isEmpty()) {
			return this.detail;
		}
		return this.validationErrors.values().stream().flatMap(List::stream).collect(Collectors.joining(" "));
	}

	/** The {@code validation_errors} by field, or {@code null} when there are none. */
	public @Nullable Map<String, List<String>> validationErrors() {
		return this.validationErrors;
	}

}
