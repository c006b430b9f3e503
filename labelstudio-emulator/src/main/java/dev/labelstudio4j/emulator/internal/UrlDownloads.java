package dev.labelstudio4j.emulator.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Downloads the file of an import from a URL ({@code url=} in a form body), as the server does. The
 * server accepts only {@code http://} and {@code https://} URLs; the emulator, which must not reach
 * out of the machine, downloads only from {@code 127.0.0.1} and {@code localhost} and refuses other
 * hosts with a validation error. Downloads happen before the request takes the state's lock, so a URL
 * served by the emulator itself works.
 */
final class UrlDownloads {

	/** The server's message for a URL it will not download. */
	static final String INVALID_URL = "The provided URL was not valid. URLs must begin with http:// or https://,"
			+ " and cannot be local IPs.";

	private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost");

	private static final long MAX_BYTES = 250L * 1024 * 1024;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** A downloaded file: its name (the URL's last path segment) and content. */
	record Download(String filename, byte[] content) {
	}

	/**
	 * Download a URL.
	 * @param url the URL from the request
	 * @return the file
	 * @throws ApiError a 400 validation error when the URL is refused or the download fails
	 */
	Download fetch(String url) {
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ApiError.validation("non_field_errors", INVALID_URL);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw ApiError.validation("non_field_errors", INVALID_URL);
		}
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		if (!LOCAL_HOSTS.contains(host)) {
			throw ApiError.validation("non_field_errors", "The Label Studio emulator downloads imports only from"
					+ " 127.0.0.1 or localhost, not from " + (host.isEmpty() ? "\"" + url + "\"" : host));
		}
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw ApiError.validation("non_field_errors", "Could not download " + url + ": " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw ApiError.validation("non_field_errors", "Interrupted while downloading " + url);
		}
		if (response.statusCode() / 100 != 2) {
			throw ApiError.validation("non_field_errors",
					"Could not download " + url + ": HTTP status " + response.statusCode());
		}
		if (response.body().length > MAX_BYTES) {
			throw ApiError.validation("non_field_errors", "Maximum total size of all files is 250 MB");
		}
		String path = (uri.getPath() != null) ? uri.getPath() : "";
		return new Download(path.substring(path.lastIndexOf('/') + 1), response.body());
	}

}
