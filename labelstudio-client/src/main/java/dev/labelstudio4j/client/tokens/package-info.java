/**
 * Personal access tokens ({@code /api/token/...}): {@link dev.labelstudio4j.client.tokens.TokensClient}, the
 * organization's JWT settings ({@link dev.labelstudio4j.client.tokens.JwtSettingsClient}) and their models.
 * Every token is a secret: the models never show one in {@code toString()}.
 */
@NullMarked
package dev.labelstudio4j.client.tokens;

import org.jspecify.annotations.NullMarked;
