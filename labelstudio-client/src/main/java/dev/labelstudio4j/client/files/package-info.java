/**
 * The {@code files} resource: {@link dev.labelstudio4j.client.files.FilesClient} and its models.
 */
@NullMarked
package dev.labelstudio4j.client.files;

import org.jspecify.annotations.NullMarked;
