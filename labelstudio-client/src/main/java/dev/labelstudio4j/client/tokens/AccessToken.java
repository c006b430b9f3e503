package dev.labelstudio4j.client.tokens;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A short-lived access token, the answer of {@link TokensClient#refresh(String)}: sent as
 * {@code Authorization: Bearer <access>} until its {@code exp} claim. Unknown fields are ignored. The token
 * is a secret: {@link #toString()} never shows it.
 *
 * @param access the access token (a JWT), or {@code null} when the server sent none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessToken(@Nullable String access) {

	@Override
	public String toString() {
		return "AccessToken[access=" + ((this.access != null) ? "******" : "null") + "]";
	}

}
