package dev.labelstudio4j.client.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
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
import java.util.function.BiConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
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

	/** The client's JSON mapper, for resource clients that shape bodies themselves. */
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

	/**
	 * Run a request under the retry policy.
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
		int attempts = this.retryPolicy.attemptsFor(options.maxAttempts(), replayable);
		boolean optedIn = Boolean.TRUE.equals(options.retryNonIdempotent());
		return this.retryPolicy.execute(request.method(), optedIn, attempts, () -> sendAuthenticated(request, options));
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
		HttpTransport.Lease lease = this.transport.lease(options.readTimeout());
		boolean handedOver = false;
		ResolvedUriTemplate uri = this.transport.uriTemplate(request.uriTemplate());
		URI expanded = uri.expand(request.pathVariables(), request.query());
		RestClient.RequestBodySpec spec = lease.restClient()
			.method(request.method())
			.uri(expanded)
			.attribute(LabelStudioObservationConvention.CALL_ATTRIBUTE,
					new LabelStudioObservationConvention.Call(uri.tags(operation, request.resource()), expanded))
			// straight onto the request: headers given to the spec are built into a map of their own and
			// copied into the request's on every call
			.httpRequest((clientRequest) -> setHeaders(clientRequest.getHeaders(), request, options, authorization));
		writeBody(spec, request.body());
		Duration previous = CallTimeouts.set(options.readTimeout());
		try {
			T result = spec.exchange((clientRequest, response) -> handle(request, response),
					!request.handler().keepsResponseOpen());
			if (logger.isDebugEnabled()) {
				logger.debug(operation + ": done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
			}
			if (result instanceof InputStream body) {
				handedOver = true;
				@SuppressWarnings("unchecked")
				T releasing = (T) lease.releasingOnClose(body);
				return releasing;
			}
			return result;
		}
		catch (ResourceAccessException ex) {
			throw ioException(operation, ex);
		}
		catch (JacksonIOException ex) {
			throw ioException(operation, ex.getCause());
		}
		catch (LabelStudioException ex) {
			throw ex;
		}
		catch (RestClientException | JacksonException | UncheckedIOException ex) {
			throw new LabelStudioException(operation, operation + " failed: " + ex.getClass().getSimpleName(), ex);
		}
		finally {
			CallTimeouts.restore(previous);
			if (!handedOver) {
				lease.release();
			}
		}
	}

	/**
	 * The call's headers, set on the request after its body was given to it (request headers can be
	 * changed until it is executed): the client's, the client's defaults, the call's own and the
	 * credentials. A {@code Content-Type} among the default or per-call headers does not replace the
	 * body's own.
	 */
	private void setHeaders(HttpHeaders headers, ApiRequest<?> request, RequestOptions options,
			@Nullable String authorization) {
		headers.set(HttpHeaders.USER_AGENT, USER_AGENT);
		if (!request.handler().keepsResponseOpen()) {
			headers.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		}
		boolean hasBody = request.body() != null;
		BiConsumer<String, String> set = (name, value) -> {
			if (!hasBody || !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				headers.set(name, value);
			}
		};
		this.defaultHeaders.forEach(set);
		options.headers().forEach(set);
		if (authorization != null) {
			headers.set(HttpHeaders.AUTHORIZATION, authorization);
		}
	}

	private void writeBody(RestClient.RequestBodySpec spec, @Nullable RequestBody body) {
		if (body == null) {
			return;
		}
		if (body instanceof RequestBody.Json json) {
			spec.contentType(MediaType.APPLICATION_JSON).body((out) -> {
				try {
					this.json.write(out, json.value());
				}
				catch (JacksonException ex) {
					throw ioCauseOr(ex);
				}
			});
		}
		else if (body instanceof RequestBody.Streaming streaming) {
			spec.contentType(streaming.contentType()).body((out) -> {
				try {
					streaming.writer().writeTo(out, this.json);
				}
				catch (JacksonException ex) {
					throw ioCauseOr(ex);
				}
			});
		}
		else if (body instanceof RequestBody.Multipart multipart) {
			spec.contentType(MediaType.MULTIPART_FORM_DATA).body(multipart.parts());
		}
	}

	/**
	 * The I/O failure under a Jackson exception raised while a body was written (Jackson wraps the
	 * connection's {@code IOException} in a {@code JacksonIOException}, or in a {@code DatabindException}
	 * when a serializer was writing), so that the transport reports it as I/O; else the exception itself.
	 */
	private static IOException ioCauseOr(JacksonException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException io) {
				return io;
			}
		}
		throw ex;
	}

	private <T> T handle(ApiRequest<T> request, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		if (logger.isDebugEnabled()) {
			logger.debug(request.operation() + ": HTTP " + status);
		}
		if (status >= 400) {
			throw this.errors.decode(request.operation(), status, response.getHeaders(), errorBody(response));
		}
		return request.handler().handle(request.operation(), response, this.json);
	}

	private static LabelStudioIoException ioException(String operation, Throwable ex) {
		Throwable cause = (ex instanceof ResourceAccessException && ex.getCause() != null) ? ex.getCause() : ex;
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
		String processed = notSent ? "" : "; the server may have processed the request";
		return new LabelStudioIoException(operation, operation + " failed: " + what + " ("
				+ cause.getClass().getSimpleName() + detail + ")" + processed, cause, notSent, timeout);
	}

	/**
	 * The error body, up to {@link ErrorDecoder#MAX_BODY} bytes; what arrived before the connection
	 * failed when it was cut.
	 */
	private static byte[] errorBody(ClientHttpResponse response) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try (InputStream in = response.getBody()) {
			int read;
			while (body.size() < ErrorDecoder.MAX_BODY
					&& (read = in.read(buffer, 0, Math.min(buffer.length, ErrorDecoder.MAX_BODY - body.size()))) != -1) {
				body.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			logger.debug("Reading an error body failed after " + body.size() + " bytes: " + ex);
		}
		return body.toByteArray();
	}

	private static String version() {
		String version = ApiInvoker.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "dev";
	}

	@Override
	public String toString() {
		Map<String, String> shown = new LinkedHashMap<>();
		this.defaultHeaders.keySet().forEach((name) -> shown.put(name, "***"));
		return "ApiInvoker[baseUrl=" + this.transport.baseUrl() + ", credentials=" + this.authenticator.credentials()
				+ ", headers=" + shown.keySet() + "]";
	}

}
