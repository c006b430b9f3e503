package dev.labelstudio4j.batch;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.exports.ExportCreate;
import dev.labelstudio4j.client.exports.ExportFormat;
import dev.labelstudio4j.client.exports.SnapshotExport;

import static dev.labelstudio4j.batch.LabelStudioTaskItemReaderBuilder.notNull;
import static dev.labelstudio4j.batch.LabelStudioTaskItemReaderBuilder.positive;

/**
 * Builds a {@link LabelStudioExportedTaskItemReader}:
 * <pre>{@code
 * new LabelStudioExportedTaskItemReaderBuilder()
 *     .name("annotations")
 *     .client(client)
 *     .projectId(7)
 *     .createSnapshot(ExportCreate.builder().title("nightly").onlyWithAnnotations(true).build())
 *     .build();
 * }</pre>
 */
public final class LabelStudioExportedTaskItemReaderBuilder {

	private @Nullable LabelStudioClient client;

	private @Nullable String name;

	private long projectId;

	private @Nullable Long exportId;

	private @Nullable ExportCreate snapshot;

	private SnapshotExport timing = SnapshotExport.of(ExportFormat.JSON);

	private boolean saveState = true;

	private long minTaskId = 1;

	private long maxTaskId = Long.MAX_VALUE;

	/** Create a builder; set the client, the project, the name and a snapshot to read or create. */
	public LabelStudioExportedTaskItemReaderBuilder() {
	}

	/**
	 * The client to read with.
	 * @param client the client
	 * @return this builder
	 */
	public LabelStudioExportedTaskItemReaderBuilder client(LabelStudioClient client) {
		this.client = notNull(client, "client");
		return this;
	}

	/**
	 * The name the reader's state is saved under in the step's execution context.
	 * @param name the name, not blank
	 * @return this builder
	 */
	public LabelStudioExportedTaskItemReaderBuilder name(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		this.name = name;
		return this;
	}

	/**
	 * The project exported.
	 * @param projectId the project id, positive
	 * @return this builder
	 */
	public LabelStudioExportedTaskItemReaderBuilder projectId(long projectId) {
		this.projectId = positive(projectId, "projectId");
		return this;
	}

	/**
	 * Read an existing, completed snapshot.
	 * @param exportId the snapshot id, positive
	 * @return this builder
	 */
	public LabelStudioExportedTaskItemReaderBuilder exportId(long exportId) {
		this.exportId = positive(exportId, "exportId");
		return this;
	}

	/**
	 * Create a snapshot with these options when the step first opens the reader, and wait for it.
	 * @param snapshot the snapshot's task and annotation filters
	 * @return this builder
	 */
	public LabelStudioExportedTaskItemReaderBuilder createSnapshot(ExportCreate snapshot) {
		this.snapshot = notNull(snapshot, "snapshot");
		return this;
	}

	/**
	 * How a created snapshot is waited for (timeout, poll intervals, listener); its format and snapshot
	 * options are not used. Default: {@link SnapshotExport}'s defaults.
	 * @param timing the timing
	 * @return this builder
	 */
	public LabelStudioExportedTaskItemReaderBuilder snapshotTiming(SnapshotExport timing) {
		this.timing = notNull(timing, "timing");
		return this;
	}

	/**
	 * Return only the tasks whose id is within a range, bounds included: a partition of
	 * {@link LabelStudioTaskRangePartitioner}. The others are read from the stream and passed over.
	 * @param minTaskId the first id, positive
	 * @param maxTaskId the last id, at least {@code minTaskId}
	 * @return this builder
	 */
	public LabelStudioExportedTaskItemReaderBuilder taskIdRange(long minTaskId, long maxTaskId) {
		positive(minTaskId, "minTaskId");
		if (maxTaskId < minTaskId) {
			throw new IllegalArgumentException(
					"maxTaskId must be at least minTaskId (" + minTaskId + ") but was " + maxTaskId);
		}
		this.minTaskId = minTaskId;
		this.maxTaskId = maxTaskId;
		return this;
	}

	/**
	 * Whether the reader saves its snapshot and position (default true).
	 * @param saveState whether to save them
	 * @return this builder
	 */
	public LabelStudioExportedTaskItemReaderBuilder saveState(boolean saveState) {
		this.saveState = saveState;
		return this;
	}

	/**
	 * Build the reader.
	 * @return the reader
	 * @throws IllegalArgumentException when the client, project or name is missing, or not exactly one of
	 * {@link #exportId(long)} and {@link #createSnapshot(ExportCreate)} is set
	 */
	public LabelStudioExportedTaskItemReader build() {
		if (this.client == null) {
			throw new IllegalArgumentException("client must be set");
		}
		if (this.projectId <= 0) {
			throw new IllegalArgumentException("projectId must be set");
		}
		if (this.name == null) {
			throw new IllegalArgumentException("name must be set");
		}
		if ((this.exportId == null) == (this.snapshot == null)) {
			throw new IllegalArgumentException("exactly one of exportId and createSnapshot must be set");
		}
		ExportCreate create = (this.snapshot != null) ? this.snapshot : ExportCreate.defaults();
		return new LabelStudioExportedTaskItemReader(this.client.projects().exports(), this.projectId, this.exportId,
				create, this.timing, this.minTaskId, this.maxTaskId, this.name, this.saveState);
	}

}
