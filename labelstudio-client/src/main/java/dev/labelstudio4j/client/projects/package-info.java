/**
 * The {@code projects} resource: {@link dev.labelstudio4j.client.projects.ProjectsClient} and its models.
 */
@NullMarked
package dev.labelstudio4j.client.projects;

import org.jspecify.annotations.NullMarked;
