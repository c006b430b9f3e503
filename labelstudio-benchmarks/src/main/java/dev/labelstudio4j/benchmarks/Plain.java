package dev.labelstudio4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityTemplate;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baselines: the same calls as the client makes, written as plainly as a careful engineer would,
 * with Jackson 3 (snake_case, unknown properties ignored) into the client's own record types, and
 * without retries, observations or error mapping beyond "404 ends the paging". One implementation
 * per HTTP stack; each is thread-safe.
 */
public abstract class Plain implements AutoCloseable {

	/** The mapper settings every baseline uses. */
	public static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final String AUTHORIZATION = "Token " + Fixtures.API_KEY;

	protected final String baseUrl;

	protected Plain(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * {@code GET path}, read into {@code type}.
	 * @param path the path and query
	 * @param type the answer's type
	 * @return the answer, or {@code null} on a 404
	 */
	public abstract <T> @Nullable T get(String path, Class<T> type);

	/**
	 * {@code POST path} with a JSON array of the tasks.
	 * @param path the path and query
	 * @param tasks the tasks, serialized one by one
	 * @param type the answer's type
	 * @return the answer
	 */
	public abstract <T> T postArray(String path, Stream<?> tasks, Class<T> type);

	@Override
	public void close() {
	}

	static void writeArray(OutputStream out, Stream<?> items) {
		try (JsonGenerator generator = MAPPER.createGenerator(out)) {
			generator.writeStartArray();
			items.forEach(generator::writePOJO);
			generator.writeEndArray();
		}
	}

	static IllegalStateException unexpected(int status) {
		return new IllegalStateException("Unexpected HTTP status " + status);
	}

	/** The JDK {@link HttpClient}: one client, bodies as byte arrays. */
	public static final class Jdk extends Plain {

		private final HttpClient client;

		/**
		 * A baseline on the JDK client.
		 * @param baseUrl the server
		 */
		public Jdk(String baseUrl) {
			super(baseUrl);
			this.client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
		}

		@Override
		public <T> @Nullable T get(String path, Class<T> type) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.header("Authorization", AUTHORIZATION)
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(60))
				.build();
			HttpResponse<byte[]> response = send(request);
			if (response.statusCode() == 404) {
				return null;
			}
			if (response.statusCode() != 200) {
				throw unexpected(response.statusCode());
			}
			return MAPPER.readValue(response.body(), type);
		}

		@Override
		public <T> T postArray(String path, Stream<?> tasks, Class<T> type) {
			// the JDK client takes a body from a publisher, not an output stream: the body is serialized
			// first, into 1 MiB chunks (one growing array peaked above the benchmark's 256 MB heap)
			Chunks body = new Chunks();
			writeArray(body, tasks);
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.header("Authorization", AUTHORIZATION)
				.header("Accept", "application/json")
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(body.chunks()),
						body.length()))
				.build();
			HttpResponse<byte[]> response = send(request);
			if (response.statusCode() != 201) {
				throw unexpected(response.statusCode());
			}
			return MAPPER.readValue(response.body(), type);
		}

		private HttpResponse<byte[]> send(HttpRequest request) {
			try {
				return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** Bytes written, kept in chunks of 1 MiB. */
	static final class Chunks extends OutputStream {

		private static final int CHUNK = 1 << 20;

		private final List<byte[]> full = new ArrayList<>();

		private byte[] current = new byte[CHUNK];

		private int used;

		private long length;

		@Override
		public void write(int b) {
			if (this.used == CHUNK) {
				next();
			}
			this.current[this.used++] = (byte) b;
			this.length++;
		}

		@Override
		public void write(byte[] bytes, int offset, int count) {
			while (count > 0) {
				if (this.used == CHUNK) {
					next();
				}
				int n = Math.min(count, CHUNK - this.used);
				System.arraycopy(bytes, offset, this.current, this.used, n);
				this.used += n;
				offset += n;
				count -= n;
				this.length += n;
			}
		}

		private void next() {
			this.full.add(this.current);
			this.current = new byte[CHUNK];
			this.used = 0;
		}

		List<byte[]> chunks() {
			List<byte[]> chunks = new ArrayList<>(this.full);
			chunks.add(Arrays.copyOf(this.current, this.used));
			return chunks;
		}

		long length() {
			return this.length;
		}

	}

	/** {@link HttpURLConnection} (the JDK's keep-alive cache), streaming bodies. */
	public static final class UrlConnection extends Plain {

		public UrlConnection(String baseUrl) {
			super(baseUrl);
		}

		@Override
		public <T> @Nullable T get(String path, Class<T> type) {
			try {
				HttpURLConnection connection = open(path);
				int status = connection.getResponseCode();
				if (status != 200) {
					discard(connection.getErrorStream());
					if (status == 404) {
						return null;
					}
					throw unexpected(status);
				}
				try (InputStream in = connection.getInputStream()) {
					return MAPPER.readValue(in, type);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public <T> T postArray(String path, Stream<?> tasks, Class<T> type) {
			try {
				HttpURLConnection connection = open(path);
				connection.setRequestMethod("POST");
				connection.setRequestProperty("Content-Type", "application/json");
				connection.setDoOutput(true);
				connection.setChunkedStreamingMode(64 * 1024);
				try (OutputStream out = connection.getOutputStream()) {
					writeArray(out, tasks);
				}
				int status = connection.getResponseCode();
				if (status != 201) {
					discard(connection.getErrorStream());
					throw unexpected(status);
				}
				try (InputStream in = connection.getInputStream()) {
					return MAPPER.readValue(in, type);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private HttpURLConnection open(String path) throws IOException {
			HttpURLConnection connection = (HttpURLConnection) new URL(this.baseUrl + path).openConnection();
			connection.setConnectTimeout(10_000);
			connection.setReadTimeout(60_000);
			connection.setRequestProperty("Authorization", AUTHORIZATION);
			connection.setRequestProperty("Accept", "application/json");
			return connection;
		}

		private static void discard(@Nullable InputStream in) throws IOException {
			if (in != null) {
				try (in) {
					in.transferTo(OutputStream.nullOutputStream());
				}
			}
		}

	}

	/** Apache HttpClient 5 (classic), pooled connections, streaming bodies. */
	public static final class Apache extends Plain {

		private final CloseableHttpClient client;

		public Apache(String baseUrl) {
			super(baseUrl);
			this.client = pooledClient();
		}

		/** A pooled client allowing 64 connections to the server (the default allows 5). */
		public static CloseableHttpClient pooledClient() {
			return HttpClients.custom()
				.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
					.setMaxConnPerRoute(64)
					.setMaxConnTotal(64)
					.build())
				.build();
		}

		@Override
		public <T> @Nullable T get(String path, Class<T> type) {
			HttpGet request = new HttpGet(this.baseUrl + path);
			request.setHeader("Authorization", AUTHORIZATION);
			request.setHeader("Accept", "application/json");
			try {
				return this.client.execute(request, (response) -> {
					int status = response.getCode();
					if (status == 404) {
						EntityUtils.consume(response.getEntity());
						return null;
					}
					if (status != 200) {
						throw unexpected(status);
					}
					try (InputStream in = response.getEntity().getContent()) {
						return MAPPER.readValue(in, type);
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public <T> T postArray(String path, Stream<?> tasks, Class<T> type) {
			HttpPost request = new HttpPost(this.baseUrl + path);
			request.setHeader("Authorization", AUTHORIZATION);
			request.setHeader("Accept", "application/json");
			request.setEntity(new EntityTemplate(-1, ContentType.APPLICATION_JSON, null, (out) -> writeArray(out, tasks)));
			try {
				return this.client.execute(request, (response) -> {
					int status = response.getCode();
					if (status != 201) {
						throw unexpected(status);
					}
					try (InputStream in = response.getEntity().getContent()) {
						return MAPPER.readValue(in, type);
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				this.client.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
