/**
 * The {@code tasks} resource: {@link dev.labelstudio4j.client.tasks.TasksClient} and its models.
 */
@NullMarked
package dev.labelstudio4j.client.tasks;

import org.jspecify.annotations.NullMarked;
