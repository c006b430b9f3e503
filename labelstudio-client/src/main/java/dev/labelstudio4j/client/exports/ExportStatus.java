package dev.labelstudio4j.client.exports;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The status of an export snapshot or of one of its conversions: {@code created}, {@code in_progress},
 * {@code completed} or {@code failed}. An open type: a value a server answers that is not one of these is
 * kept as given ({@link #of(String)}) and counts as neither finished nor failed.
 */
public final class ExportStatus {

	/** Created, not started yet. */
	public static final ExportStatus CREATED = new ExportStatus("created");

	/** Being produced. */
	public static final ExportStatus IN_PROGRESS = new ExportStatus("in_progress");

	/** Finished: the file can be downloaded. */
	public static final ExportStatus COMPLETED = new ExportStatus("completed");

	/** Failed. */
	public static final ExportStatus FAILED = new ExportStatus("failed");

	private final String value;

	private ExportStatus(String value) {
		this.value = value;
	}

	/**
	 * The status with the given value; one of the constants for their values.
	 * @param value the value as sent by the server
	 * @return the status
	 * @throws IllegalArgumentException if the value is null or blank
	 */
	@JsonCreator
	public static ExportStatus of(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("value must not be null or blank");
		}
		return switch (value) {
			case "created" -> CREATED;
			case "in_progress" -> IN_PROGRESS;
			case "completed" -> COMPLETED;
			case "failed" -> FAILED;
			default -> new ExportStatus(value);
		};
	}

	/** The value as sent by the server. */
	/**
	 * Read a status from a JSON value: a non-blank string, anything else answers {@code null}.
	 * @param value the JSON value
	 * @return the status or {@code null}
	 */
	static @Nullable ExportStatus read(@Nullable Object value) {
		return (value instanceof String text && !text.isBlank()) ? of(text) : null;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	/** Whether this is {@code completed}. */
	public boolean isCompleted() {
		return this.value.equals(COMPLETED.value);
	}

	/** Whether this is {@code failed}. */
	public boolean isFailed() {
		return this.value.equals(FAILED.value);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof ExportStatus that && this.value.equals(that.value));
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
