package dev.labelstudio4j.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Personal access tokens and the organization's token settings ({@code /api/token/...},
 * {@code /api/jwt/settings}), with the rules of Label Studio's {@code jwt_auth}: one valid token per user
 * (a second create is a 409), blacklisting by the whole or the truncated token (header and payload), a
 * rotation that revokes the old token, and a refresh that refuses revoked tokens. The emulator's
 * authentication asks {@link #legacyTokensEnabled()} and {@link #apiTokensEnabled()}. Handlers run under
 * the state's lock. Answers as an open-source server does: tokens without {@code created_at} and
 * {@code expires_at}, settings without {@code api_token_ttl_days} (accepted and ignored).
 */
final class TokenRoutes {

	/** A token this emulator accepts. */
	private record Issued(String token) {
	}

	private final Tokens tokens;

	private final Duration accessTokenLifetime;

	private final List<Issued> valid = new ArrayList<>();

	private boolean apiTokensEnabled = true;

	private boolean legacyTokensEnabled = true;

	TokenRoutes(Tokens tokens, String personalAccessToken, Duration accessTokenLifetime) {
		this.tokens = tokens;
		this.accessTokenLifetime = accessTokenLifetime;
		this.valid.add(new Issued(personalAccessToken));
	}

	void register(RouteTable routes) {
		routes.add("GET", "/api/token/", true, (c, m) -> list());
		routes.add("POST", "/api/token/", true, (c, m) -> create());
		routes.add("POST", "/api/token/blacklist/", false, (c, m) -> blacklist(c));
		routes.add("POST", "/api/token/rotate/", true, (c, m) -> rotate(c));
		routes.add("GET", "/api/jwt/settings", true, (c, m) -> Reply.json(200, settings()));
		routes.add("POST", "/api/jwt/settings", true, (c, m) -> updateSettings(c));
	}

	/** The personal access token now in force: the newest valid one, or {@code null} when all are revoked. */
	@Nullable String current() {
		return this.valid.isEmpty() ? null : this.valid.get(this.valid.size() - 1).token();
	}

	boolean apiTokensEnabled() {
		return this.apiTokensEnabled;
	}

	boolean legacyTokensEnabled() {
		return this.legacyTokensEnabled;
	}

	/** {@code POST /api/token/refresh/}: an access token for a valid personal access token. */
	Reply refresh(Call call) {
		String token = refreshField(call);
		if (find(token, false) == null) {
			throw new ApiError(401, "Token is invalid or expired", null);
		}
		return Reply.json(200, Map.of("access", this.tokens.accessToken(1, this.accessTokenLifetime)));
	}

	private Reply list() {
		List<Map<String, Object>> body = new ArrayList<>();
		for (Issued issued : this.valid) {
			body.add(Map.of("token", truncated(issued.token())));
		}
		return Reply.json(200, body);
	}

	private Reply create() {
		if (!this.valid.isEmpty()) {
			throw new ApiError(409, "You already have a valid token. Please revoke it before creating a new one.",
					null);
		}
		return Reply.json(201, Map.of("token", issue().token()));
	}

	private Reply blacklist(Call call) {
		Issued issued = find(refreshField(call), true);
		if (issued == null) {
			throw new ApiError(404, "Token is invalid or already blacklisted.", null);
		}
		this.valid.remove(issued);
		return Reply.noContent();
	}

	private Reply rotate(Call call) {
		Issued issued = find(refreshField(call), false);
		if (issued == null) {
			throw ApiError.badRequest("Token is invalid or already blacklisted.");
		}
		this.valid.remove(issued);
		return Reply.json(200, Map.of("refresh", issue().token()));
	}

	private Map<String, Object> settings() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("api_tokens_enabled", this.apiTokensEnabled);
		body.put("legacy_api_tokens_enabled", this.legacyTokensEnabled);
		return body;
	}

	private Reply updateSettings(Call call) {
		Map<String, Object> body = call.jsonObject();
		Object ttl = body.get("api_token_ttl_days");
		if (ttl != null && (!(ttl instanceof Number days) || days.intValue() < 1 || days.intValue() > 365)) {
			throw ApiError.validation("api_token_ttl_days", "Ensure this value is between 1 and 365.");
		}
		if (body.get("api_tokens_enabled") instanceof Boolean enabled) {
			this.apiTokensEnabled = enabled;
		}
		if (body.get("legacy_api_tokens_enabled") instanceof Boolean enabled) {
			this.legacyTokensEnabled = enabled;
		}
		return Reply.json(200, settings());
	}

	private Issued issue() {
		Issued issued = new Issued(this.tokens.refreshToken(1));
		this.valid.add(issued);
		return issued;
	}

	private @Nullable Issued find(String token, boolean truncatedToo) {
		for (Issued issued : this.valid) {
			if (equal(token, issued.token()) || (truncatedToo && equal(token, truncated(issued.token())))) {
				return issued;
			}
		}
		return null;
	}

	private static String refreshField(Call call) {
		Object refresh = call.jsonObject().get("refresh");
		if (!(refresh instanceof String token) || token.isBlank()) {
			throw ApiError.validation("refresh", "This field is required.");
		}
		return token;
	}

	private static String truncated(String token) {
		int dot = token.lastIndexOf('.');
		return (dot > 0) ? token.substring(0, dot) : token;
	}

	private static boolean equal(String given, String expected) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "TokenRoutes[" + this.valid.size() + " valid tokens]";
	}

}
