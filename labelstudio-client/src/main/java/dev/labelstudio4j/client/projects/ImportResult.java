package dev.labelstudio4j.client.projects;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What an import created. For an asynchronous import, the figures of the finished import and its id.
 *
 * @param taskCount number of tasks added
 * @param annotationCount number of annotations added
 * @param predictionsCount number of predictions added (read from {@code predictions_count} or the
 * server's {@code prediction_count})
 * @param duration time the server took, in seconds
 * @param fileUploadIds ids of the uploaded files
 * @param couldBeTasksList whether the uploaded files could hold lists of tasks (CSV, TSV)
 * @param foundFormats the file formats found
 * @param dataColumns the data columns found
 * @param taskIds ids of the created tasks, when asked for with {@code returnTaskIds}
 * @param importId the id of the asynchronous import, or {@code null} for a synchronous one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportResult(@Nullable Integer taskCount, @Nullable Integer annotationCount,
		@JsonAlias("prediction_count") @Nullable Integer predictionsCount, @Nullable Double duration,
		@Nullable List<Long> fileUploadIds, @Nullable Boolean couldBeTasksList, @Nullable List<String> foundFormats,
		@Nullable List<String> dataColumns, @Nullable List<Long> taskIds,
		@JsonProperty("import") @Nullable Long importId) {
}
