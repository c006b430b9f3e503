package dev.labelstudio4j.client.internal;

import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * An Apache HttpClient 5 request interceptor that replaces the {@code Authorization} header with one
 * that is sent unchanged but prints as {@code Authorization: ***}: Apache's
 * {@code org.apache.hc.client5.http.headers} logger prints every request header at DEBUG (a root
 * logger at DEBUG is enough), which would otherwise show the API key or access token. Installed on
 * the Apache client the client builds and, in Spring Boot, on the one Boot builds for it. Apache's
 * {@code org.apache.hc.client5.http.wire} logger, a dump of the bytes on the wire, still shows
 * everything: keep it off. Only loaded when Apache HttpClient 5 is on the class path.
 */
public final class AuthorizationMaskingInterceptor implements HttpRequestInterceptor {

	/** The interceptor; stateless. */
	public static final AuthorizationMaskingInterceptor INSTANCE = new AuthorizationMaskingInterceptor();

	private AuthorizationMaskingInterceptor() {
	}

	@Override
	public void process(HttpRequest request, @Nullable EntityDetails entity, @Nullable HttpContext context) {
		Header header = request.getFirstHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && !(header instanceof MaskedHeader)) {
			request.setHeader(new MaskedHeader(header.getName(), header.getValue()));
		}
	}

	/** A header written as given, marked sensitive, whose {@code toString()} hides the value. */
	record MaskedHeader(String getName, String getValue) implements Header {

		@Override
		public boolean isSensitive() {
			return true;
		}

		@Override
		public String toString() {
			return this.getName + ": ***";
		}

	}

}
