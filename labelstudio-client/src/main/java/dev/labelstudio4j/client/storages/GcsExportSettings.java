package dev.labelstudio4j.client.storages;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The settings of a Google Cloud Storage export storage, for
 * {@link ExportStorageClient#gcs()}. Build with {@link #builder()}; only the fields set are sent.
 * Secret fields ({@code google_application_credentials}) are sent but never shown by
 * {@link #toString()} nor in the client's exception messages; the server never returns them.
 */
public final class GcsExportSettings extends StorageSettings {

	private static final Set<String> SECRET_FIELDS = Set.of("google_application_credentials");

	private GcsExportSettings(Map<String, Object> fields) {
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
	 * Return the bucket name ({@code bucket}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String bucket() {
		return string("bucket");
	}

	/**
	 * Return the key prefix objects are listed under ({@code prefix}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String prefix() {
		return string("prefix");
	}

	/**
	 * Return whether deleting an annotation deletes its object in the storage ({@code can_delete_objects}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable Boolean canDeleteObjects() {
		return bool("can_delete_objects");
	}

	/**
	 * Return the Google Cloud project id ({@code google_project_id}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String googleProjectId() {
		return string("google_project_id");
	}

	/** Builder for {@link GcsExportSettings}. A setter given {@code null} removes the field. */
	public static final class Builder extends StorageSettings.Builder<Builder> {

		private Builder() {
		}

		/**
		 * Set the bucket name ({@code bucket}).
		 * @param bucket the value
		 * @return this builder
		 */
		public Builder bucket(@Nullable String bucket) {
			return set("bucket", bucket);
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
		 * Set whether deleting an annotation deletes its object in the storage ({@code can_delete_objects}).
		 * @param canDeleteObjects the value
		 * @return this builder
		 */
		public Builder canDeleteObjects(@Nullable Boolean canDeleteObjects) {
			return set("can_delete_objects", canDeleteObjects);
		}

		/**
		 * Set the content of the service account's JSON key file, as a string (secret) ({@code google_application_credentials}).
		 * @param googleApplicationCredentials the value
		 * @return this builder
		 */
		public Builder googleApplicationCredentials(@Nullable String googleApplicationCredentials) {
			return set("google_application_credentials", googleApplicationCredentials);
		}

		/**
		 * Set the Google Cloud project id ({@code google_project_id}).
		 * @param googleProjectId the value
		 * @return this builder
		 */
		public Builder googleProjectId(@Nullable String googleProjectId) {
			return set("google_project_id", googleProjectId);
		}

		/**
		 * Build the immutable {@code GcsExportSettings}.
		 * @return the settings
		 */
		public GcsExportSettings build() {
			return new GcsExportSettings(this.fields);
		}

	}

}
