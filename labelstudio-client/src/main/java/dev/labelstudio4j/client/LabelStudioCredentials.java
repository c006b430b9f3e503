package dev.labelstudio4j.client;

import java.util.regex.Pattern;

/**
 * How the client authenticates. A legacy API key is sent as {@code Authorization: Token <key>}. A
 * personal access token (a JWT) is a refresh token: the client exchanges it at
 * {@code POST /api/token/refresh/} for a short-lived access token sent as {@code Authorization: Bearer}.
 * {@link #of(String)} tells the two apart. {@code toString()} never shows the secret.
 */
public sealed interface LabelStudioCredentials
		permits LabelStudioCredentials.LegacyToken, LabelStudioCredentials.PersonalAccessToken {

	/** Three dot-separated base64url parts: the shape of a JWT. */
	Pattern JWT = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$");

	/**
	 * Credentials for an API key as shown in Label Studio's "Account &amp; Settings": a personal access
	 * token when it has the shape of a JWT, a legacy token otherwise.
	 * @param apiKey the key or token
	 * @return the credentials
	 */
	static LabelStudioCredentials of(String apiKey) {
		String key = requireKey(apiKey, "apiKey");
		return JWT.matcher(key).matches() ? new PersonalAccessToken(key) : new LegacyToken(key);
	}

	/** A legacy token, sent as {@code Authorization: Token <key>}. */
	static LabelStudioCredentials legacyToken(String key) {
		return new LegacyToken(requireKey(key, "key"));
	}

	/** A personal access token (JWT refresh token), exchanged for access tokens. */
	static LabelStudioCredentials personalAccessToken(String token) {
		String value = requireKey(token, "token");
		if (!JWT.matcher(value).matches()) {
			throw new IllegalArgumentException("token must be a JWT (three dot-separated base64url parts)");
		}
		return new PersonalAccessToken(value);
	}

	/** The secret itself. Never log it. */
	String secret();

	private static String requireKey(String key, String name) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException(name + " must not be null or blank");
		}
		String trimmed = key.strip();
		if (trimmed.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException(name + " must not contain whitespace");
		}
		return trimmed;
	}

	/** A legacy API token. */
	final class LegacyToken implements LabelStudioCredentials {

		private final String key;

		private LegacyToken(String key) {
			this.key = key;
		}

		@Override
		public String secret() {
			return this.key;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof LegacyToken token && token.key.equals(this.key);
		}

		@Override
		public int hashCode() {
			return this.key.hashCode();
		}

		@Override
		public String toString() {
			return "LegacyToken[***]";
		}

	}

	/** A personal access token (refresh JWT). */
	final class PersonalAccessToken implements LabelStudioCredentials {

		private final String token;

		private PersonalAccessToken(String token) {
			this.token = token;
		}

		@Override
		public String secret() {
			return this.token;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof PersonalAccessToken pat && pat.token.equals(this.token);
		}

		@Override
		public int hashCode() {
			return this.token.hashCode();
		}

		@Override
		public String toString() {
			return "PersonalAccessToken[***]";
		}

	}

}
