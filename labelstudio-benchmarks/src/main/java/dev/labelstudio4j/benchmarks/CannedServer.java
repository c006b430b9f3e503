package dev.labelstudio4j.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local Label Studio stand-in on {@code 127.0.0.1} that answers from canned bytes, so that what a
 * benchmark measures is the client. It serves:
 * <ul>
 * <li>{@code GET /api/projects/{id}/}: a project;</li>
 * <li>{@code GET /api/tasks/?project=..&page=N&page_size=100}: the same page of 100 tasks for
 * {@code N} up to the last page, then {@code 404 {"detail": "Invalid page."}};</li>
 * <li>{@code POST /api/projects/{id}/import}: reads and counts the body, discards it and answers
 * {@code 201} with an import summary.</li>
 * </ul>
 * Two implementations with the same answers: {@link Kind#SOCKET} (the default), a minimal HTTP/1.1
 * keep-alive server with one blocking thread per connection, and {@link Kind#JDK}, the JDK's
 * {@link HttpServer} with a thread pool, whose selector hand-offs add more to each call than the fastest
 * client takes (see the README). Choose with {@code -Dlabelstudio.bench.server=socket|jdk}.
 */
public abstract class CannedServer implements AutoCloseable {

	static {
		// Without it the JDK server leaves Nagle's algorithm on and answers can wait for delayed ACKs.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	/** The implementations. */
	public enum Kind {

		/** One blocking thread per keep-alive connection, hand-written HTTP/1.1. */
		SOCKET,

		/** {@code com.sun.net.httpserver.HttpServer} with a fixed thread pool. */
		JDK

	}

	private static final byte[] PROJECT = Fixtures.project();

	private static final byte[] INVALID_PAGE = Fixtures.invalidPage();

	private static final byte[] IMPORT_RESULT = Fixtures.importResult();

	private static final byte[] NOT_FOUND = "{\"detail\":\"Not found.\"}".getBytes(StandardCharsets.US_ASCII);

	private final byte[] taskPage;

	private final int pages;

	private final AtomicLong importedBytes = new AtomicLong();

	CannedServer(int totalTasks) {
		this.pages = (totalTasks + Fixtures.PAGE_SIZE - 1) / Fixtures.PAGE_SIZE;
		this.taskPage = Fixtures.taskPage(totalTasks);
	}

	/**
	 * Start a server of the kind named by {@code labelstudio.bench.server} (default {@code socket}).
	 * @param totalTasks the {@code total} the task pages report; pages past it answer 404
	 * @param threads worker threads of the JDK server (the socket server has one per connection)
	 * @return the running server
	 * @throws IOException when it cannot listen
	 */
	public static CannedServer start(int totalTasks, int threads) throws IOException {
		String kind = System.getProperty("labelstudio.bench.server", "socket");
		return start(Kind.valueOf(kind.toUpperCase(Locale.ROOT)), totalTasks, threads);
	}

	/**
	 * Start a server.
	 * @param kind the implementation
	 * @param totalTasks the {@code total} the task pages report; pages past it answer 404
	 * @param threads worker threads of the JDK server
	 * @return the running server
	 * @throws IOException when it cannot listen
	 */
	public static CannedServer start(Kind kind, int totalTasks, int threads) throws IOException {
		return (kind == Kind.JDK) ? new Jdk(totalTasks, threads) : new Sockets(totalTasks);
	}

	/** The base URL, for example {@code http://127.0.0.1:41234}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	public abstract int port();

	/** Bytes received by the import endpoint since the server started. */
	public long importedBytes() {
		return this.importedBytes.get();
	}

	/** Size of one page of tasks, in bytes. */
	public int taskPageBytes() {
		return this.taskPage.length;
	}

	/** The answer to a request whose body has been read (and counted). */
	record Answer(int status, byte[] body) {
	}

	Answer route(String method, String path, String query, long bodyBytes) {
		if (method.equals("GET") && path.startsWith("/api/projects/") && path.endsWith("/")) {
			return new Answer(200, PROJECT);
		}
		if (method.equals("GET") && path.equals("/api/tasks/")) {
			int page = pageOf(query);
			return (page >= 1 && page <= this.pages) ? new Answer(200, this.taskPage) : new Answer(404, INVALID_PAGE);
		}
		if (method.equals("POST") && path.startsWith("/api/projects/") && path.endsWith("/import")) {
			this.importedBytes.addAndGet(bodyBytes);
			return new Answer(201, IMPORT_RESULT);
		}
		return new Answer(404, NOT_FOUND);
	}

	private static int pageOf(String query) {
		if (query == null) {
			return 1;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith("page=")) {
				return Integer.parseInt(pair.substring(5));
			}
		}
		return 1;
	}

	static long drain(InputStream in) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
			total += read;
		}
		return total;
	}

	/**
	 * Run a server until the process is stopped, for trying clients by hand.
	 * @param args optional: {@code socket|jdk}, total tasks
	 * @throws Exception on failure
	 */
	public static void main(String[] args) throws Exception {
		Kind kind = (args.length > 0) ? Kind.valueOf(args[0].toUpperCase(Locale.ROOT)) : Kind.SOCKET;
		int total = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		CannedServer server = start(kind, total, 16);
		System.out.println("Serving canned Label Studio answers at " + server.baseUrl());
		Thread.currentThread().join();
	}

	/** The JDK's {@link HttpServer} with a fixed thread pool. */
	static final class Jdk extends CannedServer {

		private final HttpServer server;

		private final ExecutorService executor;

		Jdk(int totalTasks, int threads) throws IOException {
			super(totalTasks);
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
			this.executor = Executors.newFixedThreadPool(threads, Clients.daemon("canned-server"));
			this.server.setExecutor(this.executor);
			this.server.createContext("/", this::handle);
			this.server.start();
		}

		@Override
		public int port() {
			return this.server.getAddress().getPort();
		}

		private void handle(HttpExchange exchange) throws IOException {
			try (exchange) {
				long bodyBytes = drain(exchange.getRequestBody());
				Answer answer = route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
						exchange.getRequestURI().getRawQuery(), bodyBytes);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(answer.status(), answer.body().length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(answer.body());
				}
			}
		}

		@Override
		public void close() {
			this.server.stop(0);
			this.executor.shutdownNow();
			try {
				this.executor.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/**
	 * A minimal HTTP/1.1 server: one blocking thread per connection, keep-alive, {@code Content-Length}
	 * and chunked request bodies, {@code Expect: 100-continue}; each answer leaves in one write.
	 */
	static final class Sockets extends CannedServer {

		private final ServerSocket serverSocket;

		private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

		private final Thread acceptor;

		Sockets(int totalTasks) throws IOException {
			super(totalTasks);
			this.serverSocket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
			this.acceptor = Clients.daemon("canned-server-accept").newThread(this::accept);
			this.acceptor.start();
		}

		@Override
		public int port() {
			return this.serverSocket.getLocalPort();
		}

		private void accept() {
			while (!this.serverSocket.isClosed()) {
				try {
					Socket socket = this.serverSocket.accept();
					socket.setTcpNoDelay(true);
					this.connections.add(socket);
					Clients.daemon("canned-server").newThread(() -> serve(socket)).start();
				}
				catch (IOException ex) {
					// closed
				}
			}
		}

		private void serve(Socket socket) {
			try (socket) {
				InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
				OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
				byte[] buffer = new byte[64 * 1024];
				StringBuilder line = new StringBuilder(256);
				while (true) {
					String requestLine = readLine(in, line);
					if (requestLine == null) {
						return;
					}
					if (requestLine.isEmpty()) {
						continue;
					}
					long contentLength = 0;
					boolean chunked = false;
					boolean close = false;
					boolean expectContinue = false;
					for (String header = readLine(in, line); header != null && !header.isEmpty(); header = readLine(in,
							line)) {
						int colon = header.indexOf(':');
						if (colon < 0) {
							continue;
						}
						String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
						String value = header.substring(colon + 1).trim();
						switch (name) {
							case "content-length" -> contentLength = Long.parseLong(value);
							case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
							case "connection" -> close = value.equalsIgnoreCase("close");
							case "expect" -> expectContinue = value.equalsIgnoreCase("100-continue");
							default -> {
							}
						}
					}
					if (expectContinue) {
						out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
						out.flush();
					}
					long bodyBytes = chunked ? readChunked(in, line, buffer) : skip(in, contentLength, buffer);
					String[] parts = requestLine.split(" ");
					String target = parts[1];
					int question = target.indexOf('?');
					String path = (question < 0) ? target : target.substring(0, question);
					String query = (question < 0) ? null : target.substring(question + 1);
					Answer answer = route(parts[0], path, query, bodyBytes);
					out.write(("HTTP/1.1 " + answer.status() + ((answer.status() < 300) ? " OK" : " Not Found")
							+ "\r\nContent-Type: application/json\r\nContent-Length: " + answer.body().length
							+ (close ? "\r\nConnection: close" : "") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
					out.write(answer.body());
					out.flush();
					if (close) {
						return;
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// the client went away
			}
			finally {
				this.connections.remove(socket);
			}
		}

		private static long skip(InputStream in, long length, byte[] buffer) throws IOException {
			long remaining = length;
			while (remaining > 0) {
				int read = in.read(buffer, 0, (int) Math.min(remaining, buffer.length));
				if (read == -1) {
					throw new IOException("connection closed in a body");
				}
				remaining -= read;
			}
			return length;
		}

		private static long readChunked(InputStream in, StringBuilder line, byte[] buffer) throws IOException {
			long total = 0;
			while (true) {
				String size = readLine(in, line);
				if (size == null) {
					throw new IOException("connection closed in a chunked body");
				}
				int semicolon = size.indexOf(';');
				long length = Long.parseLong(((semicolon < 0) ? size : size.substring(0, semicolon)).trim(), 16);
				if (length == 0) {
					for (String trailer = readLine(in, line); trailer != null && !trailer.isEmpty(); trailer = readLine(
							in, line)) {
						// trailers are ignored
					}
					return total;
				}
				total += skip(in, length, buffer);
				readLine(in, line);
			}
		}

		/** A CRLF- (or LF-) terminated ASCII line, or {@code null} at the end of the stream. */
		private static String readLine(InputStream in, StringBuilder line) throws IOException {
			line.setLength(0);
			while (true) {
				int b = in.read();
				if (b == -1) {
					return (line.length() == 0) ? null : line.toString();
				}
				if (b == '\n') {
					return line.toString();
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
		}

		@Override
		public void close() throws IOException {
			this.serverSocket.close();
			for (Socket socket : this.connections) {
				socket.close();
			}
		}

	}

}
