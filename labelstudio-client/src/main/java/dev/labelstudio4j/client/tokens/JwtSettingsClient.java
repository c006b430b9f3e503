package dev.labelstudio4j.client.tokens;

import dev.labelstudio4j.client.RequestOptions;

/**
 * The organization's token settings ({@code /api/jwt/settings}): which kinds of API tokens authenticate.
 * Obtain it from {@link dev.labelstudio4j.client.LabelStudioClient#jwtSettings()}. Thread-safe.
 */
public interface JwtSettingsClient {

	/**
	 * {@code GET /api/jwt/settings}.
	 * @return the settings
	 */
	default JwtSettings get() {
		return get(RequestOptions.none());
	}

	/**
	 * {@code GET /api/jwt/settings} with per-call options.
	 * @param options the per-call options
	 * @return the settings
	 */
	JwtSettings get(RequestOptions options);

	/**
	 * {@code POST /api/jwt/settings}: change the settings set in {@code update}. Turning legacy tokens off
	 * makes clients built with a legacy key fail with 401.
	 * @param update the settings to change
	 * @return the settings now in force
	 */
	default JwtSettings update(JwtSettingsUpdate update) {
		return update(update, RequestOptions.none());
	}

	/**
	 * {@code POST /api/jwt/settings} with per-call options.
	 * @param update the settings to change
	 * @param options the per-call options
	 * @return the settings now in force
	 */
	JwtSettings update(JwtSettingsUpdate update, RequestOptions options);

}
