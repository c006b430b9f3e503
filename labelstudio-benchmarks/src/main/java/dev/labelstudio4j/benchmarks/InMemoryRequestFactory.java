package dev.labelstudio4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A request factory that answers every request with the same bytes, without any I/O: under the client
 * it leaves only the client's own work (URI, headers, retry, observation, JSON) to measure.
 */
final class InMemoryRequestFactory implements ClientHttpRequestFactory {

	private final byte[] body;

	InMemoryRequestFactory(byte[] body) {
		this.body = body;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
		return new Request(uri, method, this.body);
	}

	private record Request(URI uri, HttpMethod method, byte[] answer, HttpHeaders headers,
			Map<String, Object> attributes) implements ClientHttpRequest {

		Request(URI uri, HttpMethod method, byte[] answer) {
			this(uri, method, answer, new HttpHeaders(), new HashMap<>());
		}

		@Override
		public ClientHttpResponse execute() {
			return new Response(this.answer);
		}

		@Override
		public OutputStream getBody() {
			return OutputStream.nullOutputStream();
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

	}

	private static final class Response implements ClientHttpResponse {

		private final HttpHeaders headers = new HttpHeaders();

		private final InputStream body;

		Response(byte[] body) {
			this.body = new ByteArrayInputStream(body);
			this.headers.setContentType(MediaType.APPLICATION_JSON);
			this.headers.setContentLength(body.length);
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatus.OK;
		}

		@Override
		public String getStatusText() {
			return "OK";
		}

		@Override
		public InputStream getBody() {
			return this.body;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public void close() {
		}

	}

}
