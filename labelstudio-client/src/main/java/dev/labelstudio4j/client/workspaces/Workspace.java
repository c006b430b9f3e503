package dev.labelstudio4j.client.workspaces;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A workspace: a group of projects and members. Unknown fields are ignored.
 *
 * @param id the workspace id
 * @param title the title
 * @param description the description
 * @param isPublic whether every member of the organization sees it (older servers)
 * @param isPersonal whether it is a user's personal workspace
 * @param isArchived whether it is archived
 * @param createdAt when it was created (older servers)
 * @param updatedAt when it was last changed (older servers)
 * @param createdBy the id of the user who created it
 * @param color its color, in HEX format
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Workspace(long id, @Nullable String title, @Nullable String description, @Nullable Boolean isPublic,
		@Nullable Boolean isPersonal, @Nullable Boolean isArchived, @Nullable OffsetDateTime createdAt,
		@Nullable OffsetDateTime updatedAt, @Nullable Long createdBy, @Nullable String color) {
}
