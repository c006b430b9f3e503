package dev.labelstudio4j.client.tokens;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token (a JWT refresh token) as the server answers it. {@link TokensClient#create()} and
 * {@link TokensClient#rotate(String)} answer the whole token, which the server shows only once;
 * {@link TokensClient#list()} answers it truncated (header and payload, without the signature), which
 * {@link TokensClient#blacklist(String)} accepts. Unknown fields are ignored. The token is a secret:
 * {@link #toString()} never shows it.
 *
 * @param token the token (read from {@code token}, or from {@code refresh} in a rotation's answer)
 * @param createdAt when the token was created, as the server wrote it (Enterprise servers only)
 * @param expiresAt when the token expires, as the server wrote it (Enterprise servers only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiToken(@JsonAlias("refresh") @Nullable String token, @Nullable String createdAt,
		@Nullable String expiresAt) {

	@Override
	public String toString() {
		return "ApiToken[token=" + ((this.token != null) ? "******" : "null") + ", createdAt=" + this.createdAt
				+ ", expiresAt=" + this.expiresAt + "]";
	}

}
