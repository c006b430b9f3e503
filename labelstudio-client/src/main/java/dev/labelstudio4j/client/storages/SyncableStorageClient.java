package dev.labelstudio4j.client.storages;

import dev.labelstudio4j.client.RequestOptions;

/**
 * A {@link StorageClient} whose storages can be synced: an import storage creates tasks from the objects
 * it finds, an export storage writes the project's annotations. Thread-safe.
 *
 * @param <S> the settings of this type and direction
 */
public interface SyncableStorageClient<S extends StorageSettings> extends StorageClient<S> {

	/**
	 * Start a sync ({@code POST .../{id}/sync}) and return the storage as the server answers: a server
	 * without a job queue syncs within the call and answers {@code completed} or {@code failed}; one with a
	 * queue answers {@code queued} or {@code in_progress}. Use {@link #syncAndWait(long)} to wait for the end.
	 * The call is not retried after it may have reached the server.
	 * @param id the storage id
	 * @return the storage
	 */
	default Storage sync(long id) {
		return sync(id, RequestOptions.none());
	}

	/** Start a sync, with per-call options. */
	Storage sync(long id, RequestOptions options);

	/**
	 * Start a sync and wait until it completes or fails, with the default {@link SyncOptions}.
	 * @param id the storage id
	 * @return the storage after a completed sync (status {@code completed} or {@code completed_with_errors})
	 * @throws StorageSyncFailedException when the sync fails (with the server's error)
	 * @throws StorageSyncTimeoutException when it does not end within {@link SyncOptions#timeout()}
	 */
	default Storage syncAndWait(long id) {
		return syncAndWait(id, SyncOptions.defaults(), RequestOptions.none());
	}

	/** Start a sync and wait, with wait options. */
	default Storage syncAndWait(long id, SyncOptions syncOptions) {
		return syncAndWait(id, syncOptions, RequestOptions.none());
	}

	/**
	 * Start a sync and wait until it completes or fails: one {@code POST .../sync} (whose read timeout is
	 * {@link SyncOptions#syncCallReadTimeout()}, since a server without a job queue syncs within the call),
	 * then {@code GET}s with back-off from {@link SyncOptions#pollInterval()} up to
	 * {@link SyncOptions#maxPollInterval()}, until the status is terminal or {@link SyncOptions#timeout()} has
	 * passed. The listener sees the storage after each call.
	 * @param id the storage id
	 * @param syncOptions how to wait
	 * @param options per-call options for each call (a read timeout set here also applies to the sync call)
	 * @return the storage after a completed sync
	 * @throws StorageSyncFailedException when the sync fails (with the server's error)
	 * @throws StorageSyncTimeoutException when it does not end in time (the sync may still end on the server)
	 */
	Storage syncAndWait(long id, SyncOptions syncOptions, RequestOptions options);

}
