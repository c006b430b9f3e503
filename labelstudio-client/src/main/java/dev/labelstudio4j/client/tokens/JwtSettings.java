package dev.labelstudio4j.client.tokens;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The organization's token settings ({@code GET /api/jwt/settings}). Unknown fields are ignored.
 *
 * @param apiTokensEnabled whether personal access tokens (JWTs) authenticate
 * @param legacyApiTokensEnabled whether legacy tokens ({@code Authorization: Token}) authenticate
 * @param apiTokenTtlDays the lifetime of new personal access tokens in days (Enterprise servers only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JwtSettings(@Nullable Boolean apiTokensEnabled, @Nullable Boolean legacyApiTokensEnabled,
		@Nullable Integer apiTokenTtlDays) {
}
