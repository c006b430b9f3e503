package dev.labelstudio4j.batch;

import java.util.Iterator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.exports.Export;
import dev.labelstudio4j.client.exports.ExportCreate;
import dev.labelstudio4j.client.exports.ExportedTask;
import dev.labelstudio4j.client.exports.ExportsClient;
import dev.labelstudio4j.client.exports.SnapshotExport;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the tasks of a JSON export snapshot, with their annotations and predictions, one at a time as they
 * arrive ({@code GET /api/projects/{id}/exports/{export_pk}/download?exportType=JSON}, streamed: one task in
 * memory). Build it with {@link LabelStudioExportedTaskItemReaderBuilder}; with
 * {@code ExportCreate.builder().onlyWithAnnotations(true)} it reads the finished annotations of a project.
 * <p>
 * The reader reads an existing snapshot, or creates one when it first opens and waits for it to complete.
 * With an id range (a partition of {@link LabelStudioTaskRangePartitioner}) it returns only the tasks whose id
 * is within it, passing over the others as they stream by; give the partitions one existing snapshot
 * ({@code exportId}), or each creates its own.
 * <b>Restart.</b> It saves the snapshot's id ({@code <name>.exportId}) and the number of tasks read
 * ({@code <name>.read.count}) when a chunk commits. A snapshot never changes, so a restarted step downloads the
 * same snapshot again, passes over the tasks already read (reading them from the stream, not keeping them)
 * and continues with the next: each task of the snapshot is read once over all executions, whatever happened
 * to the project since. A snapshot the reader created is kept (Label Studio keeps the newest 100 of a project).
 * <p>
 * Not final, so a {@code @StepScope} bean of this type can be proxied.
 */
public class LabelStudioExportedTaskItemReader extends AbstractItemCountingItemStreamItemReader<ExportedTask> {

	/** The key suffix of the snapshot id in the step's {@link ExecutionContext}. */
	public static final String EXPORT_ID_KEY = "exportId";

	private final ExportsClient exports;

	private final long projectId;

	private final @Nullable Long configuredExportId;

	private final ExportCreate snapshot;

	private final SnapshotExport timing;

	private final long minTaskId;

	private final long maxTaskId;

	private @Nullable Long exportId;

	private @Nullable Stream<ExportedTask> stream;

	private @Nullable Iterator<ExportedTask> iterator;

	LabelStudioExportedTaskItemReader(ExportsClient exports, long projectId, @Nullable Long exportId,
			ExportCreate snapshot, SnapshotExport timing, long minTaskId, long maxTaskId, String name,
			boolean saveState) {
		this.exports = exports;
		this.projectId = projectId;
		this.configuredExportId = exportId;
		this.snapshot = snapshot;
		this.timing = timing;
		this.minTaskId = minTaskId;
		this.maxTaskId = maxTaskId;
		setName(name);
		setSaveState(saveState);
	}

	/**
	 * The snapshot being read, once the reader is open.
	 * @return the snapshot id, or {@code null} before {@link #open(ExecutionContext)}
	 */
	public @Nullable Long getExportId() {
		return this.exportId;
	}

	@Override
	public void open(ExecutionContext executionContext) throws ItemStreamException {
		String key = getExecutionContextKey(EXPORT_ID_KEY);
		if (isSaveState() && executionContext.containsKey(key)) {
			this.exportId = executionContext.getLong(key);
		}
		else if (this.configuredExportId != null) {
			this.exportId = this.configuredExportId;
		}
		else {
			Export created = this.exports.create(this.projectId, this.snapshot);
			this.exportId = this.exports.awaitSnapshot(this.projectId, created.id(), this.timing).id();
		}
		super.open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) throws ItemStreamException {
		super.update(executionContext);
		if (isSaveState() && this.exportId != null) {
			executionContext.putLong(getExecutionContextKey(EXPORT_ID_KEY), this.exportId);
		}
	}

	@Override
	protected void doOpen() {
		Long id = this.exportId;
		if (id == null) {
			throw new IllegalStateException("no snapshot to read");
		}
		Stream<ExportedTask> tasks = this.exports.streamTasks(this.projectId, id);
		this.stream = tasks;
		this.iterator = tasks.iterator();
	}

	@Override
	protected @Nullable ExportedTask doRead() {
		Iterator<ExportedTask> tasks = this.iterator;
		if (tasks == null) {
			throw new IllegalStateException("the reader is not open");
		}
		while (tasks.hasNext()) {
			ExportedTask task = tasks.next();
			if (task.id() >= this.minTaskId && task.id() <= this.maxTaskId) {
				return task;
			}
		}
		return null;
	}

	@Override
	protected void doClose() {
		Stream<ExportedTask> tasks = this.stream;
		this.stream = null;
		this.iterator = null;
		if (tasks != null) {
			tasks.close();
		}
	}

	@Override
	public String toString() {
		return "LabelStudioExportedTaskItemReader[name=" + getName() + ", project=" + this.projectId + ", export="
				+ this.exportId + "]";
	}

}
