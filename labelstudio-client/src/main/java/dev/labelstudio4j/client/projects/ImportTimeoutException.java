package dev.labelstudio4j.client.projects;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioException;

/**
 * An asynchronous import neither completed nor failed within {@link ImportOptions#timeout()}. The import
 * may still finish on the server: poll it with
 * {@link dev.labelstudio4j.client.tasks.TasksClient#importStatus(long, long)}.
 */
public class ImportTimeoutException extends LabelStudioException {

	private final long projectId;

	private final long importId;

	private final Duration timeout;

	private final @Nullable ProjectImport lastStatus;

	public ImportTimeoutException(String operation, long projectId, long importId, Duration timeout,
			@Nullable ProjectImport lastStatus) {
		super(operation, operation + " timed out: import " + importId + " of project " + projectId
				+ " did not finish within " + timeout + " (last status: "
				+ ((lastStatus != null) ? lastStatus.status() : "none") + ")");
		this.projectId = projectId;
		this.importId = importId;
		this.timeout = timeout;
		this.lastStatus = lastStatus;
	}

	/** The project the import belongs to. */
	public long getProjectId() {
		return this.projectId;
	}

	/** The import id. */
	public long getImportId() {
		return this.importId;
	}

	/** How long the client waited. */
	public Duration getTimeout() {
		return this.timeout;
	}

	/** The server's last report of the import, or {@code null} when none was read. */
	public @Nullable ProjectImport getLastStatus() {
		return this.lastStatus;
	}

}
