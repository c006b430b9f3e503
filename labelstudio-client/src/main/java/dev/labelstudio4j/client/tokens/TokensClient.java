package dev.labelstudio4j.client.tokens;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * The current user's personal access tokens ({@code /api/token/...}). Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#tokens()}. Thread-safe.
 * <p>
 * A personal access token is a JWT refresh token: it is exchanged for short-lived access tokens. A client
 * built with one does that by itself; {@link #refresh(String)} is for callers that need an access token of
 * their own. After {@link #rotate(String)} the old token no longer works: switch a client to the new one
 * without rebuilding it, {@code client.withOptions((o) -> o.apiKey(rotated.token()))}, which shares the
 * connection pool. Tokens are secrets: they appear in no log line, exception message or
 * {@code toString()} of this client or its models.
 */
public interface TokensClient {

	/**
	 * {@code GET /api/token/}: the current user's valid personal access tokens, truncated (header and
	 * payload of each JWT, no signature).
	 * @return the tokens
	 */
	default List<ApiToken> list() {
		return list(RequestOptions.none());
	}

	/**
	 * {@code GET /api/token/} with per-call options.
	 * @param options the per-call options
	 * @return the tokens
	 */
	List<ApiToken> list(RequestOptions options);

	/**
	 * {@code POST /api/token/}: create a personal access token. The server shows the whole token only in
	 * this answer, and refuses with {@link dev.labelstudio4j.client.ConflictException} (409) while the user
	 * has a valid one (blacklist it first).
	 * @return the new token
	 */
	default ApiToken create() {
		return create(RequestOptions.none());
	}

	/**
	 * {@code POST /api/token/} with per-call options.
	 * @param options the per-call options
	 * @return the new token
	 */
	ApiToken create(RequestOptions options);

	/**
	 * {@code POST /api/token/blacklist/}: revoke a personal access token; access tokens it was exchanged for
	 * keep working until they expire. Answers {@link dev.labelstudio4j.client.NotFoundException} (404) when
	 * the token is invalid or already revoked.
	 * @param token the token, whole or truncated as {@link #list()} answers it
	 */
	default void blacklist(String token) {
		blacklist(token, RequestOptions.none());
	}

	/**
	 * {@code POST /api/token/blacklist/} with per-call options.
	 * @param token the token, whole or truncated
	 * @param options the per-call options
	 */
	void blacklist(String token, RequestOptions options);

	/**
	 * {@code POST /api/token/refresh/}: exchange a personal access token for an access token (any personal
	 * access token, not only the client's own).
	 * @param token the personal access token
	 * @return the access token
	 * @throws dev.labelstudio4j.client.UnauthorizedException when the token is invalid, expired or revoked
	 */
	default AccessToken refresh(String token) {
		return refresh(token, RequestOptions.none());
	}

	/**
	 * {@code POST /api/token/refresh/} with per-call options.
	 * @param token the personal access token
	 * @param options the per-call options
	 * @return the access token
	 */
	AccessToken refresh(String token, RequestOptions options);

	/**
	 * {@code POST /api/token/rotate/}: replace a personal access token by a new one; the old one is
	 * revoked. Never retried without {@link RequestOptions#retryNonIdempotent()}: a second rotation would
	 * fail on the revoked token and lose the new one.
	 * @param token the personal access token to replace (whole)
	 * @return the new token
	 */
	default ApiToken rotate(String token) {
		return rotate(token, RequestOptions.none());
	}

	/**
	 * {@code POST /api/token/rotate/} with per-call options.
	 * @param token the personal access token to replace
	 * @param options the per-call options
	 * @return the new token
	 */
	ApiToken rotate(String token, RequestOptions options);

}
