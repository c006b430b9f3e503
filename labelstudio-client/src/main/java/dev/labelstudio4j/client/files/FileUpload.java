package dev.labelstudio4j.client.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A file uploaded to Label Studio to create tasks from.
 *
 * @param id the file upload id
 * @param file the stored file's path, relative to the server's upload directory (for example
 * {@code 1/6b25fc23-tasks.csv}); see {@link FilesClient#download(String)}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileUpload(@Nullable Long id, @Nullable String file) {
}
