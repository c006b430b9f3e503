package dev.labelstudio4j.client.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's own JSON mapper: Label Studio's wire format (snake_case, nulls left out, unknown fields
 * ignored, lenient about fields whose type varies across server versions). It is private to the
 * client, so an application's Jackson settings never change what goes over the wire.
 */
public final class LabelStudioJson {

	private static final LabelStudioJson INSTANCE = new LabelStudioJson();

	private final JsonMapper mapper;

	private LabelStudioJson() {
		this.mapper = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
				.withContentInclusion(JsonInclude.Include.ALWAYS))
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
			.enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
			.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			// The invoker owns the response body and closes it after reading, draining what is left so
			// the connection is reused. A close by the parser would come first and cost an exception
			// per call (HttpURLConnection) or cancel the read-timeout future (the JDK HttpClient).
			.disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
			.build();
	}

	/** The shared instance. */
	public static LabelStudioJson get() {
		return INSTANCE;
	}

	/** The underlying mapper, for writers that stream a body token by token. */
	public JsonMapper mapper() {
		return this.mapper;
	}

	public JavaType type(Class<?> type) {
		return this.mapper.constructType(type);
	}

	public JavaType type(TypeReference<?> type) {
		return this.mapper.constructType(type);
	}

	public JavaType listOf(Class<?> elementType) {
		return this.mapper.getTypeFactory().constructCollectionType(List.class, elementType);
	}

	public <T> T read(InputStream in, JavaType type) {
		return this.mapper.readValue(in, type);
	}

	public <T> T read(byte[] in, JavaType type) {
		return this.mapper.readValue(in, type);
	}

	public <T> T read(String in, Class<T> type) {
		return this.mapper.readValue(in, type);
	}

	/** Reads a JSON object into a map, or {@code null} when the text is not a JSON object. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> readMapOrNull(byte[] body) {
		try {
			Object value = this.mapper.readValue(body, Object.class);
			return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	public void write(OutputStream out, Object value) {
		this.mapper.writeValue(out, value);
	}

	public byte[] writeBytes(Object value) {
		return this.mapper.writeValueAsBytes(value);
	}

	public String writeString(Object value) {
		return this.mapper.writeValueAsString(value);
	}

	/** Converts a value (for example a params object) to a map of its JSON fields. */
	@SuppressWarnings("unchecked")
	public Map<String, Object> toMap(Object value) {
		return this.mapper.convertValue(value, Map.class);
	}

}
