package dev.labelstudio4j.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The floor: a keep-alive connection that writes a canned {@code GET} and reads the answer's bytes,
 * with no HTTP library and no JSON. What it takes is the server's and the loopback's share of every
 * call; the rest of any call's time is the client's. Not thread-safe: one per thread.
 */
final class RawSocket implements AutoCloseable {

	private final Socket socket;

	private final OutputStream out;

	private final InputStream in;

	private final byte[] request;

	private final byte[] buffer = new byte[64 * 1024];

	RawSocket(int port, String path) throws IOException {
		this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
		this.socket.setTcpNoDelay(true);
		this.out = this.socket.getOutputStream();
		this.in = new BufferedInputStream(this.socket.getInputStream(), 64 * 1024);
		this.request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Token "
				+ Fixtures.API_KEY + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
	}

	/** Send the request and read the whole answer; returns the body's length. */
	int exchange() throws IOException {
		this.out.write(this.request);
		this.out.flush();
		int length = -1;
		StringBuilder line = new StringBuilder(64);
		while (true) {
			int b = this.in.read();
			if (b == -1) {
				throw new IOException("connection closed");
			}
			if (b == '\n') {
				if (line.length() == 0) {
					break;
				}
				String header = line.toString();
				if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
					length = Integer.parseInt(header.substring(15).trim());
				}
				line.setLength(0);
			}
			else if (b != '\r') {
				line.append((char) b);
			}
		}
		if (length < 0) {
			throw new IOException("no Content-Length");
		}
		int remaining = length;
		while (remaining > 0) {
			int read = this.in.read(this.buffer, 0, Math.min(remaining, this.buffer.length));
			if (read == -1) {
				throw new IOException("connection closed");
			}
			remaining -= read;
		}
		return length;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
