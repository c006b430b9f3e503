package dev.labelstudio4j.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.projects.ImportOptions;
import dev.labelstudio4j.client.projects.ImportResult;
import dev.labelstudio4j.client.projects.ProjectsClient;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskFields;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.client.tasks.TasksClient;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Imports each chunk of task objects ({@code {"data": {...}, "meta": {...}}} or flat data objects) into a
 * project with one streamed {@code POST /api/projects/{id}/import}. Build it with
 * {@link LabelStudioTaskItemWriterBuilder}.
 * <p>
 * <b>Idempotence.</b> With an {@link LabelStudioTaskItemWriterBuilder#idempotencyKey(String) idempotency key}
 * (a field of each task's {@code data} whose value identifies the item, a string or a number), the writer first
 * asks Label Studio which keys of the chunk are already in the project ({@code GET /api/tasks/} with the Data
 * Manager filter {@code filter:tasks:data.<key> equal <value>}, joined by {@code or}, at most
 * {@link LabelStudioTaskItemWriterBuilder#keysPerQuery(int) keysPerQuery} keys per request) and imports only
 * the others. So a chunk whose import reached the server but whose step failed before the commit (a read
 * timeout, a crash, a failure later in the chunk) is not imported again when the step restarts or the chunk
 * is retried: after any number of failures and restarts, each key is in the project once, provided that:
 * <ul>
 * <li>no other writer imports the same keys at the same time: the check and the import are two requests and
 * Label Studio has no unique constraint, so two writers racing on one key can both find it missing and both
 * import it (give each writer, thread or partition its own keys);</li>
 * <li>the project held each key at most once before (a key already there twice stays twice);</li>
 * <li>the server imports synchronously, or an asynchronous import of a failed attempt has finished before the
 * chunk is written again (an import still running is not visible to the check).</li>
 * </ul>
 * Every item must carry its key: an item without it (absent, {@code null}, blank, or neither a string nor a
 * number), or two items of a chunk with one key, fail the chunk with an {@link IllegalArgumentException}
 * before anything is sent. Keys are compared as text: strings as they are, numbers in plain decimal form ({@code 5},
 * {@code 5.0} and {@code "5"} are one key). Without a key, every chunk is imported as it comes, and a chunk written again after
 * a failure may be imported twice.
 * <p>
 * Thread-safe: it holds no state between chunks. Not final, so a {@code @StepScope} bean of this type can be
 * proxied.
 */
public class LabelStudioTaskItemWriter implements ItemWriter<Map<String, ?>> {

	private static final Log logger = LogFactory.getLog(LabelStudioTaskItemWriter.class);

	private final ProjectsClient projects;

	private final TasksClient tasks;

	private final long projectId;

	private final ImportOptions importOptions;

	private final @Nullable String idempotencyKey;

	private final int keysPerQuery;

	LabelStudioTaskItemWriter(ProjectsClient projects, TasksClient tasks, long projectId, ImportOptions importOptions,
			@Nullable String idempotencyKey, int keysPerQuery) {
		this.projects = projects;
		this.tasks = tasks;
		this.projectId = projectId;
		this.importOptions = importOptions;
		this.idempotencyKey = idempotencyKey;
		this.keysPerQuery = keysPerQuery;
	}

	@Override
	public void write(Chunk<? extends Map<String, ?>> chunk) {
		List<? extends Map<String, ?>> items = chunk.getItems();
		if (items.isEmpty()) {
			return;
		}
		List<Map<String, ?>> toImport = (this.idempotencyKey != null) ? notYetImported(items, this.idempotencyKey)
				: List.copyOf(items);
		if (toImport.isEmpty()) {
			return;
		}
		ImportResult result = this.projects.importTasks(this.projectId, toImport, this.importOptions);
		Integer count = result.taskCount();
		if (count != null && count != toImport.size()) {
			logger.warn("Label Studio imported " + count + " tasks of the " + toImport.size() + " sent to project "
					+ this.projectId);
		}
	}

	private List<Map<String, ?>> notYetImported(List<? extends Map<String, ?>> items, String key) {
		Map<String, Object> rawByKey = new HashMap<>();
		List<String> keys = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			Map<String, ?> item = items.get(i);
			if (item == null) {
				throw new IllegalArgumentException("item " + i + " of the chunk is null");
			}
			Object raw = TaskKeys.rawKey(item, key);
			String text = (raw instanceof Number || raw instanceof CharSequence) ? TaskKeys.text(raw) : null;
			if (text == null) {
				throw new IllegalArgumentException("item " + i + " of the chunk has no idempotency key data." + key
						+ " (a string or a number); nothing of the chunk was imported");
			}
			if (rawByKey.putIfAbsent(text, raw) != null) {
				throw new IllegalArgumentException("items of the chunk share the idempotency key data." + key + " = "
						+ text + "; nothing of the chunk was imported");
			}
			keys.add(text);
		}
		Set<String> existing = existingKeys(key, keys, rawByKey);
		if (existing.isEmpty()) {
			return List.copyOf(items);
		}
		List<Map<String, ?>> rest = new ArrayList<>(items.size() - existing.size());
		for (int i = 0; i < items.size(); i++) {
			if (!existing.contains(keys.get(i))) {
				rest.add(items.get(i));
			}
		}
		if (logger.isInfoEnabled()) {
			logger.info("Skipping " + existing.size() + " of " + items.size() + " tasks already in project "
					+ this.projectId + " (idempotency key data." + key + ")");
		}
		return rest;
	}

	private Set<String> existingKeys(String key, List<String> keys, Map<String, Object> rawByKey) {
		Set<String> wanted = new HashSet<>(keys);
		Set<String> found = new HashSet<>();
		for (int from = 0; from < keys.size(); from += this.keysPerQuery) {
			List<String> batch = keys.subList(from, Math.min(keys.size(), from + this.keysPerQuery));
			List<Filter> filters = new ArrayList<>(batch.size());
			for (String text : batch) {
				filters.add(TaskKeys.equalFilter(key, rawByKey.get(text)));
			}
			TaskListParams params = TaskListParams.builder()
				.project(this.projectId)
				.fields(TaskFields.TASK_ONLY)
				.query(TaskQueries.query(filters, true, TaskQueries.BY_ID))
				.pageSize(Math.max(batch.size(), 1))
				.build();
			for (Task task : this.tasks.list(params).autoPaging()) {
				Map<String, Object> data = task.data();
				String text = (data != null) ? TaskKeys.text(data.get(key)) : null;
				if (text != null && wanted.contains(text)) {
					found.add(text);
				}
			}
		}
		return found;
	}

	@Override
	public String toString() {
		return "LabelStudioTaskItemWriter[project=" + this.projectId + ", idempotencyKey=" + this.idempotencyKey + "]";
	}

}
