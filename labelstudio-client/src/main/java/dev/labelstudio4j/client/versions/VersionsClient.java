package dev.labelstudio4j.client.versions;

import dev.labelstudio4j.client.RequestOptions;

/**
 * The server's version. Obtain it from {@link dev.labelstudio4j.client.LabelStudioClient#versions()}.
 * Thread-safe.
 */
public interface VersionsClient {

	/**
	 * {@code GET /api/version/}: the server's release, edition and the versions of its parts.
	 * @return the version
	 */
	default ServerVersion get() {
		return get(RequestOptions.none());
	}

	/**
	 * {@code GET /api/version/} with per-call options.
	 * @param options the per-call options
	 * @return the version
	 */
	ServerVersion get(RequestOptions options);

}
