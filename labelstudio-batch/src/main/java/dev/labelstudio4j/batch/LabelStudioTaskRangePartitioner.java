package dev.labelstudio4j.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskFields;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.client.tasks.TasksClient;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a project's tasks into contiguous id ranges, one per partition of a partitioned step (local threads
 * with {@code TaskExecutorPartitionHandler}, or remote workers with Spring Batch Integration's remote
 * partitioning: a range is two numbers in the partition's execution context). It asks Label Studio for the
 * smallest and the largest task id (two {@code GET /api/tasks/} of one task each, ordered by id) and cuts
 * {@code [smallest, largest]} into {@code gridSize} ranges of equal width; the last range is open-ended, so
 * tasks added after the split are read by the last partition. Ranges of equal width hold about equal numbers
 * of tasks when ids are dense (tasks imported in bulk); deletions make some lighter.
 * <p>
 * Each partition's execution context holds {@link #MIN_TASK_ID_KEY} and {@link #MAX_TASK_ID_KEY} (longs, bounds
 * included); give them to a step-scoped reader's
 * {@link LabelStudioTaskItemReaderBuilder#taskIdRange(long, long)}, bound late with
 * {@code #{stepExecutionContext['minTaskId']}} and {@code #{stepExecutionContext['maxTaskId']}}.
 * <p>
 * A restarted partitioned step reuses the contexts of its first execution (Spring Batch does not partition
 * again), so each partition continues its own range. An empty project gives no partition.
 */
public final class LabelStudioTaskRangePartitioner implements Partitioner {

	/** Key of a partition's first task id (included). */
	public static final String MIN_TASK_ID_KEY = "minTaskId";

	/** Key of a partition's last task id (included; {@link Long#MAX_VALUE} for the last partition). */
	public static final String MAX_TASK_ID_KEY = "maxTaskId";

	private final TasksClient tasks;

	private final long projectId;

	/**
	 * Create a partitioner of a project's tasks.
	 * @param client the client
	 * @param projectId the project id, positive
	 */
	public LabelStudioTaskRangePartitioner(LabelStudioClient client, long projectId) {
		this.tasks = LabelStudioTaskItemReaderBuilder.notNull(client, "client").tasks();
		this.projectId = LabelStudioTaskItemReaderBuilder.positive(projectId, "projectId");
	}

	/**
	 * Split the project's tasks into at most {@code gridSize} id ranges, named {@code partition0},
	 * {@code partition1}, ...
	 * @param gridSize the number of ranges wanted, positive
	 * @return the partitions' execution contexts by name; fewer than {@code gridSize} when there are fewer ids,
	 * none when the project has no task
	 */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		if (gridSize < 1) {
			throw new IllegalArgumentException("gridSize must be positive but was " + gridSize);
		}
		Long min = edge("tasks:id");
		Long max = edge("-tasks:id");
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		if (min == null || max == null) {
			return partitions;
		}
		long span = max - min + 1;
		long width = (span + gridSize - 1) / gridSize;
		int number = 0;
		for (long start = min; start <= max; start += width) {
			long end = start + width - 1;
			ExecutionContext context = new ExecutionContext();
			context.putLong(MIN_TASK_ID_KEY, start);
			context.putLong(MAX_TASK_ID_KEY, (end >= max) ? Long.MAX_VALUE : end);
			partitions.put("partition" + number++, context);
		}
		return partitions;
	}

	private @Nullable Long edge(String ordering) {
		TaskListParams params = TaskListParams.builder()
			.project(this.projectId)
			.fields(TaskFields.TASK_ONLY)
			.query(TaskQueries.query(List.of(), false, List.of(ordering)))
			.pageSize(1)
			.build();
		List<Task> page = this.tasks.list(params).items();
		return page.isEmpty() ? null : page.get(0).id();
	}

	@Override
	public String toString() {
		return "LabelStudioTaskRangePartitioner[project=" + this.projectId + "]";
	}

}
