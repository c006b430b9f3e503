package dev.labelstudio4j.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** HTTP 409 Conflict. */
public class ConflictException extends LabelStudioApiException {

	public ConflictException(String operation, int statusCode, HttpHeaders headers, String body, @Nullable String detail,
			Map<String, List<String>> validationErrors, @Nullable String errorId) {
		super(operation, statusCode, headers, body, detail, validationErrors, errorId);
	}

}
