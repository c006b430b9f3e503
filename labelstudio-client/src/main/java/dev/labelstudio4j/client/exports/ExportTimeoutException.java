package dev.labelstudio4j.client.exports;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioException;

/**
 * An export snapshot or its conversion did not finish within {@link SnapshotExport#timeout()}. It may still
 * finish on the server: poll it with {@link ExportsClient#get(long, long)}.
 */
public class ExportTimeoutException extends LabelStudioException {

	private final long projectId;

	private final long exportId;

	private final @Nullable Long convertedFormatId;

	private final Duration timeout;

	private final @Nullable ExportStatus lastStatus;

	public ExportTimeoutException(String operation, long projectId, long exportId, @Nullable Long convertedFormatId,
			Duration timeout, @Nullable ExportStatus lastStatus) {
		super(operation, operation + " timed out: " + ((convertedFormatId != null)
				? "conversion " + convertedFormatId + " of export " + exportId : "export " + exportId)
				+ " of project " + projectId + " did not finish within " + timeout + " (last status: "
				+ ((lastStatus != null) ? lastStatus : "none") + ")");
		this.projectId = projectId;
		this.exportId = exportId;
		this.convertedFormatId = convertedFormatId;
		this.timeout = timeout;
		this.lastStatus = lastStatus;
	}

	/** The project. */
	public long getProjectId() {
		return this.projectId;
	}

	/** The snapshot. */
	public long getExportId() {
		return this.exportId;
	}

	/** The conversion waited for, or {@code null} when the snapshot itself did not finish. */
	public @Nullable Long getConvertedFormatId() {
		return this.convertedFormatId;
	}

	/** How long the client waited. */
	public Duration getTimeout() {
		return this.timeout;
	}

	/** The last status the server answered, or {@code null} when none was read. */
	public @Nullable ExportStatus getLastStatus() {
		return this.lastStatus;
	}

}
