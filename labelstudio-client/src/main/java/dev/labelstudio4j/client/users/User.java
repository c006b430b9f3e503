package dev.labelstudio4j.client.users;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A Label Studio user ({@code BaseUser}). Unknown fields are ignored.
 *
 * @param id the user id
 * @param firstName the first name
 * @param lastName the last name
 * @param username the username
 * @param email the email address
 * @param lastActivity the time of the user's last activity
 * @param avatar the avatar URL
 * @param initials the initials
 * @param phone the phone number
 * @param activeOrganization the id of the user's active organization
 * @param allowNewsletters whether the user allows newsletters
 * @param dateJoined the time the user joined
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(long id, @Nullable String firstName, @Nullable String lastName, @Nullable String username,
		@Nullable String email, @Nullable OffsetDateTime lastActivity, @Nullable String avatar,
		@Nullable String initials, @Nullable String phone, @Nullable Long activeOrganization,
		@Nullable Boolean allowNewsletters, @Nullable OffsetDateTime dateJoined) {
}
