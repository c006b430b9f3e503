package dev.labelstudio4j.client.projects;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The state of an asynchronous import ({@code GET /api/projects/{id}/imports/{import_pk}/}). Fields whose
 * shape varies across server versions ({@code file_upload_ids}, {@code found_formats},
 * {@code data_columns}, {@code task_ids}) are kept as the server sent them; the typed accessors read them
 * leniently. The imported tasks themselves are not kept.
 *
 * @param id the import id
 * @param project the project id
 * @param status {@code created}, {@code in_progress}, {@code failed} or {@code completed}
 * @param error the server's error message, when failed
 * @param traceback the server's traceback, when failed
 * @param url the URL imported from, if any
 * @param commitToProject whether tasks are committed to the project
 * @param returnTaskIds whether task ids are returned
 * @param createdAt creation time
 * @param updatedAt last update time
 * @param finishedAt completion or failure time
 * @param taskCount number of tasks imported so far
 * @param annotationCount number of annotations imported so far
 * @param predictionCount number of predictions imported so far
 * @param duration time taken, in seconds
 * @param couldBeTasksList whether the files could hold lists of tasks
 * @param fileUploadIds raw {@code file_upload_ids}
 * @param foundFormats raw {@code found_formats}
 * @param dataColumns raw {@code data_columns}
 * @param taskIds raw {@code task_ids}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectImport(@Nullable Long id, @Nullable Long project, @Nullable String status,
		@Nullable String error, @Nullable String traceback, @Nullable String url, @Nullable Boolean commitToProject,
		@Nullable Boolean returnTaskIds, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt,
		@Nullable OffsetDateTime finishedAt, @Nullable Integer taskCount, @Nullable Integer annotationCount,
		@Nullable Integer predictionCount, @Nullable Double duration, @Nullable Boolean couldBeTasksList,
		@Nullable Object fileUploadIds, @Nullable Object foundFormats, @Nullable Object dataColumns,
		@Nullable Object taskIds) {

	/** Status of an import that finished well. */
	public static final String COMPLETED = "completed";

	/** Status of an import that failed. */
	public static final String FAILED = "failed";

	/** Whether the import completed. */
	public boolean isCompleted() {
		return COMPLETED.equals(this.status);
	}

	/** Whether the import failed. */
	public boolean isFailed() {
		return FAILED.equals(this.status);
	}

	/**
	 * The figures of this import as an {@link ImportResult}.
	 * @return the result
	 */
	public ImportResult toResult() {
		return new ImportResult(this.taskCount, this.annotationCount, this.predictionCount, this.duration,
				longs(this.fileUploadIds), this.couldBeTasksList, strings(this.foundFormats), strings(this.dataColumns),
				longs(this.taskIds), this.id);
	}

	private static @Nullable List<Long> longs(@Nullable Object value) {
		List<Object> items = items(value);
		if (items == null) {
			return null;
		}
		List<Long> result = new ArrayList<>();
		for (Object item : items) {
			if (item instanceof Number number) {
				result.add(number.longValue());
			}
			else if (item instanceof String text && !text.isBlank()) {
				try {
					result.add(Long.parseLong(text.strip()));
				}
				catch (NumberFormatException ex) {
					// not an id: left out
				}
			}
		}
		return List.copyOf(result);
	}

	private static @Nullable List<String> strings(@Nullable Object value) {
		List<Object> items = items(value);
		if (items == null) {
			return null;
		}
		List<String> result = new ArrayList<>();
		for (Object item : items) {
			if (item != null) {
				result.add(String.valueOf(item));
			}
		}
		return List.copyOf(result);
	}

	/** A list as is, a map's keys (some servers count formats in a map), a single value as a list. */
	private static @Nullable List<Object> items(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		if (value instanceof Map<?, ?> map) {
			return new ArrayList<>(map.keySet());
		}
		return List.of(value);
	}

}
