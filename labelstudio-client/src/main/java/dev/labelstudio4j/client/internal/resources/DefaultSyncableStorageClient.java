package dev.labelstudio4j.client.internal.resources;

import java.time.Duration;
import java.util.concurrent.TimeUnit;


import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.storages.Storage;
import dev.labelstudio4j.client.storages.StorageSettings;
import dev.labelstudio4j.client.storages.StorageStatus;
import dev.labelstudio4j.client.storages.StorageSyncFailedException;
import dev.labelstudio4j.client.storages.StorageSyncTimeoutException;
import dev.labelstudio4j.client.storages.StorageType;
import dev.labelstudio4j.client.storages.SyncListener;
import dev.labelstudio4j.client.storages.SyncOptions;
import dev.labelstudio4j.client.storages.SyncableStorageClient;

/**
 * A {@link DefaultStorageClient} with the sync call and the sync waiter: one sync call with a read timeout
 * that fits a sync run within it, then polls with back-off until the status is terminal or the overall
 * timeout has passed.
 *
 * @param <S> the settings type
 */
public class DefaultSyncableStorageClient<S extends StorageSettings> extends DefaultStorageClient<S>
		implements SyncableStorageClient<S> {

	private final String syncPath;

	/**
	 * Create the client of one storage type and direction.
	 * @param invoker the shared invoker
	 * @param resource the SDK's resource name (for example {@code import_storage.s3})
	 * @param type the storage type
	 * @param collectionPath the list and create template
	 * @param itemPath the get, update and delete template, with {@code {id}}
	 * @param validatePath the validate template
	 * @param syncPath the sync template, with {@code {id}}
	 */
	public DefaultSyncableStorageClient(ApiInvoker invoker, String resource, StorageType type, String collectionPath,
			String itemPath, String validatePath, String syncPath) {
		super(invoker, resource, type, collectionPath, itemPath, validatePath);
		this.syncPath = syncPath;
	}

	@Override
	public Storage sync(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post(this.resource + ".sync", this.syncPath)
			.path("id", id)
			.options(options)
			.returns(Storage.class));
	}

	@Override
	public Storage syncAndWait(long id, SyncOptions syncOptions, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(syncOptions, "syncOptions");
		Args.notNull(options, "options");
		String operation = this.resource + ".sync";
		Duration timeout = syncOptions.timeout();
		long deadline = System.nanoTime() + timeout.toNanos();
		RequestOptions syncCall = (options.readTimeout() != null) ? options
				: options.mergedWith(RequestOptions.builder().readTimeout(syncOptions.syncCallReadTimeout()).build());
		Storage storage;
		try {
			storage = sync(id, syncCall);
		}
		catch (LabelStudioIoException ex) {
			if (ex.isTimeout() && !ex.isRequestNotSent() && !Thread.currentThread().isInterrupted()) {
				throw new StorageSyncTimeoutException(operation, this.type, id, timeout, null, ex);
			}
			throw ex;
		}
		SyncListener listener = syncOptions.listener();
		Duration interval = syncOptions.pollInterval();
		while (true) {
			if (listener != null) {
				listener.onProgress(storage);
			}
			StorageStatus status = storage.status();
			if (status != null && status.isFailed()) {
				throw new StorageSyncFailedException(operation, this.type, id, storage);
			}
			if (status != null && status.isCompleted()) {
				return storage;
			}
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				throw new StorageSyncTimeoutException(operation, this.type, id, timeout, storage, null);
			}
			pause(Math.min(interval.toNanos(), remaining), operation, id);
			storage = get(id, options);
			interval = next(interval, syncOptions);
		}
	}

	private static Duration next(Duration interval, SyncOptions options) {
		double nanos = interval.toNanos() * options.backoffMultiplier();
		long max = options.maxPollInterval().toNanos();
		return Duration.ofNanos((nanos >= max) ? max : (long) nanos);
	}

	private void pause(long nanos, String operation, long id) {
		try {
			TimeUnit.NANOSECONDS.sleep(nanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LabelStudioException(operation,
					operation + " interrupted while waiting for the sync of " + this.type.pathSegment() + " storage " + id,
					ex);
		}
	}

}
