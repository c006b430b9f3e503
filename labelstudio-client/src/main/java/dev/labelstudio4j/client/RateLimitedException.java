package dev.labelstudio4j.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** HTTP 429 Too Many Requests, with the server's {@code Retry-After} when it sent one. */
public class RateLimitedException extends LabelStudioApiException {

	private final @Nullable Duration retryAfter;

	public RateLimitedException(String operation, int statusCode, HttpHeaders headers, String body,
			@Nullable String detail, Map<String, List<String>> validationErrors, @Nullable String errorId,
			@Nullable Duration retryAfter) {
		super(operation, statusCode, headers, body, detail, validationErrors, errorId);
		this.retryAfter = retryAfter;
	}

	/** How long the server asked to wait, from {@code Retry-After} (seconds or HTTP-date), or {@code null}. */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

}
