package dev.labelstudio4j.client.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The JDK transport's timed response body, as Spring drains it on close ({@code transferTo}).
 */
class TimedBodyTests {

	@Test
	void transferToAtTheEndWritesNothing() throws IOException {
		try (Watchdog watchdog = new Watchdog();
				InputStream body = watchdog.timedBody(stream("{}"), Duration.ofSeconds(5))) {
			assertThat(body.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("{}");
			CountingOutput out = new CountingOutput();
			long before = allocatedBytes();
			long moved = body.transferTo(out);
			long allocated = allocatedBytes() - before;
			assertThat(moved).isZero();
			// without a buffer: InputStream's own transferTo allocates 8 KiB for it on every call
			assertThat(allocated).isLessThan(4096);
			assertThat(out.writes).isZero();
		}
	}

	/** Bytes this thread has allocated so far (HotSpot's thread bean; 0 on a JVM without one). */
	private static long allocatedBytes() {
		return (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
				? threads.getCurrentThreadAllocatedBytes() : 0;
	}

	@Test
	void transferToPassesOnEveryByteLeft() throws IOException {
		String text = "x".repeat(20_000) + "end";
		try (Watchdog watchdog = new Watchdog();
				InputStream body = watchdog.timedBody(stream(text), Duration.ofSeconds(5))) {
			assertThat(body.read(new byte[100])).isEqualTo(100);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			assertThat(body.transferTo(out)).isEqualTo(text.length() - 100);
			assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text.substring(100));
			assertThat(body.read()).isEqualTo(-1);
		}
	}

	@Test
	void transferToRefusesNoTarget() throws IOException {
		try (Watchdog watchdog = new Watchdog();
				InputStream body = watchdog.timedBody(stream("{}"), Duration.ofSeconds(5))) {
			assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> body.transferTo(null));
			assertThat(body.readAllBytes()).hasSize(2);
		}
	}

	@Test
	void aDrainThatStallsTimesOut() throws IOException {
		// the first read of the drain waits for data that never comes: the watchdog ends it
		try (Watchdog watchdog = new Watchdog();
				InputStream body = watchdog.timedBody(new StallingInput(), Duration.ofMillis(200))) {
			assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> body.transferTo(new CountingOutput()))
				.withMessage("no response data within the read timeout of 200 ms");
		}
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static final class CountingOutput extends OutputStream {

		private int writes;

		@Override
		public void write(int b) {
			this.writes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.writes++;
		}

	}

	/** Blocks every read until it is closed, then fails it, as the JDK's body stream does. */
	private static final class StallingInput extends InputStream {

		private final CountDownLatch closed = new CountDownLatch(1);

		@Override
		public int read() throws IOException {
			try {
				if (!this.closed.await(30, TimeUnit.SECONDS)) {
					return -1;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new IOException("closed");
		}

		@Override
		public void close() {
			this.closed.countDown();
		}

	}

}
