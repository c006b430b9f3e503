package dev.labelstudio4j.client.internal.resources;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.storages.AzureExportSettings;
import dev.labelstudio4j.client.storages.ExportStorageClient;
import dev.labelstudio4j.client.storages.GcsExportSettings;
import dev.labelstudio4j.client.storages.LocalFilesExportSettings;
import dev.labelstudio4j.client.storages.RedisExportSettings;
import dev.labelstudio4j.client.storages.S3ExportSettings;
import dev.labelstudio4j.client.storages.S3sExportSettings;
import dev.labelstudio4j.client.storages.StorageClient;
import dev.labelstudio4j.client.storages.StorageType;
import dev.labelstudio4j.client.storages.StorageTypeInfo;
import dev.labelstudio4j.client.storages.SyncableStorageClient;

/**
 * The {@link ExportStorageClient}: the per-type clients on the SDK's paths (no trailing slashes under
 * {@code /api/storages/export/}); {@code s3s} has no sync in the SDK.
 */
public final class DefaultExportStorageClient implements ExportStorageClient {

	private final ApiInvoker invoker;

	private final SyncableStorageClient<AzureExportSettings> azure;

	private final SyncableStorageClient<GcsExportSettings> gcs;

	private final SyncableStorageClient<LocalFilesExportSettings> local;

	private final SyncableStorageClient<RedisExportSettings> redis;

	private final SyncableStorageClient<S3ExportSettings> s3;

	private final StorageClient<S3sExportSettings> s3s;

	public DefaultExportStorageClient(ApiInvoker invoker) {
		this.invoker = invoker;
		this.azure = new DefaultSyncableStorageClient<>(invoker, "export_storage.azure", StorageType.AZURE,
				"/api/storages/export/azure", "/api/storages/export/azure/{id}", "/api/storages/export/azure/validate",
				"/api/storages/export/azure/{id}/sync");
		this.gcs = new DefaultSyncableStorageClient<>(invoker, "export_storage.gcs", StorageType.GCS,
				"/api/storages/export/gcs", "/api/storages/export/gcs/{id}", "/api/storages/export/gcs/validate",
				"/api/storages/export/gcs/{id}/sync");
		this.local = new DefaultSyncableStorageClient<>(invoker, "export_storage.local", StorageType.LOCAL_FILES,
				"/api/storages/export/localfiles", "/api/storages/export/localfiles/{id}",
				"/api/storages/export/localfiles/validate", "/api/storages/export/localfiles/{id}/sync");
		this.redis = new DefaultSyncableStorageClient<>(invoker, "export_storage.redis", StorageType.REDIS,
				"/api/storages/export/redis", "/api/storages/export/redis/{id}", "/api/storages/export/redis/validate",
				"/api/storages/export/redis/{id}/sync");
		this.s3 = new DefaultSyncableStorageClient<>(invoker, "export_storage.s3", StorageType.S3,
				"/api/storages/export/s3", "/api/storages/export/s3/{id}", "/api/storages/export/s3/validate",
				"/api/storages/export/s3/{id}/sync");
		this.s3s = new DefaultStorageClient<>(invoker, "export_storage.s3s", StorageType.S3S,
				"/api/storages/export/s3s", "/api/storages/export/s3s/{id}", "/api/storages/export/s3s/validate");
	}

	@Override
	public List<StorageTypeInfo> listTypes(RequestOptions options) {
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("export_storage.list_types", "/api/storages/export/types")
			.options(options)
			.returnsListOf(StorageTypeInfo.class));
	}

	@Override
	public SyncableStorageClient<AzureExportSettings> azure() {
		return this.azure;
	}

	@Override
	public SyncableStorageClient<GcsExportSettings> gcs() {
		return this.gcs;
	}

	@Override
	public SyncableStorageClient<LocalFilesExportSettings> local() {
		return this.local;
	}

	@Override
	public SyncableStorageClient<RedisExportSettings> redis() {
		return this.redis;
	}

	@Override
	public SyncableStorageClient<S3ExportSettings> s3() {
		return this.s3;
	}

	@Override
	public StorageClient<S3sExportSettings> s3s() {
		return this.s3s;
	}

}
