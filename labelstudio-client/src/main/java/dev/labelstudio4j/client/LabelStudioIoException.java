package dev.labelstudio4j.client;

import org.jspecify.annotations.Nullable;

/**
 * A transport failure: the connection could not be made, was reset, timed out or the response could
 * not be read. {@link #isRequestNotSent()} tells whether the request surely never reached the server
 * (connection refused, unknown host, connect timeout), which makes any request safe to retry.
 */
public class LabelStudioIoException extends LabelStudioException {

	private final boolean requestNotSent;

	private final boolean timeout;

	public LabelStudioIoException(String operation, String message, @Nullable Throwable cause, boolean requestNotSent,
			boolean timeout) {
		super(operation, message, cause);
		this.requestNotSent = requestNotSent;
		this.timeout = timeout;
	}

	/** Whether the request surely never reached the server. */
	public boolean isRequestNotSent() {
		return this.requestNotSent;
	}

	/** Whether the failure was a connect or read timeout. */
	public boolean isTimeout() {
		return this.timeout;
	}

}
