/**
 * The {@code actions} resource: {@link dev.labelstudio4j.client.actions.ActionsClient} and its models.
 */
@NullMarked
package dev.labelstudio4j.client.actions;

import org.jspecify.annotations.NullMarked;
