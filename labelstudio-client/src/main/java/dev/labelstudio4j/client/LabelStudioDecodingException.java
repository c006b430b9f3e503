package dev.labelstudio4j.client;

import org.jspecify.annotations.Nullable;

/**
 * A successful response whose body arrived complete but could not be read as the operation's result:
 * empty, {@code null}, not JSON (an HTML page from a proxy, say) or JSON of another shape. The message
 * names the operation, the status, the expected type and where reading stopped; it never contains the
 * body, which may hold secrets. Not retried: the same request would most likely get the same answer. A
 * body cut by the connection is a {@link LabelStudioIoException} instead.
 */
public class LabelStudioDecodingException extends LabelStudioException {

	private final int statusCode;

	public LabelStudioDecodingException(String operation, int statusCode, String message, @Nullable Throwable cause) {
		super(operation, message, cause);
		this.statusCode = statusCode;
	}

	/** The HTTP status of the response. */
	public int getStatusCode() {
		return this.statusCode;
	}

}
