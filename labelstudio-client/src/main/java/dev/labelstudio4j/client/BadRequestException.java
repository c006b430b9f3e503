package dev.labelstudio4j.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** HTTP 400 Bad Request: invalid input; see getValidationErrors(). */
public class BadRequestException extends LabelStudioApiException {

	public BadRequestException(String operation, int statusCode, HttpHeaders headers, String body, @Nullable String detail,
			Map<String, List<String>> validationErrors, @Nullable String errorId) {
		super(operation, statusCode, headers, body, detail, validationErrors, errorId);
	}

}
