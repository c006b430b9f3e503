package dev.labelstudio4j.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Options for one call, passed as the last argument of any operation. Immutable; build with
 * {@link #builder()}. Unset values fall back to the client's defaults.
 */
public final class RequestOptions {

	private static final RequestOptions NONE = new RequestOptions(null, Map.of(), null, null);

	private final @Nullable Duration readTimeout;

	private final Map<String, String> headers;

	private final @Nullable Integer maxAttempts;

	private final @Nullable Boolean retryNonIdempotent;

	private RequestOptions(@Nullable Duration readTimeout, Map<String, String> headers, @Nullable Integer maxAttempts,
			@Nullable Boolean retryNonIdempotent) {
		this.readTimeout = readTimeout;
		this.headers = headers;
		this.maxAttempts = maxAttempts;
		this.retryNonIdempotent = retryNonIdempotent;
	}

	/** No options: the client's defaults. */
	public static RequestOptions none() {
		return NONE;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The read timeout for this call, or {@code null} for the client's. */
	public @Nullable Duration readTimeout() {
		return this.readTimeout;
	}

	/** Extra headers for this call. */
	public Map<String, String> headers() {
		return this.headers;
	}

	/** Total attempts for this call (1 = no retry), or {@code null} for the client's. */
	public @Nullable Integer maxAttempts() {
		return this.maxAttempts;
	}

	/**
	 * Whether a POST or PATCH may be retried after a failure where the server may already have processed
	 * it (read timeout, 500, reset connection), or {@code null} for the default (no).
	 */
	public @Nullable Boolean retryNonIdempotent() {
		return this.retryNonIdempotent;
	}

	/**
	 * These options with {@code overrides} laid on top: values set in {@code overrides} win, headers are
	 * merged.
	 * @param overrides the options that take precedence
	 * @return the merged options
	 */
	public RequestOptions mergedWith(RequestOptions overrides) {
		Objects.requireNonNull(overrides, "overrides must not be null");
		if (overrides == NONE) {
			return this;
		}
		if (this == NONE) {
			return overrides;
		}
		Map<String, String> merged = new LinkedHashMap<>(this.headers);
		merged.putAll(overrides.headers);
		return new RequestOptions((overrides.readTimeout != null) ? overrides.readTimeout : this.readTimeout,
				Collections.unmodifiableMap(merged),
				(overrides.maxAttempts != null) ? overrides.maxAttempts : this.maxAttempts,
				(overrides.retryNonIdempotent != null) ? overrides.retryNonIdempotent : this.retryNonIdempotent);
	}

	@Override
	public String toString() {
		return "RequestOptions[readTimeout=" + this.readTimeout + ", headers=" + this.headers.keySet()
				+ ", maxAttempts=" + this.maxAttempts + ", retryNonIdempotent=" + this.retryNonIdempotent + "]";
	}

	/**
	 * Refuses a header whose name or value could split the request: CR, LF or another control character
	 * (tab allowed in values), so that a bad header fails where it is set, not when a call is sent.
	 * @param name the header name
	 * @param value the header value
	 */
	static void checkHeaderText(String name, String value) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c <= ' ' || c >= 0x7f || c == ':') {
				throw new IllegalArgumentException("header name '" + name.strip()
						+ "' must be a token (no whitespace, control characters or ':')");
			}
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < ' ' && c != '\t') || c == 0x7f) {
				throw new IllegalArgumentException(
						"header " + name + " must not contain CR, LF or other control characters in its value");
			}
		}
	}

	/** Builder for {@link RequestOptions}. */
	public static final class Builder {

		private @Nullable Duration readTimeout;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private @Nullable Integer maxAttempts;

		private @Nullable Boolean retryNonIdempotent;

		private Builder() {
		}

		/**
		 * Read timeout for this call, applied to its requests on the client's connection pool: the longest
		 * wait (for the server to take more of the body, for the answer, for more of it), never the time a
		 * body takes while it flows. Must be positive.
		 */
		public Builder readTimeout(Duration readTimeout) {
			Objects.requireNonNull(readTimeout, "readTimeout must not be null");
			if (readTimeout.isNegative() || readTimeout.isZero()) {
				throw new IllegalArgumentException("readTimeout must be positive");
			}
			this.readTimeout = readTimeout;
			return this;
		}

		/** An extra header; {@code Authorization} cannot be set this way. */
		public Builder header(String name, String value) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("header name must not be null or blank");
			}
			Objects.requireNonNull(value, "header value must not be null");
			if (name.toLowerCase(Locale.ROOT).equals("authorization")) {
				throw new IllegalArgumentException(
						"header Authorization is set from the credentials; use LabelStudioClient.withOptions to change them");
			}
			checkHeaderText(name, value);
			this.headers.put(name, value);
			return this;
		}

		/** Total attempts for this call, at least 1 (1 disables retries). */
		public Builder maxAttempts(int maxAttempts) {
			if (maxAttempts < 1) {
				throw new IllegalArgumentException("maxAttempts must be at least 1");
			}
			this.maxAttempts = maxAttempts;
			return this;
		}

		/** Opt a POST or PATCH in to the same retries as a GET (the server may then process it twice). */
		public Builder retryNonIdempotent(boolean retryNonIdempotent) {
			this.retryNonIdempotent = retryNonIdempotent;
			return this;
		}

		public RequestOptions build() {
			return new RequestOptions(this.readTimeout, Collections.unmodifiableMap(new LinkedHashMap<>(this.headers)),
					this.maxAttempts, this.retryNonIdempotent);
		}

	}

}
