package dev.labelstudio4j.client.workspaces;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A membership of a workspace. Listing answers the user as an object, adding a member answers the user's
 * id; {@link #userId()} reads both. Unknown fields are ignored.
 *
 * @param user the user: an object ({@code id}, {@code email}, ...) or an id, as the server sent it
 * @param workspace the workspace id, when the server sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspaceMember(@Nullable Object user, @Nullable Long workspace) {

	/**
	 * The member's user id, read from the user object's {@code id} or from a plain id.
	 * @return the id, or {@code null} when the server sent neither
	 */
	public @Nullable Long userId() {
		Object value = this.user;
		if (value instanceof Map<?, ?> map) {
			value = map.get("id");
		}
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text) {
			try {
				return Long.parseLong(text.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "WorkspaceMember[userId=" + userId() + ", workspace=" + this.workspace + "]";
	}

}
