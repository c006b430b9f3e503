package dev.labelstudio4j.client.storages;

/**
 * Told of a sync's progress by {@link SyncableStorageClient#syncAndWait(long, SyncOptions)}: called on the
 * waiting thread with the storage as the server reported it, after the sync call and after each poll. An
 * exception it throws ends the wait and reaches the caller.
 */
@FunctionalInterface
public interface SyncListener {

	/**
	 * The server's latest report of the storage.
	 * @param storage the storage; {@link Storage#status()}, {@link Storage#meta()} and
	 * {@link Storage#lastSyncCount()} tell the progress
	 */
	void onProgress(Storage storage);

}
