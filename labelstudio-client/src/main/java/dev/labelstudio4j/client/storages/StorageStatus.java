package dev.labelstudio4j.client.storages;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The status of a storage's last sync, an open type: the server's values are constants here, and any
 * other value a newer server sends is kept as it is ({@link #of(String)}).
 */
public final class StorageStatus {

	/** Created, never synced. */
	public static final StorageStatus INITIALIZED = new StorageStatus("initialized");

	/** A sync is queued. */
	public static final StorageStatus QUEUED = new StorageStatus("queued");

	/** A sync is running. */
	public static final StorageStatus IN_PROGRESS = new StorageStatus("in_progress");

	/** The last sync failed; the storage's {@link Storage#traceback()} tells why. */
	public static final StorageStatus FAILED = new StorageStatus("failed");

	/** The last sync completed. */
	public static final StorageStatus COMPLETED = new StorageStatus("completed");

	/** The last sync completed, but some objects failed validation (see {@link Storage#traceback()}). */
	public static final StorageStatus COMPLETED_WITH_ERRORS = new StorageStatus("completed_with_errors");

	private final String value;

	private StorageStatus(String value) {
		this.value = value;
	}

	/**
	 * The status for a value: one of the constants, or a new instance for a value this client does not know.
	 * @param value the server's value
	 * @return the status
	 */
	@JsonCreator
	public static StorageStatus of(String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("value must not be null or blank");
		}
		String normalized = value.strip().toLowerCase(Locale.ROOT);
		for (StorageStatus known : new StorageStatus[] { INITIALIZED, QUEUED, IN_PROGRESS, FAILED, COMPLETED,
				COMPLETED_WITH_ERRORS }) {
			if (known.value.equals(normalized)) {
				return known;
			}
		}
		return new StorageStatus(normalized);
	}

	/**
	 * The value as the server writes it, for example {@code in_progress}.
	 * @return the value
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	/** Whether a sync ended: {@link #COMPLETED}, {@link #COMPLETED_WITH_ERRORS} or {@link #FAILED}. */
	public boolean isTerminal() {
		return isCompleted() || isFailed();
	}

	/** Whether a sync completed, with or without errors. */
	public boolean isCompleted() {
		return this.equals(COMPLETED) || this.equals(COMPLETED_WITH_ERRORS);
	}

	/** Whether the last sync failed. */
	public boolean isFailed() {
		return this.equals(FAILED);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof StorageStatus that && this.value.equals(that.value));
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
