package dev.labelstudio4j.client.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The read timeout of the call being sent on the current thread, for the client's own request
 * factories, which apply it to that one request on their shared connection pool. The invoker sets it
 * around an exchange; Spring creates and sends the request on the calling thread.
 */
final class CallTimeouts {

	private static final ThreadLocal<@Nullable Duration> readTimeout = new ThreadLocal<>();

	private CallTimeouts() {
	}

	/**
	 * The current call's read timeout, or the given default.
	 * @param defaultTimeout the request factory's own read timeout
	 * @return the timeout to apply, or {@code null} for none
	 */
	static @Nullable Duration readTimeoutOr(@Nullable Duration defaultTimeout) {
		Duration timeout = readTimeout.get();
		return (timeout != null) ? timeout : defaultTimeout;
	}

	/**
	 * Set the read timeout of the call about to be sent on this thread.
	 * @param timeout the call's read timeout, or {@code null} for the request factory's
	 * @return the previous value, to give back to {@link #restore(Duration)}
	 */
	static @Nullable Duration set(@Nullable Duration timeout) {
		Duration previous = readTimeout.get();
		readTimeout.set(timeout);
		return previous;
	}

	static void restore(@Nullable Duration previous) {
		if (previous == null) {
			readTimeout.remove();
		}
		else {
			readTimeout.set(previous);
		}
	}

}
