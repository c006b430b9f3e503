package dev.labelstudio4j.client.ml;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The model versions an ML backend offers.
 *
 * @param versions the versions
 * @param message the backend's message, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelVersions(@Nullable List<String> versions, @Nullable String message) {
}
