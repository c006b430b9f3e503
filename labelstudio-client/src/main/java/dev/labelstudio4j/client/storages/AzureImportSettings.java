package dev.labelstudio4j.client.storages;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The settings of an Azure Blob Storage import storage, for
 * {@link ImportStorageClient#azure()}. Build with {@link #builder()}; only the fields set are sent.
 * Secret fields ({@code account_name}, {@code account_key}) are sent but never shown by
 * {@link #toString()} nor in the client's exception messages; the server never returns them.
 */
public final class AzureImportSettings extends StorageSettings {

	private static final Set<String> SECRET_FIELDS = Set.of("account_name", "account_key");

	private AzureImportSettings(Map<String, Object> fields) {
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
	 * Return the Azure blob container ({@code container}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String container() {
		return string("container");
	}

	/**
	 * Return the key prefix objects are listed under ({@code prefix}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String prefix() {
		return string("prefix");
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

	/**
	 * Return whether object URLs are presigned for direct download ({@code presign}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable Boolean presign() {
		return bool("presign");
	}

	/**
	 * Return the lifetime of presigned URLs, in minutes (0 to 32767) ({@code presign_ttl}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable Integer presignTtl() {
		return integer("presign_ttl");
	}

	/** Builder for {@link AzureImportSettings}. A setter given {@code null} removes the field. */
	public static final class Builder extends StorageSettings.Builder<Builder> {

		private Builder() {
		}

		/**
		 * Set the Azure blob container ({@code container}).
		 * @param container the value
		 * @return this builder
		 */
		public Builder container(@Nullable String container) {
			return set("container", container);
		}

		/**
		 * Set the key prefix objects are listed under ({@code prefix}).
		 * @param prefix the value
		 * @return this builder
		 */
		public Builder prefix(@Nullable String prefix) {
			return set("prefix", prefix);
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
		 * Set whether object URLs are presigned for direct download ({@code presign}).
		 * @param presign the value
		 * @return this builder
		 */
		public Builder presign(@Nullable Boolean presign) {
			return set("presign", presign);
		}

		/**
		 * Set the lifetime of presigned URLs, in minutes (0 to 32767) ({@code presign_ttl}).
		 * @param presignTtl the value
		 * @return this builder
		 */
		public Builder presignTtl(@Nullable Integer presignTtl) {
			return nonNegative("presignTtl", presignTtl, 32767);
		}

		/**
		 * Set the Azure storage account name (secret: the server never returns it) ({@code account_name}).
		 * @param accountName the value
		 * @return this builder
		 */
		public Builder accountName(@Nullable String accountName) {
			return set("account_name", accountName);
		}

		/**
		 * Set the Azure storage account key (secret) ({@code account_key}).
		 * @param accountKey the value
		 * @return this builder
		 */
		public Builder accountKey(@Nullable String accountKey) {
			return set("account_key", accountKey);
		}

		/**
		 * Build the immutable {@code AzureImportSettings}.
		 * @return the settings
		 */
		public AzureImportSettings build() {
			return new AzureImportSettings(this.fields);
		}

	}

}
