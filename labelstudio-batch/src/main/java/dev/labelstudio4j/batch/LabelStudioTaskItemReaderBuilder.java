package dev.labelstudio4j.batch;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.Filters;
import dev.labelstudio4j.client.tasks.TaskFields;
import dev.labelstudio4j.client.tasks.TasksClient;

/**
 * Builds a {@link LabelStudioTaskItemReader}, in the style of Spring Batch's own reader builders:
 * <pre>{@code
 * new LabelStudioTaskItemReaderBuilder()
 *     .name("tasks")
 *     .client(client)
 *     .projectId(7)
 *     .filters(Filters.and(Filter.number("filter:tasks:total_predictions", FilterOperator.EQUAL, 0)))
 *     .fields(TaskFields.TASK_ONLY)
 *     .pageSize(500)
 *     .build();
 * }</pre>
 */
public final class LabelStudioTaskItemReaderBuilder {

	/** Page size when none is set. */
	public static final int DEFAULT_PAGE_SIZE = 100;

	@Nullable TasksClient tasks;

	@Nullable LabelStudioClient client;

	@Nullable String name;

	long projectId;

	private final List<Filter> filters = new ArrayList<>();

	private @Nullable Long viewId;

	@Nullable TaskFields fields;

	int pageSize = DEFAULT_PAGE_SIZE;

	long minTaskId = 1;

	long maxTaskId = Long.MAX_VALUE;

	boolean saveState = true;

	/** Create a builder; set at least the client, the project and (to save state) the name. */
	public LabelStudioTaskItemReaderBuilder() {
	}

	/**
	 * The client to read with.
	 * @param client the client
	 * @return this builder
	 */
	public LabelStudioTaskItemReaderBuilder client(LabelStudioClient client) {
		this.client = notNull(client, "client");
		this.tasks = client.tasks();
		return this;
	}

	/**
	 * The name the reader's position is saved under in the step's execution context; required unless
	 * {@link #saveState(boolean)} is false.
	 * @param name the name, not blank
	 * @return this builder
	 */
	public LabelStudioTaskItemReaderBuilder name(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		this.name = name;
		return this;
	}

	/**
	 * The project whose tasks are read.
	 * @param projectId the project id, positive
	 * @return this builder
	 */
	public LabelStudioTaskItemReaderBuilder projectId(long projectId) {
		this.projectId = positive(projectId, "projectId");
		return this;
	}

	/**
	 * Data Manager filters the tasks must match. They are joined with the reader's id conditions by
	 * {@code and}, so filters joined by {@code or} can have one item only. Calling it again adds filters.
	 * @param filters the filters
	 * @return this builder
	 */
	public LabelStudioTaskItemReaderBuilder filters(Filters filters) {
		notNull(filters, "filters");
		if (filters.conjunction() == Filters.Conjunction.OR && filters.items().size() > 1) {
			throw new IllegalArgumentException("filters joined by 'or' cannot be combined with the reader's id range"
					+ " (Label Studio's queries have one conjunction); use a Data Manager view or 'and'");
		}
		this.filters.addAll(filters.items());
		return this;
	}

	/**
	 * Read the tasks of a Data Manager view: its filters are read when the reader opens (with
	 * {@code views().get}) and applied as {@link #filters(Filters)}; its ordering is not (the reader orders
	 * by id). The view's filters must be joined by {@code and} or have one item.
	 * @param viewId the view id, positive
	 * @return this builder
	 */
	public LabelStudioTaskItemReaderBuilder viewId(long viewId) {
		this.viewId = positive(viewId, "viewId");
		return this;
	}

	/**
	 * Which fields of a task are read ({@code fields}); {@link TaskFields#ALL} includes annotations and
	 * predictions. Default: the server's.
	 * @param fields the fields
	 * @return this builder
	 */
	public LabelStudioTaskItemReaderBuilder fields(TaskFields fields) {
		this.fields = notNull(fields, "fields");
		return this;
	}

	/**
	 * Tasks per request, which is also the number held in memory. Servers may answer fewer; the reader then
	 * asks again after the last task it got.
	 * @param pageSize the page size, positive
	 * @return this builder
	 */
	public LabelStudioTaskItemReaderBuilder pageSize(int pageSize) {
		if (pageSize < 1) {
			throw new IllegalArgumentException("pageSize must be positive but was " + pageSize);
		}
		this.pageSize = pageSize;
		return this;
	}

	/**
	 * Read only tasks whose id is within a range, bounds included: a partition of
	 * {@link LabelStudioTaskRangePartitioner}.
	 * @param minTaskId the first id, positive
	 * @param maxTaskId the last id, at least {@code minTaskId}
	 * @return this builder
	 */
	public LabelStudioTaskItemReaderBuilder taskIdRange(long minTaskId, long maxTaskId) {
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
	 * Whether the reader saves its position in the execution context (default true); without it a
	 * restarted step reads from the start.
	 * @param saveState whether to save the position
	 * @return this builder
	 */
	public LabelStudioTaskItemReaderBuilder saveState(boolean saveState) {
		this.saveState = saveState;
		return this;
	}

	/**
	 * Build the reader.
	 * @return the reader
	 * @throws IllegalArgumentException when the client or project is missing, or the name while state is saved
	 */
	public LabelStudioTaskItemReader build() {
		if (this.client == null || this.tasks == null) {
			throw new IllegalArgumentException("client must be set");
		}
		if (this.projectId <= 0) {
			throw new IllegalArgumentException("projectId must be set");
		}
		if (this.saveState && this.name == null) {
			throw new IllegalArgumentException("name must be set when saveState is true");
		}
		return new LabelStudioTaskItemReader(this, this.filters, this.client.views(), this.viewId);
	}

	static <T> T notNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	static long positive(long value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be positive but was " + value);
		}
		return value;
	}

}
