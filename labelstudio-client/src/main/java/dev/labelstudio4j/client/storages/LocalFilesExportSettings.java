package dev.labelstudio4j.client.storages;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The settings of a local files export storage: a directory of the server's machine, for
 * {@link ExportStorageClient#local()}. Build with {@link #builder()}; only the fields set are sent.
 */
public final class LocalFilesExportSettings extends StorageSettings {

	private static final Set<String> SECRET_FIELDS = Set.of();

	private LocalFilesExportSettings(Map<String, Object> fields) {
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
	 * Return the absolute path of the directory; it must lie under the server's {@code LOCAL_FILES_DOCUMENT_ROOT} ({@code path}).
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

	/** Builder for {@link LocalFilesExportSettings}. A setter given {@code null} removes the field. */
	public static final class Builder extends StorageSettings.Builder<Builder> {

		private Builder() {
		}

		/**
		 * Set the absolute path of the directory; it must lie under the server's {@code LOCAL_FILES_DOCUMENT_ROOT} ({@code path}).
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
		 * Build the immutable {@code LocalFilesExportSettings}.
		 * @return the settings
		 */
		public LocalFilesExportSettings build() {
			return new LocalFilesExportSettings(this.fields);
		}

	}

}
