package dev.labelstudio4j.client.projects;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioException;

/**
 * An asynchronous import ended with status {@code failed}. Carries the import id and the server's last
 * report of it: its error, and what it had imported before failing ({@link ProjectImport#taskCount()} and
 * the other counts; the server imports in one transaction, so usually nothing).
 */
public class ImportFailedException extends LabelStudioException {

	private final long projectId;

	private final long importId;

	private final ProjectImport importStatus;

	public ImportFailedException(String operation, long projectId, long importId, ProjectImport importStatus) {
		super(operation, operation + " failed: import " + importId + " of project " + projectId + " failed"
				+ describe(importStatus));
		this.projectId = projectId;
		this.importId = importId;
		this.importStatus = importStatus;
	}

	static String describe(ProjectImport status) {
		StringBuilder text = new StringBuilder();
		if (status.error() != null && !status.error().isBlank()) {
			text.append(": ").append(status.error().strip());
		}
		text.append(" (imported before stopping: ")
			.append(count(status.taskCount()))
			.append(" tasks, ")
			.append(count(status.annotationCount()))
			.append(" annotations, ")
			.append(count(status.predictionCount()))
			.append(" predictions)");
		return text.toString();
	}

	private static String count(@Nullable Integer count) {
		return (count != null) ? count.toString() : "unknown";
	}

	/** The project the import belongs to. */
	public long getProjectId() {
		return this.projectId;
	}

	/** The import id. */
	public long getImportId() {
		return this.importId;
	}

	/** The server's error message, or {@code null} when it gave none. */
	public @Nullable String getError() {
		return this.importStatus.error();
	}

	/** The server's last report of the import, with what it did and did not import. */
	public ProjectImport getImportStatus() {
		return this.importStatus;
	}

}
