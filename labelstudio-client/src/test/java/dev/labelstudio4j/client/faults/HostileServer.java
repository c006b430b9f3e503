package dev.labelstudio4j.client.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP/1.1 server on 127.0.0.1 that answers a few Label Studio endpoints and misbehaves on a
 * seeded schedule: resets before, during and after the request body, empty replies, 5xx, 408, 429 and
 * 503 with {@code Retry-After}, HTML 502s, stalled and cut response bodies, malformed JSON, failing token
 * refreshes, and uploads it stops reading. It counts what a real server would have processed per
 * request id (a {@code rid-t<thread>-<n>} in the body; import tasks carry it under {@code rid}), every exchange id the client sent ({@value #EXCHANGE_HEADER}),
 * and the access tokens it issued (secrets the log must never show).
 */
final class HostileServer implements AutoCloseable {

	static final String EXCHANGE_HEADER = "X-Test-Exchange";

	/** Items of the paged project list. */
	static final int LIST_SIZE = 23;

	/** A request id as the suite writes them into bodies ({@code rid-t3-00042}). */
	private static final Pattern RID = Pattern.compile("rid-t\\d+-\\d+");

	private static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");

	private static final Pattern PAGE_SIZE = Pattern.compile("[?&]page_size=(\\d+)");

	enum Fault {

		NONE, RESET_BEFORE_BODY, RESET_MID_BODY, STOP_READING, RESET_AFTER_BODY, EMPTY_REPLY, STATUS_500,
		STATUS_408, STATUS_429, STATUS_503, HTML_502, STALL_HEADERS, CUT_BODY, STALL_BODY, MALFORMED_JSON

	}

	private final ServerSocket server;

	private final ExecutorService connections;

	private final Thread acceptor;

	private final long seed;

	private final Duration stall;

	private final String legacyKey;

	private final String personalAccessToken;

	private final AtomicLong requestNumber = new AtomicLong();

	private volatile boolean faults = true;

	private volatile boolean closed;

	final Map<String, AtomicInteger> processedWrites = new ConcurrentHashMap<>();

	final Map<String, AtomicInteger> writeRequests = new ConcurrentHashMap<>();

	final Set<String> exchangeIds = ConcurrentHashMap.newKeySet();

	final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();

	final Map<Fault, AtomicInteger> faultsServed = new ConcurrentHashMap<>();

	final AtomicInteger unauthorized = new AtomicInteger();

	final AtomicInteger refreshes = new AtomicInteger();

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	HostileServer(long seed, Duration stall, String legacyKey, String personalAccessToken) throws IOException {
		this.seed = seed;
		this.stall = stall;
		this.legacyKey = legacyKey;
		this.personalAccessToken = personalAccessToken;
		this.server = new ServerSocket();
		// small buffers, so that an upload the server does not read fills them within a few hundred KB
		this.server.setReceiveBufferSize(16 * 1024);
		this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
		AtomicInteger threads = new AtomicInteger();
		this.connections = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "hostile-server-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.acceptor = new Thread(this::accept, "hostile-server-accept");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getLocalPort();
	}

	/** Misbehave (the default) or answer every request properly. */
	void faults(boolean on) {
		this.faults = on;
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket socket = this.server.accept();
				socket.setSendBufferSize(16 * 1024);
				this.open.add(socket);
				this.connections.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			while (!this.closed) {
				Request request = readHead(in);
				if (request == null) {
					return;
				}
				if (!handle(request, socket, in, out)) {
					return;
				}
			}
		}
		catch (IOException ex) {
			// the client went away or a fault closed the connection
		}
		finally {
			this.open.remove(socket);
		}
	}

	/** Answers one request; false when the connection must end. */
	private boolean handle(Request request, Socket socket, InputStream in, OutputStream out) throws IOException {
		String exchange = request.headers.get(EXCHANGE_HEADER.toLowerCase(Locale.ROOT));
		if (exchange != null) {
			this.exchangeIds.add(exchange);
		}
		Random random = new Random(this.seed * 31 + this.requestNumber.incrementAndGet());
		String path = request.target;
		boolean refresh = request.method.equals("POST") && path.equals("/api/token/refresh/");
		boolean upload = request.method.equals("POST") && path.matches("/api/projects/\\d+/import.*");
		boolean create = request.method.equals("POST") && path.equals("/api/projects/");
		boolean list = request.method.equals("GET") && path.startsWith("/api/projects/?");
		int page = list ? intParam(PAGE, path, 1) : 0;
		boolean pastLastPage = list && (page - 1) * intParam(PAGE_SIZE, path, 100) >= LIST_SIZE;
		Fault fault = this.faults ? pick(random, refresh, upload, create, pastLastPage) : Fault.NONE;
		this.faultsServed.computeIfAbsent(fault, (f) -> new AtomicInteger()).incrementAndGet();
		if (fault == Fault.RESET_BEFORE_BODY) {
			reset(socket);
			return false;
		}
		if (fault == Fault.STOP_READING) {
			// long enough that a client without a bound on the write would overrun its bound
			sleep(this.stall.multipliedBy(7));
			reset(socket);
			return false;
		}
		BodyScan body = readBody(request, in, (fault == Fault.RESET_MID_BODY) ? 256 * 1024 : Long.MAX_VALUE);
		if (fault == Fault.RESET_MID_BODY) {
			reset(socket);
			return false;
		}
		if (!refresh && !authorized(request)) {
			this.unauthorized.incrementAndGet();
			respond(out, 401, "application/json", "{\"detail\":\"Invalid token.\"}");
			return true;
		}
		boolean write = create || upload;
		if (write && body.rid != null) {
			this.writeRequests.computeIfAbsent(body.rid, (r) -> new AtomicInteger()).incrementAndGet();
		}
		switch (fault) {
			case STATUS_408 -> {
				respond(out, 408, "application/json", "{\"detail\":\"Request timeout\"}");
				return true;
			}
			case STATUS_429 -> {
				respond(out, 429, "application/json", "{\"detail\":\"Throttled\"}", "Retry-After: 1");
				return true;
			}
			case STATUS_503 -> {
				respond(out, 503, "application/json", "{\"detail\":\"Unavailable\"}", "Retry-After: 0");
				return true;
			}
			case HTML_502 -> {
				respond(out, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
				return true;
			}
			default -> {
			}
		}
		if (write && body.rid != null) {
			// from here on the server has acted on the request, whatever the client hears
			this.processedWrites.computeIfAbsent(body.rid, (r) -> new AtomicInteger()).incrementAndGet();
		}
		String answer;
		int status = 200;
		if (refresh) {
			this.refreshes.incrementAndGet();
			if (!body.text.contains(this.personalAccessToken)) {
				respond(out, 401, "application/json", "{\"detail\":\"Token is invalid or expired\"}");
				return true;
			}
			String access = accessToken();
			this.issuedTokens.add(access);
			answer = "{\"access\":\"" + access + "\"}";
		}
		else if (upload) {
			status = 201;
			answer = "{\"task_count\":" + body.count + ",\"annotation_count\":0,\"prediction_count\":0}";
		}
		else if (create) {
			status = 201;
			answer = "{\"id\":" + (1000 + this.requestNumber.get()) + ",\"title\":\"" + body.rid + "\"}";
		}
		else if (list) {
			if (pastLastPage) {
				status = 404;
				answer = "{\"id\":\"8d2f\",\"status_code\":404,\"version\":\"1.20.0\",\"detail\":\"Invalid page.\",\"exc_info\":null}";
			}
			else {
				answer = page(path, page);
			}
		}
		else if (path.startsWith("/api/projects/")) {
			answer = "{\"id\":7,\"title\":\"Faults\",\"task_number\":3}";
		}
		else if (path.startsWith("/api/current-user/whoami")) {
			answer = "{\"id\":1,\"username\":\"ann\",\"email\":\"ann@example.com\"}";
		}
		else {
			respond(out, 404, "application/json", "{\"detail\":\"Not found.\"}");
			return true;
		}
		if (fault == Fault.STATUS_500) {
			respond(out, 500, "application/json", "{\"detail\":\"Internal server error\"}");
			return true;
		}
		switch (fault) {
			case RESET_AFTER_BODY -> {
				reset(socket);
				return false;
			}
			case EMPTY_REPLY -> {
				return false;
			}
			case STALL_HEADERS -> {
				sleep(this.stall);
				return false;
			}
			case CUT_BODY -> {
				byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
				head(out, status, "application/json", bytes.length + 100);
				out.write(bytes, 0, bytes.length / 2);
				out.flush();
				return false;
			}
			case STALL_BODY -> {
				byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
				head(out, status, "application/json", bytes.length);
				out.write(bytes, 0, bytes.length / 2);
				out.flush();
				sleep(this.stall);
				return false;
			}
			case MALFORMED_JSON -> {
				respond(out, status, "application/json", answer.substring(0, answer.length() / 2) + "\u00ff]");
				return true;
			}
			default -> {
				respond(out, status, "application/json", answer);
				return true;
			}
		}
	}

	private static Fault pick(Random random, boolean refresh, boolean upload, boolean create, boolean pastLastPage) {
		if (pastLastPage) {
			return random.nextInt(10) < 4 ? Fault.CUT_BODY : Fault.NONE;
		}
		if (refresh) {
			return weighted(random, Map.of(Fault.NONE, 70, Fault.STATUS_500, 8, Fault.RESET_AFTER_BODY, 6,
					Fault.MALFORMED_JSON, 6, Fault.STALL_HEADERS, 5, Fault.EMPTY_REPLY, 5));
		}
		if (upload) {
			return weighted(random,
					Map.of(Fault.NONE, 46, Fault.RESET_BEFORE_BODY, 6, Fault.RESET_MID_BODY, 10, Fault.STOP_READING, 10,
							Fault.RESET_AFTER_BODY, 8, Fault.STATUS_500, 5, Fault.STATUS_503, 5, Fault.STALL_HEADERS, 5,
							Fault.EMPTY_REPLY, 5));
		}
		Map<Fault, Integer> weights = new LinkedHashMap<>();
		weights.put(Fault.NONE, 52);
		weights.put(Fault.RESET_BEFORE_BODY, 3);
		weights.put(Fault.RESET_AFTER_BODY, create ? 4 : 2);
		weights.put(Fault.EMPTY_REPLY, 3);
		weights.put(Fault.STATUS_500, 4);
		weights.put(Fault.STATUS_408, 3);
		weights.put(Fault.STATUS_429, 2);
		weights.put(Fault.STATUS_503, 3);
		weights.put(Fault.HTML_502, 3);
		weights.put(Fault.STALL_HEADERS, 3);
		weights.put(Fault.CUT_BODY, 4);
		weights.put(Fault.STALL_BODY, 3);
		weights.put(Fault.MALFORMED_JSON, 3);
		return weighted(random, weights);
	}

	private static Fault weighted(Random random, Map<Fault, Integer> weights) {
		// a fixed order, so that a seed always gives the same schedule
		List<Fault> order = List.of(Fault.values());
		int total = weights.values().stream().mapToInt(Integer::intValue).sum();
		int pick = random.nextInt(total);
		for (Fault fault : order) {
			int weight = weights.getOrDefault(fault, 0);
			if (pick < weight) {
				return fault;
			}
			pick -= weight;
		}
		return Fault.NONE;
	}

	private String page(String path, int page) {
		int size = intParam(PAGE_SIZE, path, 100);
		StringBuilder results = new StringBuilder();
		for (int id = (page - 1) * size + 1; id <= Math.min(LIST_SIZE, page * size); id++) {
			results.append((results.length() > 0) ? "," : "").append("{\"id\":").append(id).append(",\"title\":\"p")
				.append(id)
				.append("\"}");
		}
		// always a next link: the walk ends on the server's 404 Invalid page., as with a server whose
		// count changed under the client
		return "{\"next\":\"" + baseUrl() + "/api/projects/?page=" + (page + 1) + "&page_size=" + size
				+ "\",\"previous\":null,\"results\":[" + results + "]}";
	}

	private boolean authorized(Request request) {
		String authorization = request.headers.get("authorization");
		if (authorization == null) {
			return false;
		}
		if (authorization.equals("Token " + this.legacyKey)) {
			return true;
		}
		return authorization.startsWith("Bearer ") && this.issuedTokens.contains(authorization.substring(7));
	}

	private String accessToken() {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		long exp = Instant.now().plusSeconds(3).getEpochSecond();
		String payload = "{\"token_type\":\"access\",\"exp\":" + exp + ",\"jti\":\"" + this.requestNumber.get()
				+ "\",\"user_id\":1}";
		return encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(("accesssig-" + this.requestNumber.get() + "-" + System.nanoTime())
					.getBytes(StandardCharsets.UTF_8));
	}

	private static int intParam(Pattern pattern, String path, int defaultValue) {
		Matcher matcher = pattern.matcher(path);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : defaultValue;
	}

	private static void head(OutputStream out, int status, String contentType, long contentLength, String... extra)
			throws IOException {
		StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
			.append("\r\nContent-Type: ")
			.append(contentType)
			.append("\r\nContent-Length: ")
			.append(contentLength)
			.append("\r\n");
		for (String header : extra) {
			head.append(header).append("\r\n");
		}
		out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
	}

	private static void respond(OutputStream out, int status, String contentType, String body, String... extra)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		head(out, status, contentType, bytes.length, extra);
		out.write(bytes);
		out.flush();
	}

	private static String reason(int status) {
		return switch (status) {
			case 200 -> "OK";
			case 201 -> "Created";
			case 401 -> "Unauthorized";
			case 404 -> "Not Found";
			case 408 -> "Request Timeout";
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			default -> "Status";
		};
	}

	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
			socket.close();
		}
		catch (IOException ex) {
			// closed already
		}
	}

	private void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Request readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b == -1) {
				return null;
			}
			head.write(b);
			matched = (b == ((matched % 2 == 0) ? '\r' : '\n')) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		String[] requestLine = lines[0].split(" ");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim());
			}
		}
		return new Request(requestLine[0], requestLine[1], headers);
	}

	/**
	 * Reads the body (up to {@code limit} bytes), keeping its first 4 KB to find the request id and
	 * counting task objects of an import by their {@code rid} keys.
	 */
	private static BodyScan readBody(Request request, InputStream in, long limit) throws IOException {
		BodyScan scan = new BodyScan();
		String length = request.headers.get("content-length");
		if (length != null) {
			long remaining = Math.min(Long.parseLong(length), limit);
			byte[] buffer = new byte[16 * 1024];
			while (remaining > 0) {
				int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
				if (read == -1) {
					throw new SocketException("body ended early");
				}
				scan.add(buffer, read);
				remaining -= read;
			}
		}
		else if ("chunked".equalsIgnoreCase(request.headers.get("transfer-encoding"))) {
			long total = 0;
			while (true) {
				String size = line(in);
				int chunk = Integer.parseInt(size.split(";")[0].trim(), 16);
				if (chunk == 0) {
					while (!line(in).isEmpty()) {
						// trailers
					}
					break;
				}
				byte[] buffer = new byte[chunk];
				int offset = 0;
				while (offset < chunk) {
					int read = in.read(buffer, offset, chunk - offset);
					if (read == -1) {
						throw new SocketException("body ended early");
					}
					offset += read;
				}
				scan.add(buffer, chunk);
				line(in);
				total += chunk;
				if (total >= limit) {
					break;
				}
			}
		}
		scan.finish();
		return scan;
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int b;
		while ((b = in.read()) != -1 && b != '\n') {
			if (b != '\r') {
				line.append((char) b);
			}
		}
		if (b == -1) {
			throw new SocketException("connection ended");
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		this.closed = true;
		this.server.close();
		this.open.forEach(HostileServer::reset);
		this.connections.shutdownNow();
		try {
			this.connections.awaitTermination(10, TimeUnit.SECONDS);
			this.acceptor.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Request(String method, String target, Map<String, String> headers) {
	}

	/** What the server keeps of a body: its start (for the request id) and a count of tasks. */
	private static final class BodyScan {

		private final ByteArrayOutputStream start = new ByteArrayOutputStream();

		private String tail = "";

		String text = "";

		String rid;

		int count;

		void add(byte[] bytes, int length) {
			if (this.start.size() < 4096) {
				this.start.write(bytes, 0, Math.min(length, 4096 - this.start.size()));
			}
			String chunk = this.tail + new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
			int from = 0;
			while ((from = chunk.indexOf("\"rid\"", from)) >= 0) {
				this.count++;
				from += 5;
			}
			int keep = Math.min(chunk.length(), 4);
			this.tail = chunk.substring(chunk.length() - keep);
		}

		void finish() {
			this.text = this.start.toString(StandardCharsets.UTF_8);
			Matcher matcher = RID.matcher(this.text);
			this.rid = matcher.find() ? matcher.group() : null;
		}

	}

}
