package dev.labelstudio4j.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.projects.PredictionImportResult;
import dev.labelstudio4j.client.projects.ProjectsClient;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskFields;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.client.tasks.TasksClient;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Imports each chunk of predictions into a project with one bulk, streamed
 * {@code POST /api/projects/{id}/import/predictions}. Build it with {@link LabelStudioPredictionItemWriterBuilder}.
 * <p>
 * <b>Idempotence.</b> With {@link LabelStudioPredictionItemWriterBuilder#idempotentByModelVersion(boolean)}, a
 * prediction's key is its task and model version: before importing, the writer asks Label Studio which tasks
 * of the chunk already have a prediction of that model version ({@code GET /api/tasks/} with the Data Manager
 * filters {@code filter:tasks:id in {min, max}} of the chunk's tasks and
 * {@code filter:tasks:predictions_model_versions contains <version>}, one query per model version in the
 * chunk, paged) and imports only the others. A chunk whose import reached the server before its step failed is
 * therefore not imported again on restart or retry: each task ends with one prediction of each model version
 * this writer wrote, provided no other writer adds predictions of the same version to the same tasks at the
 * same time (the check and the import are two requests) and the task had none of that version before the
 * first attempt. Every prediction must then have a model version, and no two of a chunk the same task and
 * version: otherwise the chunk fails with an {@link IllegalArgumentException} before anything is sent. Without
 * it, every chunk is imported as it comes.
 * <p>
 * Thread-safe: it holds no state between chunks. Not final, so a {@code @StepScope} bean of this type can be
 * proxied.
 */
public class LabelStudioPredictionItemWriter implements ItemWriter<PredictionCreate> {

	private static final Log logger = LogFactory.getLog(LabelStudioPredictionItemWriter.class);

	private static final String MODEL_VERSIONS = Filter.PREFIX + "predictions_model_versions";

	private static final int PAGE_SIZE = 500;

	private final ProjectsClient projects;

	private final TasksClient tasks;

	private final long projectId;

	private final boolean idempotentByModelVersion;

	LabelStudioPredictionItemWriter(ProjectsClient projects, TasksClient tasks, long projectId,
			boolean idempotentByModelVersion) {
		this.projects = projects;
		this.tasks = tasks;
		this.projectId = projectId;
		this.idempotentByModelVersion = idempotentByModelVersion;
	}

	@Override
	public void write(Chunk<? extends PredictionCreate> chunk) {
		List<? extends PredictionCreate> items = chunk.getItems();
		if (items.isEmpty()) {
			return;
		}
		List<PredictionCreate> toImport = this.idempotentByModelVersion ? notYetImported(items) : List.copyOf(items);
		if (toImport.isEmpty()) {
			return;
		}
		PredictionImportResult result = this.projects.importPredictions(this.projectId, toImport);
		if (result.created() >= 0 && !result.allCreated()) {
			logger.warn("Label Studio created " + result.created() + " of the " + result.sent()
					+ " predictions sent to project " + this.projectId);
		}
	}

	private List<PredictionCreate> notYetImported(List<? extends PredictionCreate> items) {
		Map<String, Set<Long>> tasksByVersion = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			PredictionCreate prediction = items.get(i);
			if (prediction == null) {
				throw new IllegalArgumentException("item " + i + " of the chunk is null");
			}
			Long task = prediction.task();
			String version = prediction.modelVersion();
			if (task == null || version == null) {
				throw new IllegalArgumentException("item " + i + " of the chunk has no " + ((task == null) ? "task"
						: "modelVersion") + ", which the idempotence check needs; nothing of the chunk was imported");
			}
			if (!tasksByVersion.computeIfAbsent(version, (v) -> new HashSet<>()).add(task)) {
				throw new IllegalArgumentException("two items of the chunk are predictions of model version " + version
						+ " for task " + task + "; nothing of the chunk was imported");
			}
		}
		Map<String, Set<Long>> existing = new LinkedHashMap<>();
		int skipped = 0;
		for (Map.Entry<String, Set<Long>> entry : tasksByVersion.entrySet()) {
			Set<Long> found = tasksWithVersion(entry.getKey(), entry.getValue());
			existing.put(entry.getKey(), found);
			skipped += found.size();
		}
		if (skipped == 0) {
			return List.copyOf(items);
		}
		List<PredictionCreate> rest = new ArrayList<>(items.size() - skipped);
		for (PredictionCreate prediction : items) {
			if (!existing.get(prediction.modelVersion()).contains(prediction.task())) {
				rest.add(prediction);
			}
		}
		if (logger.isInfoEnabled()) {
			logger.info("Skipping " + skipped + " of " + items.size() + " predictions whose task already has one of"
					+ " their model version in project " + this.projectId);
		}
		return rest;
	}

	private Set<Long> tasksWithVersion(String version, Set<Long> taskIds) {
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		for (long id : taskIds) {
			min = Math.min(min, id);
			max = Math.max(max, id);
		}
		List<Filter> filters = List.of(TaskQueries.idBetween(min, max),
				new Filter(MODEL_VERSIONS, FilterOperator.CONTAINS, "List", version));
		TaskListParams params = TaskListParams.builder()
			.project(this.projectId)
			.fields(TaskFields.TASK_ONLY)
			.query(TaskQueries.query(filters, false, TaskQueries.BY_ID))
			.pageSize(Math.min(PAGE_SIZE, Math.max(1, taskIds.size())))
			.build();
		Set<Long> found = new HashSet<>();
		for (Task task : this.tasks.list(params).autoPaging()) {
			Long id = task.id();
			if (id != null && taskIds.contains(id)) {
				found.add(id);
			}
		}
		return found;
	}

	@Override
	public String toString() {
		return "LabelStudioPredictionItemWriter[project=" + this.projectId + ", idempotentByModelVersion="
				+ this.idempotentByModelVersion + "]";
	}

}
