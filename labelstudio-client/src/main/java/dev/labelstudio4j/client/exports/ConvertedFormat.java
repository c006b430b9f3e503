package dev.labelstudio4j.client.exports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One conversion of an export snapshot into another format, with its own status.
 *
 * @param id the conversion id (what {@link ExportsClient#convert} answers as {@code converted_format})
 * @param status the conversion's status
 * @param exportType the format converted to
 * @param traceback the server's report of what went wrong, when the conversion failed (servers may leave it
 * out)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConvertedFormat(@Nullable Long id, @Nullable ExportStatus status, @Nullable String exportType,
		@Nullable String traceback) {
}
