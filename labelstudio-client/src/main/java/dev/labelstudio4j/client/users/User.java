package dev.labelstudio4j.client.users;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** A Label Studio user ({@code BaseUser}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(long id, @Nullable String firstName, @Nullable String lastName, @Nullable String username,
		@Nullable String email, @Nullable OffsetDateTime lastActivity, @Nullable String avatar,
		@Nullable String initials, @Nullable String phone, @Nullable Long activeOrganization,
		@Nullable Boolean allowNewsletters, @Nullable OffsetDateTime dateJoined) {
}
