package dev.labelstudio4j.client.storages;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Export (target) storages: where a project's annotations go. One client per storage type; obtain it
 * from {@link dev.labelstudio4j.client.LabelStudioClient#exportStorage()}. Thread-safe.
 */
public interface ExportStorageClient {

	/**
	 * The export storage types the server offers ({@code GET /api/storages/export/types}).
	 * @return the types
	 */
	default List<StorageTypeInfo> listTypes() {
		return listTypes(RequestOptions.none());
	}

	/** The export storage types the server offers, with per-call options. */
	List<StorageTypeInfo> listTypes(RequestOptions options);

	/** Azure Blob Storage export storages ({@code /api/storages/export/azure}). */
	SyncableStorageClient<AzureExportSettings> azure();

	/** Google Cloud Storage export storages ({@code /api/storages/export/gcs}). */
	SyncableStorageClient<GcsExportSettings> gcs();

	/** Local files export storages ({@code /api/storages/export/localfiles}). */
	SyncableStorageClient<LocalFilesExportSettings> local();

	/** Redis export storages ({@code /api/storages/export/redis}). */
	SyncableStorageClient<RedisExportSettings> redis();

	/** Amazon S3 export storages ({@code /api/storages/export/s3}). */
	SyncableStorageClient<S3ExportSettings> s3();

	/**
	 * Amazon S3 export storages reached through an IAM role ({@code /api/storages/export/s3s}, Enterprise);
	 * the SDK offers no sync for them.
	 */
	StorageClient<S3sExportSettings> s3s();

}
