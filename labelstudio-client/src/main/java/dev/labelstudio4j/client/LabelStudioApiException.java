package dev.labelstudio4j.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The server answered with an error status. Carries the status, the response headers, the raw body and
 * the fields Label Studio puts in its error bodies ({@code detail}, {@code validation_errors},
 * {@code id}). The concrete subclass tells the kind of error.
 */
public class LabelStudioApiException extends LabelStudioException {

	private final int statusCode;

	private final HttpHeaders headers;

	private final String body;

	private final @Nullable String detail;

	private final Map<String, List<String>> validationErrors;

	private final @Nullable String errorId;

	public LabelStudioApiException(String operation, int statusCode, HttpHeaders headers, String body,
			@Nullable String detail, Map<String, List<String>> validationErrors, @Nullable String errorId) {
		super(operation, message(operation, statusCode, detail, validationErrors));
		this.statusCode = statusCode;
		HttpHeaders copy = new HttpHeaders();
		copy.addAll(headers);
		this.headers = HttpHeaders.readOnlyHttpHeaders(copy);
		this.body = body;
		this.detail = detail;
		this.validationErrors = Map.copyOf(validationErrors);
		this.errorId = errorId;
	}

	private static String message(String operation, int status, @Nullable String detail,
			Map<String, List<String>> validationErrors) {
		StringBuilder message = new StringBuilder(operation).append(" failed with HTTP ").append(status);
		if (detail != null && !detail.isBlank()) {
			message.append(": ").append(detail);
		}
		if (!validationErrors.isEmpty()) {
			message.append(' ').append(validationErrors);
		}
		return message.toString();
	}

	/** The HTTP status code. */
	public int getStatusCode() {
		return this.statusCode;
	}

	/** The response headers (read-only). */
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	/** The raw response body as text (possibly empty or HTML), truncated to 64 KiB. */
	public String getBody() {
		return this.body;
	}

	/** Label Studio's {@code detail} field, when the body was a Label Studio error. */
	public @Nullable String getDetail() {
		return this.detail;
	}

	/** Label Studio's {@code validation_errors}: field name to messages; empty when there were none. */
	public Map<String, List<String>> getValidationErrors() {
		return this.validationErrors;
	}

	/** Label Studio's error {@code id} (a UUID to quote in a server-side log search), when present. */
	public @Nullable String getErrorId() {
		return this.errorId;
	}

}
