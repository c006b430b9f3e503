package dev.labelstudio4j.client.exports;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioException;

/**
 * An export snapshot, or its conversion into another format, ended with status {@code failed}. Carries the
 * ids and the server's reason (the conversion's {@code traceback}; Label Studio reports none for a failed
 * snapshot).
 */
public class ExportFailedException extends LabelStudioException {

	private final long projectId;

	private final long exportId;

	private final @Nullable Long convertedFormatId;

	private final @Nullable String exportType;

	private final @Nullable String reason;

	public ExportFailedException(String operation, long projectId, long exportId, @Nullable Long convertedFormatId,
			@Nullable String exportType, @Nullable String reason) {
		super(operation, operation + " failed: " + ((exportType != null)
				? "conversion " + ((convertedFormatId != null) ? convertedFormatId + " " : "") + "to " + exportType
						+ " of export " + exportId
				: "export " + exportId) + " of project " + projectId + " failed"
				+ ((reason != null && !reason.isBlank()) ? ": " + reason.strip() : " (the server gave no reason)"));
		this.projectId = projectId;
		this.exportId = exportId;
		this.convertedFormatId = convertedFormatId;
		this.exportType = exportType;
		this.reason = reason;
	}

	/** The project. */
	public long getProjectId() {
		return this.projectId;
	}

	/** The snapshot. */
	public long getExportId() {
		return this.exportId;
	}

	/** The conversion that failed, or {@code null} when the snapshot itself failed (or the server gave no id). */
	public @Nullable Long getConvertedFormatId() {
		return this.convertedFormatId;
	}

	/** The format of the failed conversion, or {@code null} when the snapshot itself failed. */
	public @Nullable String getExportType() {
		return this.exportType;
	}

	/** The server's reason, or {@code null} when it gave none. */
	public @Nullable String getReason() {
		return this.reason;
	}

}
