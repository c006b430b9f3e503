package dev.labelstudio4j.client.internal.resources;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.storages.AzureImportSettings;
import dev.labelstudio4j.client.storages.GcsImportSettings;
import dev.labelstudio4j.client.storages.ImportStorageClient;
import dev.labelstudio4j.client.storages.LocalFilesImportSettings;
import dev.labelstudio4j.client.storages.RedisImportSettings;
import dev.labelstudio4j.client.storages.S3ImportSettings;
import dev.labelstudio4j.client.storages.S3sImportSettings;
import dev.labelstudio4j.client.storages.StorageType;
import dev.labelstudio4j.client.storages.StorageTypeInfo;
import dev.labelstudio4j.client.storages.SyncableStorageClient;

/**
 * The {@link ImportStorageClient}: the per-type clients on the SDK's paths (the collection paths end in a
 * slash, except {@code s3s}; item, validate and sync paths do not).
 */
public final class DefaultImportStorageClient implements ImportStorageClient {

	private final ApiInvoker invoker;

	private final SyncableStorageClient<AzureImportSettings> azure;

	private final SyncableStorageClient<GcsImportSettings> gcs;

	private final SyncableStorageClient<LocalFilesImportSettings> local;

	private final SyncableStorageClient<RedisImportSettings> redis;

	private final SyncableStorageClient<S3ImportSettings> s3;

	private final SyncableStorageClient<S3sImportSettings> s3s;

	public DefaultImportStorageClient(ApiInvoker invoker) {
		this.invoker = invoker;
		this.azure = new DefaultSyncableStorageClient<>(invoker, "import_storage.azure", StorageType.AZURE,
				"/api/storages/azure/", "/api/storages/azure/{id}", "/api/storages/azure/validate",
				"/api/storages/azure/{id}/sync");
		this.gcs = new DefaultSyncableStorageClient<>(invoker, "import_storage.gcs", StorageType.GCS,
				"/api/storages/gcs/", "/api/storages/gcs/{id}", "/api/storages/gcs/validate",
				"/api/storages/gcs/{id}/sync");
		this.local = new DefaultSyncableStorageClient<>(invoker, "import_storage.local", StorageType.LOCAL_FILES,
				"/api/storages/localfiles/", "/api/storages/localfiles/{id}", "/api/storages/localfiles/validate",
				"/api/storages/localfiles/{id}/sync");
		this.redis = new DefaultSyncableStorageClient<>(invoker, "import_storage.redis", StorageType.REDIS,
				"/api/storages/redis/", "/api/storages/redis/{id}", "/api/storages/redis/validate",
				"/api/storages/redis/{id}/sync");
		this.s3 = new DefaultSyncableStorageClient<>(invoker, "import_storage.s3", StorageType.S3,
				"/api/storages/s3/", "/api/storages/s3/{id}", "/api/storages/s3/validate",
				"/api/storages/s3/{id}/sync");
		this.s3s = new DefaultSyncableStorageClient<>(invoker, "import_storage.s3s", StorageType.S3S,
				"/api/storages/s3s", "/api/storages/s3s/{id}", "/api/storages/s3s/validate",
				"/api/storages/s3s/{id}/sync");
	}

	@Override
	public List<StorageTypeInfo> listTypes(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("import_storage.list_types", "/api/storages/types")
			.options(options)
			.returnsListOf(StorageTypeInfo.class));
	}

	@Override
	public SyncableStorageClient<AzureImportSettings> azure() {
		return this.azure;
	}

	@Override
	public SyncableStorageClient<GcsImportSettings> gcs() {
		return this.gcs;
	}

	@Override
	public SyncableStorageClient<LocalFilesImportSettings> local() {
		return this.local;
	}

	@Override
	public SyncableStorageClient<RedisImportSettings> redis() {
		return this.redis;
	}

	@Override
	public SyncableStorageClient<S3ImportSettings> s3() {
		return this.s3;
	}

	@Override
	public SyncableStorageClient<S3sImportSettings> s3s() {
		return this.s3s;
	}

}
