package dev.labelstudio4j.client.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;

/** A request body. {@link #replayable()} bodies may be sent again by a retry; others never are. */
public sealed interface RequestBody {

	/** Whether the body can be written more than once. */
	boolean replayable();

	/** A value serialized as JSON by the client's mapper, straight to the connection. */
	static RequestBody json(Object value) {
		return new Json(value);
	}

	/**
	 * A body written by {@code writer} straight to the connection, never held in memory as a whole.
	 * @param contentType the content type
	 * @param writer writes the body
	 * @param replayable whether {@code writer} can write it again (false for a one-shot stream)
	 * @return the body
	 */
	static RequestBody streaming(MediaType contentType, Writer writer, boolean replayable) {
		return new Streaming(contentType, writer, replayable);
	}

	/** A multipart/form-data body; parts are Strings or Spring {@code Resource}s. */
	static RequestBody multipart(MultiValueMap<String, Object> parts, boolean replayable) {
		return new Multipart(parts, replayable);
	}

	/** Writes a streaming body. */
	@FunctionalInterface
	interface Writer {

		void writeTo(OutputStream out, LabelStudioJson json) throws IOException;

	}

	record Json(Object value) implements RequestBody {

		@Override
		public boolean replayable() {
			return true;
		}

	}

	record Streaming(MediaType contentType, Writer writer, boolean replayable) implements RequestBody {
	}

	record Multipart(MultiValueMap<String, Object> parts, boolean replayable) implements RequestBody {
	}

}
