package dev.labelstudio4j.client.storages;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioException;

/**
 * A storage sync neither completed nor failed within {@link SyncOptions#timeout()}. The sync may still end
 * on the server: poll it with {@link StorageClient#get(long)}.
 */
public class StorageSyncTimeoutException extends LabelStudioException {

	private final StorageType storageType;

	private final long storageId;

	private final Duration timeout;

	private final @Nullable Storage lastStorage;

	public StorageSyncTimeoutException(String operation, StorageType storageType, long storageId, Duration timeout,
			@Nullable Storage lastStorage, @Nullable Throwable cause) {
		super(operation, operation + " timed out: sync of " + storageType.pathSegment() + " storage " + storageId
				+ " did not end within " + timeout + " (last status: "
				+ ((lastStorage != null) ? lastStorage.status() : "none") + ")", cause);
		this.storageType = storageType;
		this.storageId = storageId;
		this.timeout = timeout;
		this.lastStorage = lastStorage;
	}

	/** The storage type. */
	public StorageType getStorageType() {
		return this.storageType;
	}

	/** The storage id. */
	public long getStorageId() {
		return this.storageId;
	}

	/** How long the client waited. */
	public Duration getTimeout() {
		return this.timeout;
	}

	/** The storage as the server last reported it, or {@code null} when no report was read. */
	public @Nullable Storage getLastStorage() {
		return this.lastStorage;
	}

}
