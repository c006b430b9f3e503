package dev.labelstudio4j.client.exports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ExportsClient#convert} answers: the format and the id of the conversion it started, to be found
 * in {@link Export#convertedFormats()}.
 *
 * @param exportType the format converted to
 * @param convertedFormat the conversion id ({@code null} on servers that do not answer it)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConvertResult(@Nullable String exportType, @Nullable Long convertedFormat) {
}
