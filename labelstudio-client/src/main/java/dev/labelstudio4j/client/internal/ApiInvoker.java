package dev.labelstudio4j.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.retry.Retry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.type.TypeReference;

import dev.labelstudio4j.client.LabelStudioCredentials;
import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.UnauthorizedException;

/**
 * Runs an {@link ApiRequest}: options merged with the client's defaults, the retry policy around each
 * attempt, the {@code Authorization} header from the {@link Authenticator} (with one refresh and
 * replay on a 401 for personal access tokens), the exchange on the client's {@code RestClient} (which
 * observes it), error statuses mapped to typed exceptions and the body read by the request's handler.
 * Knows nothing of any resource. Thread-safe.
 */
public final class ApiInvoker {

	private static final Log logger = LogFactory.getLog(ApiInvoker.class);

	private static final String USER_AGENT = "labelstudio4j/" + version();

	/** Apache HttpClient 5's connect timeout, named so that Apache need not be on the class path. */
	private static final String APACHE_CONNECT_TIMEOUT = "org.apache.hc.client5.http.ConnectTimeoutException";

	/** The request attribute the observation convention reads the URI template from. */
	static final String URI_TEMPLATE_ATTRIBUTE = LabelStudioObservationConvention.URI_TEMPLATE_ATTRIBUTE;

	private final HttpTransport transport;

	private final LabelStudioJson json;

	private final Authenticator authenticator;

	private final RetryPolicy retryPolicy;

	private final ErrorDecoder errors;

	private final Map<String, String> defaultHeaders;

	private final RequestOptions defaultOptions;

	private final Clock clock;

	public ApiInvoker(HttpTransport transport, LabelStudioJson json, LabelStudioCredentials credentials,
			RetryPolicy retryPolicy, Map<String, String> defaultHeaders, RequestOptions defaultOptions, Clock clock) {
		this.transport = transport;
		this.json = json;
		this.authenticator = new Authenticator(credentials, this::refreshAccessToken, clock);
		this.retryPolicy = retryPolicy;
		this.errors = new ErrorDecoder(json, clock);
		this.defaultHeaders = Map.copyOf(defaultHeaders);
		this.defaultOptions = defaultOptions;
		this.clock = clock;
	}

	/** An invoker with other credentials, headers or default options, sharing this one's transport. */
	public ApiInvoker derive(LabelStudioCredentials credentials, Map<String, String> defaultHeaders,
			RequestOptions defaultOptions) {
		return new ApiInvoker(this.transport, this.json, credentials, this.retryPolicy, defaultHeaders,
				defaultOptions, this.clock);
	}

	/** Exchanges a personal access token for an access token: {@code POST /api/token/refresh/}. */
	private String refreshAccessToken(String refreshToken) {
		ApiRequest<Map<String, Object>> request = ApiRequest.post("token.refresh", "/api/token/refresh/")
			.jsonBody(Map.of("refresh", refreshToken))
			.returns(ResponseHandler.json(new TypeReference<Map<String, Object>>() {
			}));
		return Authenticator.accessFrom(request.operation(), send(request, RequestOptions.none(), null));
	}

	public HttpTransport transport() {
		return this.transport;
	}

	public LabelStudioJson json() {
		return this.json;
	}

	public Authenticator authenticator() {
		return this.authenticator;
	}

	public RetryPolicy retryPolicy() {
		return this.retryPolicy;
	}

	public Map<String, String> defaultHeaders() {
		return this.defaultHeaders;
	}

	public RequestOptions defaultOptions() {
		return this.defaultOptions;
	}

	public Clock clock() {
		return this.clock;
	}

	/**
	 * Run a request with retries.
	 * @param request the request
	 * @return the handler's result
	 */
	public <T> T execute(ApiRequest<T> request) {
		if (this.transport.isClosed()) {
			throw new IllegalStateException(request.operation() + ": the client is closed");
		}
		RequestOptions options = this.defaultOptions.mergedWith(request.options());
		RequestBody body = request.body();
		boolean replayable = body == null || body.replayable();
		Retry retry = this.retryPolicy.retryFor(this.retryPolicy.attemptsFor(options.maxAttempts(), replayable));
		int attempts = (retry != null) ? retry.getRetryConfig().getMaxAttempts() : 1;
		boolean optedIn = Boolean.TRUE.equals(options.retryNonIdempotent());
		AtomicInteger attempt = new AtomicInteger();
		try {
			if (retry == null) {
				return attempt(request, options, attempt, 1, optedIn);
			}
			return retry.executeSupplier(() -> attempt(request, options, attempt, attempts, optedIn));
		}
		catch (RetryPolicy.RetryableFailure ex) {
			throw ex.failure;
		}
	}

	/**
	 * One attempt. A failure the policy would retry is thrown as a {@link RetryPolicy.RetryableFailure}
	 * (also on the last attempt, so that Resilience4j counts the call as failed after retries), any
	 * other failure as itself.
	 */
	private <T> T attempt(ApiRequest<T> request, RequestOptions options, AtomicInteger counter, int attempts,
			boolean optedIn) {
		int attempt = counter.incrementAndGet();
		try {
			return sendAuthenticated(request, options);
		}
		catch (LabelStudioException ex) {
			Duration delay = this.retryPolicy.delayBeforeRetry(request.method(), optedIn, ex, attempt, this.clock);
			if (delay == null) {
				throw ex;
			}
			if (attempt < attempts && logger.isDebugEnabled()) {
				logger.debug(request.operation() + ": attempt " + attempt + " of " + attempts + " failed ("
						+ describe(ex) + "); retrying in " + delay.toMillis() + " ms");
			}
			throw new RetryPolicy.RetryableFailure(ex, delay);
		}
	}

	private <T> T sendAuthenticated(ApiRequest<T> request, RequestOptions options) {
		String authorization = this.authenticator.authorization();
		try {
			return send(request, options, authorization);
		}
		catch (UnauthorizedException ex) {
			RequestBody body = request.body();
			if (!this.authenticator.canRefresh() || (body != null && !body.replayable())) {
				throw ex;
			}
			logger.debug(request.operation() + ": access token refused; refreshing it and replaying once");
			this.authenticator.invalidate(authorization);
			return send(request, options, this.authenticator.authorization());
		}
	}

	<T> T send(ApiRequest<T> request, RequestOptions options, @Nullable String authorization) {
		String operation = request.operation();
		long start = System.nanoTime();
		if (logger.isDebugEnabled()) {
			logger.debug(operation + ": " + request.method() + " " + request.uriTemplate());
		}
		RestClient client = this.transport.restClient(options.readTimeout());
		ResolvedUriTemplate uri = this.transport.uriTemplate(request.uriTemplate());
		RestClient.RequestBodySpec spec = client.method(request.method())
			.uri(uri.expand(request.pathVariables(), request.query()))
			.attribute(URI_TEMPLATE_ATTRIBUTE, uri.absoluteTemplate())
			.attribute(LabelStudioObservationConvention.OPERATION_ATTRIBUTE, operation)
			.attribute(LabelStudioObservationConvention.RESOURCE_ATTRIBUTE, request.resource())
			.headers((headers) -> {
				headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
				if (!request.handler().keepsResponseOpen()) {
					headers.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
				}
				this.defaultHeaders.forEach(headers::set);
				options.headers().forEach(headers::set);
				if (authorization != null) {
					headers.set(HttpHeaders.AUTHORIZATION, authorization);
				}
			});
		writeBody(spec, request.body());
		try {
			T result = spec.exchange((clientRequest, response) -> handle(request, response),
					!request.handler().keepsResponseOpen());
			if (logger.isDebugEnabled()) {
				logger.debug(operation + ": done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
			}
			return result;
		}
		catch (ResourceAccessException ex) {
			throw ioException(operation, ex);
		}
		catch (RestClientException ex) {
			throw new LabelStudioException(operation, operation + " failed: " + ex.getMessage(), ex);
		}
	}

	private void writeBody(RestClient.RequestBodySpec spec, @Nullable RequestBody body) {
		if (body == null) {
			return;
		}
		if (body instanceof RequestBody.Json json) {
			spec.contentType(MediaType.APPLICATION_JSON).body((out) -> this.json.write(out, json.value()));
		}
		else if (body instanceof RequestBody.Streaming streaming) {
			spec.contentType(streaming.contentType()).body((out) -> streaming.writer().writeTo(out, this.json));
		}
		else if (body instanceof RequestBody.Multipart multipart) {
			spec.contentType(MediaType.MULTIPART_FORM_DATA).body(multipart.parts());
		}
	}

	private <T> T handle(ApiRequest<T> request, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		if (logger.isDebugEnabled()) {
			logger.debug(request.operation() + ": HTTP " + status);
		}
		if (status >= 400) {
			byte[] body;
			try (InputStream in = response.getBody()) {
				body = in.readNBytes(ErrorDecoder.MAX_BODY);
			}
			catch (IOException ex) {
				body = new byte[0];
			}
			throw this.errors.decode(request.operation(), status, response.getHeaders(), body);
		}
		return request.handler().handle(request.operation(), response, this.json);
	}

	private static LabelStudioIoException ioException(String operation, ResourceAccessException ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		boolean notSent = false;
		boolean timeout = false;
		for (Throwable t = cause; t != null; t = t.getCause()) {
			boolean connectTimeout = t instanceof HttpConnectTimeoutException
					|| t.getClass().getName().equals(APACHE_CONNECT_TIMEOUT);
			if (connectTimeout || t instanceof ConnectException || t instanceof UnknownHostException
					|| t instanceof NoRouteToHostException) {
				notSent = true;
				timeout |= connectTimeout;
				break;
			}
			if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException
					|| t instanceof InterruptedIOException) {
				timeout = true;
			}
		}
		String what = timeout ? (notSent ? "connect timeout" : "timeout") : "I/O error";
		String detail = (cause.getMessage() != null) ? ": " + cause.getMessage() : "";
		return new LabelStudioIoException(operation,
				operation + " failed: " + what + " (" + cause.getClass().getSimpleName() + detail + ")", cause,
				notSent, timeout);
	}

	private static String describe(LabelStudioException ex) {
		if (ex instanceof dev.labelstudio4j.client.LabelStudioApiException api) {
			return "HTTP " + api.getStatusCode();
		}
		return ex.getClass().getSimpleName();
	}

	private static String version() {
		String version = ApiInvoker.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "dev";
	}

	/** The absolute URI a template resolves to, for messages and tests. */
	public URI resolve(String path) {
		return this.transport.baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path);
	}

	@Override
	public String toString() {
		Map<String, String> shown = new LinkedHashMap<>();
		this.defaultHeaders.keySet().forEach((name) -> shown.put(name, "***"));
		return "ApiInvoker[baseUrl=" + this.transport.baseUrl() + ", credentials=" + this.authenticator.credentials()
				+ ", headers=" + shown.keySet() + "]";
	}

}
