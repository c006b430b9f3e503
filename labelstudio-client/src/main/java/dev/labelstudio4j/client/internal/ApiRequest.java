package dev.labelstudio4j.client.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import dev.labelstudio4j.client.RequestOptions;

/**
 * One API call, described as data: the operation name ({@code projects.get}), the HTTP method, the URI
 * template ({@code /api/projects/{id}/}) and its variables, query parameters, body, response handler
 * and per-call options. Resource clients build these; {@link ApiInvoker} runs them.
 *
 * @param <T> the result type
 */
public final class ApiRequest<T> {

	private final String operation;

	private final String resource;

	private final HttpMethod method;

	private final String uriTemplate;

	private final Map<String, Object> pathVariables;

	private final List<QueryParam> query;

	private final @Nullable RequestBody body;

	private final ResponseHandler<T> handler;

	private final RequestOptions options;

	private ApiRequest(Builder builder, ResponseHandler<T> handler) {
		this.operation = builder.operation;
		int dot = this.operation.indexOf('.');
		this.resource = (dot > 0) ? this.operation.substring(0, dot) : this.operation;
		this.method = builder.method;
		this.uriTemplate = builder.uriTemplate;
		this.pathVariables = Collections.unmodifiableMap(new LinkedHashMap<>(builder.pathVariables));
		this.query = List.copyOf(builder.query);
		this.body = builder.body;
		this.handler = handler;
		this.options = builder.options;
	}

	public static Builder get(String operation, String uriTemplate) {
		return new Builder(operation, HttpMethod.GET, uriTemplate);
	}

	public static Builder post(String operation, String uriTemplate) {
		return new Builder(operation, HttpMethod.POST, uriTemplate);
	}

	public static Builder patch(String operation, String uriTemplate) {
		return new Builder(operation, HttpMethod.PATCH, uriTemplate);
	}

	public static Builder put(String operation, String uriTemplate) {
		return new Builder(operation, HttpMethod.PUT, uriTemplate);
	}

	public static Builder delete(String operation, String uriTemplate) {
		return new Builder(operation, HttpMethod.DELETE, uriTemplate);
	}

	public String operation() {
		return this.operation;
	}

	public String resource() {
		return this.resource;
	}

	public HttpMethod method() {
		return this.method;
	}

	public String uriTemplate() {
		return this.uriTemplate;
	}

	public Map<String, Object> pathVariables() {
		return this.pathVariables;
	}

	public List<QueryParam> query() {
		return this.query;
	}

	public @Nullable RequestBody body() {
		return this.body;
	}

	public ResponseHandler<T> handler() {
		return this.handler;
	}

	public RequestOptions options() {
		return this.options;
	}

	@Override
	public String toString() {
		return this.operation + " " + this.method + " " + this.uriTemplate;
	}

	/** A query parameter; repeated names are allowed. */
	public record QueryParam(String name, String value) {
	}

	/** Builder; finished by one of the {@code returns...} methods. */
	public static final class Builder {

		private final String operation;

		private final HttpMethod method;

		private final String uriTemplate;

		private final Map<String, Object> pathVariables = new LinkedHashMap<>();

		private final List<QueryParam> query = new ArrayList<>();

		private @Nullable RequestBody body;

		private RequestOptions options = RequestOptions.none();

		private Builder(String operation, HttpMethod method, String uriTemplate) {
			this.operation = Args.notBlank(operation, "operation");
			this.method = method;
			if (!uriTemplate.startsWith("/")) {
				throw new IllegalArgumentException("uriTemplate must start with '/'");
			}
			this.uriTemplate = uriTemplate;
		}

		/** A URI template variable, encoded as (part of) one path segment. */
		public Builder path(String name, Object value) {
			this.pathVariables.put(name, Args.requireNonNull(value, name));
			return this;
		}

		/** A query parameter; {@code null} values are left out. */
		public Builder query(String name, @Nullable Object value) {
			if (value != null) {
				this.query.add(new QueryParam(name, String.valueOf(value)));
			}
			return this;
		}

		/** A JSON body, written by the client's mapper. */
		public Builder jsonBody(Object value) {
			this.body = RequestBody.json(value);
			return this;
		}

		public Builder body(RequestBody body) {
			this.body = body;
			return this;
		}

		public Builder options(@Nullable RequestOptions options) {
			this.options = (options != null) ? options : RequestOptions.none();
			return this;
		}

		public <T> ApiRequest<T> returns(ResponseHandler<T> handler) {
			return new ApiRequest<>(this, handler);
		}

		public <T> ApiRequest<T> returns(Class<T> type) {
			return returns(ResponseHandler.json(type));
		}

		public <E> ApiRequest<List<E>> returnsListOf(Class<E> elementType) {
			return returns(ResponseHandler.listOf(elementType));
		}

		public ApiRequest<@Nullable Void> returnsNothing() {
			return returns(ResponseHandler.discard());
		}

	}

}
