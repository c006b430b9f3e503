package dev.labelstudio4j.client.storages;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioException;

/**
 * A storage sync ended with status {@code failed}. Carries the storage as the server last reported it,
 * with the server's error ({@link #getError()}, the storage's {@code traceback}).
 */
public class StorageSyncFailedException extends LabelStudioException {

	private static final int MAX_ERROR_IN_MESSAGE = 500;

	private final StorageType storageType;

	private final long storageId;

	private final Storage storage;

	public StorageSyncFailedException(String operation, StorageType storageType, long storageId, Storage storage) {
		super(operation, operation + " failed: sync of " + storageType.pathSegment() + " storage " + storageId
				+ " ended with status failed" + describe(storage));
		this.storageType = storageType;
		this.storageId = storageId;
		this.storage = storage;
	}

	/** The server's error, shortened, for the message: its last non-blank line (a traceback's summary). */
	private static String describe(Storage storage) {
		String error = StorageErrors.summary(storage);
		if (error == null) {
			return " (the server gave no error)";
		}
		return ": " + ((error.length() > MAX_ERROR_IN_MESSAGE) ? error.substring(0, MAX_ERROR_IN_MESSAGE) + "..." : error);
	}

	/** The storage type. */
	public StorageType getStorageType() {
		return this.storageType;
	}

	/** The storage id. */
	public long getStorageId() {
		return this.storageId;
	}

	/** The server's error ({@code traceback}) in full, or {@code null} when it gave none. */
	public @Nullable String getError() {
		return StorageErrors.error(this.storage);
	}

	/** The storage as the server last reported it. */
	public Storage getStorage() {
		return this.storage;
	}

}
