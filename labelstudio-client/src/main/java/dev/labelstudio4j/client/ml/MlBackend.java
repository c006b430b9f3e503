package dev.labelstudio4j.client.ml;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A machine learning backend connected to a project. The Basic-auth password is never read into this
 * record; {@link #basicAuthPassIsSet()} tells whether one is set.
 *
 * @param id the ML backend id
 * @param project the project id
 * @param url the ML backend's URL
 * @param title the ML backend's name
 * @param description the ML backend's description
 * @param state {@code CO} (connected), {@code DI} (disconnected), {@code ER} (error), {@code TR}
 * (training) or {@code PR} (predicting)
 * @param readableState the state in words
 * @param errorMessage the error message, in the error state
 * @param isInteractive whether the backend is used for interactive pre-annotations
 * @param authMethod {@code NONE} or {@code BASIC_AUTH}
 * @param basicAuthUser the Basic-auth user
 * @param basicAuthPassIsSet whether a Basic-auth password is set (as the server reports it)
 * @param extraParams extra parameters passed to the backend at setup
 * @param modelVersion the current model version
 * @param autoUpdate whether the model version follows the backend's latest
 * @param timeout the response timeout, in seconds
 * @param createdAt creation time
 * @param updatedAt last update time
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MlBackend(@Nullable Long id, @Nullable Long project, @Nullable String url, @Nullable String title,
		@Nullable String description, @Nullable String state, @Nullable String readableState,
		@Nullable String errorMessage, @Nullable Boolean isInteractive, @Nullable String authMethod,
		@Nullable String basicAuthUser, @Nullable Object basicAuthPassIsSet, @Nullable Map<String, Object> extraParams,
		@Nullable String modelVersion, @Nullable Boolean autoUpdate, @Nullable Double timeout,
		@Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt) {
}
