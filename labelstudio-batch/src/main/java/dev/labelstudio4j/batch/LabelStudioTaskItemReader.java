package dev.labelstudio4j.batch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskFields;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.client.tasks.TasksClient;
import dev.labelstudio4j.client.views.View;
import dev.labelstudio4j.client.views.ViewsClient;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads a project's tasks in id order, one page in memory, with keyset paging: each request
 * ({@code GET /api/tasks/}) asks for the next page of tasks whose id is greater than the last one fetched,
 * combined by {@code and} with the reader's Data Manager filters, ordered by id, optionally within an id range
 * (a partition of {@link LabelStudioTaskRangePartitioner}). Build it with
 * {@link LabelStudioTaskItemReaderBuilder}.
 * <p>
 * <b>Restart.</b> {@link #update(ExecutionContext)} saves the id of the last task {@link #read()} returned
 * (key {@code <name>.lastTaskId}); Spring Batch calls it when a chunk commits, so a restarted step continues
 * with the first task whose id is greater than the last task of the last committed chunk. A task that exists
 * and matches the filters for the whole life of the job is therefore read exactly once over all executions
 * (in a step that is neither multi-threaded nor fault-tolerant with skips in the reader). Tasks deleted or
 * added between executions shift nothing: a position is an id, not a page number. A task added while the job
 * runs is read when its id is greater than the position (Label Studio gives new tasks increasing ids) and
 * within the range; a task deleted before it is reached is not read. Tasks whose filtered fields change while
 * the job runs are read if they match when their page is fetched; writing to the tasks read (predictions,
 * annotations) never makes the reader skip others, as it would with page numbers.
 * <p>
 * Not thread-safe: in a partitioned step give each partition its own reader ({@code @StepScope}).
 * <p>
 * Not final, so a {@code @StepScope} bean of this type can be proxied.
 */
public class LabelStudioTaskItemReader extends ItemStreamSupport implements ItemStreamReader<Task> {

	/** The key suffix of the saved position in the step's {@link ExecutionContext}. */
	public static final String LAST_TASK_ID_KEY = "lastTaskId";

	private final TasksClient tasks;

	private final long projectId;

	private final List<Filter> filters;

	private final ViewsClient views;

	private final @Nullable Long viewId;

	private List<Filter> viewFilters = List.of();

	private final @Nullable TaskFields fields;

	private final int pageSize;

	private final long minTaskId;

	private final long maxTaskId;

	private final boolean saveState;

	private long lastReturnedId;

	private long lastFetchedId;

	private Iterator<Task> page = List.<Task>of().iterator();

	private boolean exhausted;

	LabelStudioTaskItemReader(LabelStudioTaskItemReaderBuilder builder, List<Filter> filters, ViewsClient views,
			@Nullable Long viewId) {
		this.tasks = LabelStudioTaskItemReaderBuilder.notNull(builder.tasks, "client");
		this.views = views;
		this.viewId = viewId;
		this.projectId = builder.projectId;
		this.filters = List.copyOf(filters);
		this.fields = builder.fields;
		this.pageSize = builder.pageSize;
		this.minTaskId = builder.minTaskId;
		this.maxTaskId = builder.maxTaskId;
		this.saveState = builder.saveState;
		setName(builder.name);
		this.lastReturnedId = this.minTaskId - 1;
		this.lastFetchedId = this.lastReturnedId;
	}

	@Override
	public void open(ExecutionContext executionContext) throws ItemStreamException {
		String key = getExecutionContextKey(LAST_TASK_ID_KEY);
		long start = this.minTaskId - 1;
		if (this.saveState && executionContext.containsKey(key)) {
			start = Math.max(start, executionContext.getLong(key));
		}
		this.lastReturnedId = start;
		this.lastFetchedId = start;
		this.page = List.<Task>of().iterator();
		this.exhausted = false;
		this.viewFilters = (this.viewId != null) ? viewFilters(this.views.get(this.viewId)) : List.of();
	}

	private static List<Filter> viewFilters(View view) {
		Map<String, Object> data = view.data();
		Object filters = (data != null) ? data.get("filters") : null;
		if (!(filters instanceof Map<?, ?> map) || !(map.get("items") instanceof List<?> items)) {
			return List.of();
		}
		if ("or".equals(map.get("conjunction")) && items.size() > 1) {
			throw new ItemStreamException("The filters of view " + view.id()
					+ " are joined by 'or' and cannot be combined with the reader's id conditions");
		}
		List<Filter> result = new ArrayList<>();
		for (Object raw : items) {
			if (raw instanceof Map<?, ?> item && item.get("filter") instanceof String filter
					&& item.get("operator") instanceof String operator) {
				result.add(new Filter(filter, operator(view, operator), String.valueOf(item.get("type")),
						item.get("value")));
			}
		}
		return List.copyOf(result);
	}

	private static FilterOperator operator(View view, String value) {
		for (FilterOperator operator : FilterOperator.values()) {
			if (operator.value().equals(value)) {
				return operator;
			}
		}
		throw new ItemStreamException("The filter operator '" + value + "' of view " + view.id() + " is not known");
	}

	@Override
	public @Nullable Task read() {
		if (!this.page.hasNext()) {
			if (this.exhausted) {
				return null;
			}
			fetchNextPage();
			if (!this.page.hasNext()) {
				return null;
			}
		}
		Task task = this.page.next();
		this.lastReturnedId = idOf(task);
		return task;
	}

	private void fetchNextPage() {
		if (this.lastFetchedId >= this.maxTaskId) {
			this.exhausted = true;
			return;
		}
		List<Filter> items = new ArrayList<>(this.filters.size() + this.viewFilters.size() + 2);
		items.addAll(this.filters);
		items.addAll(this.viewFilters);
		items.add(TaskQueries.idGreaterThan(this.lastFetchedId));
		if (this.maxTaskId != Long.MAX_VALUE) {
			items.add(TaskQueries.idAtMost(this.maxTaskId));
		}
		TaskListParams.Builder params = TaskListParams.builder()
			.project(this.projectId)
			.fields(this.fields)
			.query(TaskQueries.query(items, false, TaskQueries.BY_ID))
			.page(1)
			.pageSize(this.pageSize);
		Page<Task> fetched = this.tasks.list(params.build());
		List<Task> content = fetched.items();
		if (content.isEmpty()) {
			this.exhausted = true;
			return;
		}
		long last = this.lastFetchedId;
		for (Task task : content) {
			long id = idOf(task);
			if (id <= last) {
				throw new IllegalStateException("Label Studio answered task " + id + " after task " + last
						+ " for a query ordered by id (project " + this.projectId + ")");
			}
			last = id;
		}
		this.lastFetchedId = last;
		this.exhausted = !fetched.hasNext();
		this.page = content.iterator();
	}

	private long idOf(Task task) {
		Long id = task.id();
		if (id == null) {
			throw new IllegalStateException("Label Studio answered a task without an id (project " + this.projectId + ")");
		}
		return id;
	}

	@Override
	public void update(ExecutionContext executionContext) throws ItemStreamException {
		if (this.saveState) {
			executionContext.putLong(getExecutionContextKey(LAST_TASK_ID_KEY), this.lastReturnedId);
		}
	}

	@Override
	public void close() throws ItemStreamException {
		this.page = List.<Task>of().iterator();
	}

	@Override
	public String toString() {
		return "LabelStudioTaskItemReader[name=" + getName() + ", project=" + this.projectId + ", taskIds="
				+ this.minTaskId + ".." + ((this.maxTaskId == Long.MAX_VALUE) ? "" : this.maxTaskId) + ", filters="
				+ this.filters.size() + ", pageSize=" + this.pageSize + "]";
	}

}
