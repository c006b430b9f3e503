package dev.labelstudio4j.client.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.ConflictException;
import dev.labelstudio4j.client.ForbiddenException;
import dev.labelstudio4j.client.LabelStudioApiException;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RateLimitedException;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.UnauthorizedException;

/**
 * Turns an error response into the typed exception. Understands Label Studio's error body
 * ({@code id, status_code, detail, validation_errors}), Django REST framework's plain field errors, and
 * anything else (HTML from a proxy, an empty body) as raw text.
 */
public final class ErrorDecoder {

	/** Longest error body kept. */
	public static final int MAX_BODY = 64 * 1024;

	private final LabelStudioJson json;

	private final Clock clock;

	public ErrorDecoder(LabelStudioJson json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	public LabelStudioApiException decode(String operation, int status, HttpHeaders headers, byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		Map<String, Object> map = looksLikeJson(body) ? this.json.readMapOrNull(body) : null;
		String detail = null;
		String errorId = null;
		Map<String, List<String>> validation = Map.of();
		if (map != null) {
			detail = stringOrNull(map.get("detail"));
			errorId = stringOrNull(map.get("id"));
			Object errors = map.get("validation_errors");
			if (errors instanceof Map<?, ?> errorMap) {
				validation = fieldErrors(errorMap);
			}
			else if (detail == null && status == 400 && !map.containsKey("status_code")) {
				// Django REST framework's plain serializer errors: {"field": ["message"]}
				validation = fieldErrors(map);
			}
			if (detail == null && map.get("error") != null) {
				detail = stringOrNull(map.get("error"));
			}
		}
		if (status == 400 || status == 422) {
			return new BadRequestException(operation, status, headers, text, detail, validation, errorId);
		}
		if (status == 401) {
			return new UnauthorizedException(operation, status, headers, text, detail, validation, errorId);
		}
		if (status == 403) {
			return new ForbiddenException(operation, status, headers, text, detail, validation, errorId);
		}
		if (status == 404) {
			return new NotFoundException(operation, status, headers, text, detail, validation, errorId);
		}
		if (status == 409) {
			return new ConflictException(operation, status, headers, text, detail, validation, errorId);
		}
		if (status == 429) {
			return new RateLimitedException(operation, status, headers, text, detail, validation, errorId,
					retryAfter(headers, this.clock));
		}
		if (status >= 500) {
			return new ServerErrorException(operation, status, headers, text, detail, validation, errorId);
		}
		return new LabelStudioApiException(operation, status, headers, text, detail, validation, errorId);
	}

	/**
	 * The server's {@code Retry-After} (delta-seconds or HTTP-date) as a duration from now, or
	 * {@code null} when absent or unreadable.
	 * @param headers the response headers
	 * @param clock the clock that says what "now" is
	 * @return the wait, never negative
	 */
	public static @Nullable Duration retryAfter(HttpHeaders headers, Clock clock) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return null;
		}
		value = value.strip();
		try {
			long seconds = Long.parseLong(value);
			return Duration.ofSeconds(Math.max(0, seconds));
		}
		catch (NumberFormatException ex) {
			// an HTTP-date
		}
		try {
			ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
			Duration wait = Duration.between(clock.instant(), at.toInstant());
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean looksLikeJson(byte[] body) {
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '{';
			}
		}
		return false;
	}

	private static Map<String, List<String>> fieldErrors(Map<?, ?> errors) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		errors.forEach((field, messages) -> {
			List<String> list = new ArrayList<>();
			if (messages instanceof List<?> items) {
				items.forEach((item) -> list.add(String.valueOf(item)));
			}
			else if (messages != null) {
				list.add(String.valueOf(messages));
			}
			result.put(String.valueOf(field), List.copyOf(list));
		});
		return result;
	}

	private static @Nullable String stringOrNull(@Nullable Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

}
