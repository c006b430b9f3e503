/**
 * The {@code workspaces} resource (a Label Studio Enterprise feature):
 * {@link dev.labelstudio4j.client.workspaces.WorkspacesClient}, its members and their models.
 */
@NullMarked
package dev.labelstudio4j.client.workspaces;

import org.jspecify.annotations.NullMarked;
