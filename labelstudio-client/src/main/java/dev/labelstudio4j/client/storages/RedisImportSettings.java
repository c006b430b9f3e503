package dev.labelstudio4j.client.storages;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The settings of a Redis import storage, for
 * {@link ImportStorageClient#redis()}. Build with {@link #builder()}; only the fields set are sent.
 * Secret fields ({@code password}) are sent but never shown by
 * {@link #toString()} nor in the client's exception messages; the server never returns them.
 */
public final class RedisImportSettings extends StorageSettings {

	private static final Set<String> SECRET_FIELDS = Set.of("password");

	private RedisImportSettings(Map<String, Object> fields) {
		super(fields, SECRET_FIELDS);
	}

	/**
	 * Start building settings with no field set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from these settings.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.fields.putAll(fields());
		return builder;
	}

	/**
	 * Return the Redis host ({@code host}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String host() {
		return string("host");
	}

	/**
	 * Return the Redis port (sent as a string, as the server stores it) ({@code port}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String port() {
		return string("port");
	}

	/**
	 * Return the key prefix in Redis ({@code path}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String path() {
		return string("path");
	}

	/**
	 * Return the regular expression object keys must match (matched from the start of the key); empty or unset for every object ({@code regex_filter}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String regexFilter() {
		return string("regex_filter");
	}

	/**
	 * Return whether each object becomes a task with its URL (media files) instead of being read as a JSON task file ({@code use_blob_urls}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable Boolean useBlobUrls() {
		return bool("use_blob_urls");
	}

	/** Builder for {@link RedisImportSettings}. A setter given {@code null} removes the field. */
	public static final class Builder extends StorageSettings.Builder<Builder> {

		private Builder() {
		}

		/**
		 * Set the Redis host ({@code host}).
		 * @param host the value
		 * @return this builder
		 */
		public Builder host(@Nullable String host) {
			return set("host", host);
		}

		/**
		 * Set the Redis port (sent as a string, as the server stores it) ({@code port}).
		 * @param port the value
		 * @return this builder
		 */
		public Builder port(@Nullable String port) {
			return set("port", port);
		}

		/**
		 * Set the Redis port (sent as a string, as the server stores it) ({@code port}) from a number, 1 to 65535.
		 * @param port the value
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException("port must be between 1 and 65535 but was " + port);
			}
			return set("port", String.valueOf(port));
		}

		/**
		 * Set the Redis password (secret) ({@code password}).
		 * @param password the value
		 * @return this builder
		 */
		public Builder password(@Nullable String password) {
			return set("password", password);
		}

		/**
		 * Set the key prefix in Redis ({@code path}).
		 * @param path the value
		 * @return this builder
		 */
		public Builder path(@Nullable String path) {
			return set("path", path);
		}

		/**
		 * Set the regular expression object keys must match (matched from the start of the key); empty or unset for every object ({@code regex_filter}).
		 * @param regexFilter the value
		 * @return this builder
		 */
		public Builder regexFilter(@Nullable String regexFilter) {
			return set("regex_filter", regexFilter);
		}

		/**
		 * Set whether each object becomes a task with its URL (media files) instead of being read as a JSON task file ({@code use_blob_urls}).
		 * @param useBlobUrls the value
		 * @return this builder
		 */
		public Builder useBlobUrls(@Nullable Boolean useBlobUrls) {
			return set("use_blob_urls", useBlobUrls);
		}

		/**
		 * Build the immutable {@code RedisImportSettings}.
		 * @return the settings
		 */
		public RedisImportSettings build() {
			return new RedisImportSettings(this.fields);
		}

	}

}
