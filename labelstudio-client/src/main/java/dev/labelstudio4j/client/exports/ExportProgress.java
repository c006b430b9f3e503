package dev.labelstudio4j.client.exports;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * One step of {@link ExportsClient#exportSnapshot}, as told to its {@link ExportProgressListener}.
 *
 * @param stage what happened
 * @param projectId the project
 * @param exportId the snapshot
 * @param convertedFormatId the conversion, once there is one
 * @param status the status the server answered for the snapshot (or, in the conversion stages, for the
 * conversion)
 * @param elapsed time since the call started
 */
public record ExportProgress(Stage stage, long projectId, long exportId, @Nullable Long convertedFormatId,
		@Nullable ExportStatus status, Duration elapsed) {

	/** The steps, in order. */
	public enum Stage {

		/** The snapshot was created. */
		SNAPSHOT_CREATED,

		/** The snapshot was polled and is not finished. */
		SNAPSHOT_PENDING,

		/** The snapshot completed. */
		SNAPSHOT_COMPLETED,

		/** The conversion was started. */
		CONVERSION_STARTED,

		/** The conversion was polled and is not finished. */
		CONVERSION_PENDING,

		/** The conversion completed. */
		CONVERSION_COMPLETED,

		/** The download started. */
		DOWNLOAD_STARTED,

		/** The file was downloaded. */
		DOWNLOAD_COMPLETED

	}

}
