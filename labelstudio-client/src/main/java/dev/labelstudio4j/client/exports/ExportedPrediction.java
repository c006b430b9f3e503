package dev.labelstudio4j.client.exports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A prediction inside a JSON export.
 *
 * @param id the prediction id
 * @param result the predicted result, one map per region
 * @param modelVersion the model version
 * @param score the score
 * @param createdAt creation time
 * @param updatedAt last update time
 * @param task the task id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportedPrediction(long id, @Nullable List<Map<String, Object>> result, @Nullable String modelVersion,
		@Nullable Double score, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt,
		@Nullable Long task) {

	public ExportedPrediction {
		result = (result != null) ? List.copyOf(result) : List.of();
	}

}
