package dev.labelstudio4j.emulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** An answer: status, headers and a JSON value, raw bytes or no body. */
final class Reply {

	final int status;

	final Map<String, String> headers = new LinkedHashMap<>();

	private final @Nullable Object json;

	private final byte @Nullable [] bytes;

	private Reply(int status, @Nullable Object json, byte @Nullable [] bytes) {
		this.status = status;
		this.json = json;
		this.bytes = bytes;
	}

	static Reply json(int status, Object body) {
		return new Reply(status, body, null);
	}

	static Reply bytes(int status, byte[] body, String contentType) {
		Reply reply = new Reply(status, null, body);
		reply.headers.put("Content-Type", contentType);
		return reply;
	}

	static Reply noContent() {
		return new Reply(204, null, null);
	}

	ResponseDefinition toDefinition(JsonMapper mapper) {
		ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(this.status);
		if (this.json != null) {
			builder.withHeader("Content-Type", "application/json").withBody(mapper.writeValueAsBytes(this.json));
		}
		else if (this.bytes != null) {
			builder.withBody(this.bytes);
		}
		this.headers.forEach(builder::withHeader);
		return builder.build();
	}

}
