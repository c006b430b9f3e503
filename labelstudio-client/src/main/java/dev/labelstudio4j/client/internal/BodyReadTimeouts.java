package dev.labelstudio4j.client.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Read timeouts for response bodies of the JDK {@code HttpClient}, whose body streams block without
 * one: a read that waits longer than the timeout for data gets an {@link HttpTimeoutException} (the
 * stream is closed under it), as a read on a socket with {@code SO_TIMEOUT} would with
 * {@code HttpURLConnection} or Apache HttpClient.
 * <p>
 * Spring's {@code JdkClientHttpRequestFactory} bounds the body differently: it schedules a task on
 * {@code CompletableFuture}'s timer thread for every call, which closes the body when the timeout has
 * passed since the headers arrived, however fast data is flowing, and cancels that task when the body is
 * closed. On two CPUs the hand-offs to that thread cost a fifth of a keep-alive GET on loopback (see
 * {@code labelstudio-benchmarks}). Here a read costs two volatile writes, and one daemon thread, started
 * when a body is open and ending after a few idle seconds, looks at the bodies being read every
 * {@value #TICK_MILLIS} ms: a timeout fires within that much of its due time.
 */
final class BodyReadTimeouts {

	static final long TICK_MILLIS = 20;

	private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

	private static final Set<TimedBody> bodies = ConcurrentHashMap.newKeySet();

	private static final AtomicBoolean watching = new AtomicBoolean();

	private BodyReadTimeouts() {
	}

	/**
	 * A body stream whose reads time out.
	 * @param body the body
	 * @param readTimeout the longest wait of one read for data
	 * @return the stream to read instead
	 */
	static InputStream withReadTimeout(InputStream body, Duration readTimeout) {
		TimedBody timed = new TimedBody(body, readTimeout.toNanos());
		bodies.add(timed);
		if (!watching.get() && watching.compareAndSet(false, true)) {
			Thread watchdog = new Thread(BodyReadTimeouts::watch, "labelstudio-body-read-timeouts");
			watchdog.setDaemon(true);
			watchdog.start();
		}
		return timed;
	}

	/** Number of open bodies watched (tests). */
	static int watched() {
		return bodies.size();
	}

	private static void watch() {
		long idleSince = System.nanoTime();
		while (true) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
			long now = System.nanoTime();
			if (!bodies.isEmpty()) {
				idleSince = now;
				for (TimedBody body : bodies) {
					body.check(now);
				}
			}
			else if (now - idleSince > IDLE_NANOS) {
				watching.set(false);
				// a body registered meanwhile either started a new watchdog or finds this one going on
				if (bodies.isEmpty() || !watching.compareAndSet(false, true)) {
					return;
				}
			}
		}
	}

	/** A body whose reads are timed while they wait. */
	static final class TimedBody extends FilterInputStream {

		private final long timeoutNanos;

		/** When the current read started (never 0 then), or 0 when no read is waiting. */
		private volatile long readingSince;

		private volatile boolean timedOut;

		TimedBody(InputStream body, long timeoutNanos) {
			super(body);
			this.timeoutNanos = timeoutNanos;
		}

		@Override
		public int read() throws IOException {
			this.readingSince = System.nanoTime() | 1;
			try {
				return super.read();
			}
			catch (IOException ex) {
				throw timedOut(ex);
			}
			finally {
				this.readingSince = 0;
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			this.readingSince = System.nanoTime() | 1;
			try {
				return super.read(buffer, offset, length);
			}
			catch (IOException ex) {
				throw timedOut(ex);
			}
			finally {
				this.readingSince = 0;
			}
		}

		private IOException timedOut(IOException ex) {
			if (!this.timedOut) {
				return ex;
			}
			HttpTimeoutException timeout = new HttpTimeoutException(
					"no response data within the read timeout of " + this.timeoutNanos / 1_000_000 + " ms");
			timeout.initCause(ex);
			return timeout;
		}

		void check(long now) {
			long since = this.readingSince;
			if (since != 0 && now - since > this.timeoutNanos) {
				this.timedOut = true;
				bodies.remove(this);
				try {
					this.in.close();
				}
				catch (IOException ex) {
					// the reader gets the timeout
				}
			}
		}

		@Override
		public void close() throws IOException {
			bodies.remove(this);
			super.close();
		}

	}

}
