package dev.labelstudio4j.client.users;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The API token of the current user, as answered by {@link UsersClient#getToken()} and
 * {@link UsersClient#resetToken()}. Servers answer {@code {"token": ...}}; some versions answer
 * {@code {"detail": ...}}, which is read the same way. The token is a secret: {@link #toString()} never
 * shows it.
 *
 * @param token the token, or {@code null} when the server sent none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserToken(@JsonAlias("detail") @Nullable String token) {

	@Override
	public String toString() {
		return "UserToken[token=" + ((this.token != null) ? "******" : "null") + "]";
	}

}
