package dev.labelstudio4j.client.storages;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Import storages: where a project's tasks come from. One client per storage type; obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#importStorage()}. Thread-safe.
 */
public interface ImportStorageClient {

	/**
	 * The import storage types the server offers ({@code GET /api/storages/types}).
	 * @return the types
	 */
	default List<StorageTypeInfo> listTypes() {
		return listTypes(RequestOptions.none());
	}

	/** The import storage types the server offers, with per-call options. */
	List<StorageTypeInfo> listTypes(RequestOptions options);

	/** Azure Blob Storage import storages ({@code /api/storages/azure/}). */
	SyncableStorageClient<AzureImportSettings> azure();

	/** Google Cloud Storage import storages ({@code /api/storages/gcs/}). */
	SyncableStorageClient<GcsImportSettings> gcs();

	/** Local files import storages ({@code /api/storages/localfiles/}). */
	SyncableStorageClient<LocalFilesImportSettings> local();

	/** Redis import storages ({@code /api/storages/redis/}). */
	SyncableStorageClient<RedisImportSettings> redis();

	/** Amazon S3 import storages ({@code /api/storages/s3/}). */
	SyncableStorageClient<S3ImportSettings> s3();

	/** Amazon S3 import storages reached through an IAM role ({@code /api/storages/s3s}, Enterprise). */
	SyncableStorageClient<S3sImportSettings> s3s();

}
