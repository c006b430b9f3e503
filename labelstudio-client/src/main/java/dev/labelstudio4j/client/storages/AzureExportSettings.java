package dev.labelstudio4j.client.storages;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The settings of an Azure Blob Storage export storage, for
 * {@link ExportStorageClient#azure()}. Build with {@link #builder()}; only the fields set are sent.
 * Secret fields ({@code account_name}, {@code account_key}) are sent but never shown by
 * {@link #toString()} nor in the client's exception messages; the server never returns them.
 */
public final class AzureExportSettings extends StorageSettings {

	private static final Set<String> SECRET_FIELDS = Set.of("account_name", "account_key");

	private AzureExportSettings(Map<String, Object> fields) {
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
	 * Return whether deleting an annotation deletes its object in the storage ({@code can_delete_objects}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable Boolean canDeleteObjects() {
		return bool("can_delete_objects");
	}

	/** Builder for {@link AzureExportSettings}. A setter given {@code null} removes the field. */
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
		 * Set whether deleting an annotation deletes its object in the storage ({@code can_delete_objects}).
		 * @param canDeleteObjects the value
		 * @return this builder
		 */
		public Builder canDeleteObjects(@Nullable Boolean canDeleteObjects) {
			return set("can_delete_objects", canDeleteObjects);
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
		 * Build the immutable {@code AzureExportSettings}.
		 * @return the settings
		 */
		public AzureExportSettings build() {
			return new AzureExportSettings(this.fields);
		}

	}

}
