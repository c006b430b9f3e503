package dev.labelstudio4j.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;

import dev.labelstudio4j.client.LabelStudioDecodingException;

/**
 * Turns a successful (2xx/3xx) response into a value.
 *
 * @param <T> the value type
 */
public interface ResponseHandler<T> {

	/**
	 * Read the response.
	 * @param operation the operation name, for messages
	 * @param response the response; closed by the invoker unless {@link #keepsResponseOpen()}
	 * @param json the client's JSON mapper
	 * @return the value
	 * @throws IOException when the body cannot be read
	 */
	T handle(String operation, ClientHttpResponse response, LabelStudioJson json) throws IOException;

	/** Whether the handler hands the open response body to the caller (streams). */
	default boolean keepsResponseOpen() {
		return false;
	}

	static <T> ResponseHandler<T> json(Class<T> type) {
		return json((json) -> json.type(type), type.getSimpleName());
	}

	static <E> ResponseHandler<List<E>> listOf(Class<E> elementType) {
		return json((json) -> json.listOf(elementType), "list of " + elementType.getSimpleName());
	}

	static <T> ResponseHandler<T> json(TypeReference<T> type) {
		return json((json) -> json.type(type), type.getType().getTypeName());
	}

	private static <T> ResponseHandler<T> json(java.util.function.Function<LabelStudioJson, JavaType> type,
			String description) {
		return new ResponseHandler<>() {

			@Override
			public T handle(String operation, ClientHttpResponse response, LabelStudioJson json) throws IOException {
				int status = response.getStatusCode().value();
				PushbackInputStream body = new PushbackInputStream(response.getBody(), 1);
				int first = body.read();
				if (first == -1) {
					throw new LabelStudioDecodingException(operation, status, operation + " returned an empty body where a "
							+ description + " was expected", null);
				}
				body.unread(first);
				try {
					T value = json.read(body, type.apply(json));
					if (value == null) {
						throw new LabelStudioDecodingException(operation, status, operation + " returned null where a "
								+ description + " was expected (HTTP " + status + ")", null);
					}
					return value;
				}
				catch (JacksonIOException ex) {
					// reading failed, not the JSON: an I/O error (a cut body, a read timeout) for the invoker
					throw ex.getCause();
				}
				catch (JacksonException ex) {
					// the message names the problem and the location only: Jackson's own quotes the body
					TokenStreamLocation location = ex.getLocation();
					String where = (location != null)
							? " at line " + location.getLineNr() + ", column " + location.getColumnNr() : "";
					throw new LabelStudioDecodingException(operation, status,
							operation + " returned a body that is not a valid " + description + " (HTTP " + status + ": "
									+ ex.getClass().getSimpleName() + where + ")",
							null);
				}
			}

		};
	}

	/** Discards the body; for operations that answer 204 or a body nobody needs. */
	static ResponseHandler<@Nullable Void> discard() {
		return (operation, response, json) -> {
			try (InputStream body = response.getBody()) {
				body.transferTo(OutputStream.nullOutputStream());
			}
			return null;
		};
	}

	/** Hands the open body to the caller, who must close it. */
	static ResponseHandler<InputStream> stream() {
		return new ResponseHandler<>() {

			@Override
			public InputStream handle(String operation, ClientHttpResponse response, LabelStudioJson json)
					throws IOException {
				InputStream body = response.getBody();
				return new java.io.FilterInputStream(body) {
					@Override
					public void close() throws IOException {
						try {
							super.close();
						}
						finally {
							response.close();
						}
					}
				};
			}

			@Override
			public boolean keepsResponseOpen() {
				return true;
			}

		};
	}

}
