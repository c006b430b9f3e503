package dev.labelstudio4j.client;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import dev.labelstudio4j.client.internal.AuthorizationMaskingInterceptor;

/**
 * What an Apache HttpClient 5 client needs before it is handed to
 * {@link LabelStudioClient.Builder#apacheHttpClient(org.apache.hc.client5.http.classic.HttpClient)}.
 * Use it on a builder of your own, or in a customizer of Spring Boot's Apache request factory builder.
 * Only usable with Apache HttpClient 5 on the class path.
 */
public final class ApacheHttpClients {

	private ApacheHttpClients() {
	}

	/**
	 * Configure an Apache client builder for Label Studio calls: Apache's automatic retries off (they
	 * would send idempotent calls again on I/O errors and wait out {@code Retry-After} on 429 and 503
	 * answers beneath the client's retry policy, unseen by its observations), and the
	 * {@code Authorization} header masked in Apache's headers log (which prints every request header at
	 * DEBUG). Apache's wire log ({@code org.apache.hc.client5.http.wire}) dumps raw bytes and cannot be
	 * masked: keep it off.
	 * @param builder the builder to change
	 * @return the same builder
	 */
	public static HttpClientBuilder configure(HttpClientBuilder builder) {
		if (builder == null) {
			throw new IllegalArgumentException("builder must not be null");
		}
		return builder.disableAutomaticRetries().addRequestInterceptorLast(AuthorizationMaskingInterceptor.INSTANCE);
	}

}
