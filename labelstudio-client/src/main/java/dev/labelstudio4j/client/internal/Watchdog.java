package dev.labelstudio4j.client.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

/**
 * Bounds waits that a socket timeout cannot bound: a read of a JDK {@code HttpClient} response body, a
 * write of a request body the server has stopped taking, the JDK's wait for response headers. A
 * {@link Wait} is watched while it is open; one daemon thread per watchdog looks at the open waits every
 * {@value #TICK_MILLIS} ms and aborts each one that has waited longer than its timeout (a timeout fires
 * within that much of its due time). The thread starts when a wait opens, ends after
 * {@value #IDLE_SECONDS} s without any, and ends at once on {@link #close()}. One watchdog per
 * {@code LabelStudioClient}, closed with it. Thread-safe.
 */
public final class Watchdog implements AutoCloseable {

	static final long TICK_MILLIS = 20;

	static final long IDLE_SECONDS = 2;

	/** Name of the watchdog's thread. */
	public static final String THREAD_NAME = "labelstudio-timeouts";

	private final Set<Wait> waits = ConcurrentHashMap.newKeySet();

	private final Object lock = new Object();

	private volatile @Nullable Thread thread;

	private volatile boolean closed;

	/**
	 * Start watching a wait.
	 * @param wait the wait
	 */
	void watch(Wait wait) {
		this.waits.add(wait);
		if (this.thread == null) {
			synchronized (this.lock) {
				if (this.thread == null && !this.closed) {
					Thread watcher = new Thread(this::run, THREAD_NAME);
					watcher.setDaemon(true);
					this.thread = watcher;
					watcher.start();
				}
			}
		}
	}

	/** Stop watching a wait. */
	void unwatch(Wait wait) {
		this.waits.remove(wait);
	}

	/** Number of waits watched (tests). */
	int watched() {
		return this.waits.size();
	}

	/** Whether the watchdog's thread is running (tests). */
	boolean running() {
		synchronized (this.lock) {
			return this.thread != null;
		}
	}

	/**
	 * A body stream whose reads time out: a read that waits longer than the timeout for data gets an
	 * {@link HttpTimeoutException} (the stream is closed under it), as a read on a socket with
	 * {@code SO_TIMEOUT} would.
	 * @param body the body
	 * @param readTimeout the longest wait of one read for data
	 * @return the stream to read instead
	 */
	InputStream timedBody(InputStream body, Duration readTimeout) {
		return new TimedBody(body, readTimeout.toNanos());
	}

	/** Stops the thread; waits opened afterwards are not watched. Idempotent. */
	@Override
	public void close() {
		Thread watcher;
		synchronized (this.lock) {
			this.closed = true;
			watcher = this.thread;
			this.thread = null;
		}
		if (watcher != null) {
			LockSupport.unpark(watcher);
			try {
				watcher.join(TimeUnit.SECONDS.toMillis(1));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void run() {
		long idleSince = System.nanoTime();
		while (!this.closed) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
			long now = System.nanoTime();
			if (!this.waits.isEmpty()) {
				idleSince = now;
				for (Wait wait : this.waits) {
					if (wait.overdue(now)) {
						this.waits.remove(wait);
						wait.abort();
					}
				}
			}
			else if (now - idleSince > TimeUnit.SECONDS.toNanos(IDLE_SECONDS)) {
				synchronized (this.lock) {
					// a wait opened meanwhile sees this thread still set and is watched by it
					if (this.waits.isEmpty()) {
						this.thread = null;
						return;
					}
				}
			}
		}
	}

	/**
	 * Something that may wait too long: {@link #since} is when the current wait began, or 0 when
	 * nothing waits.
	 */
	abstract static class Wait {

		final long timeoutNanos;

		private volatile long since;

		private volatile boolean timedOut;

		Wait(long timeoutNanos) {
			this.timeoutNanos = timeoutNanos;
		}

		/** A wait begins now. */
		final void begin() {
			this.since = System.nanoTime() | 1;
		}

		/** No wait now. */
		final void end() {
			this.since = 0;
		}

		final boolean overdue(long now) {
			long started = this.since;
			return started != 0 && now - started > this.timeoutNanos;
		}

		/** Whether the watchdog aborted this wait. */
		final boolean timedOut() {
			return this.timedOut;
		}

		final long timeoutMillis() {
			return this.timeoutNanos / 1_000_000;
		}

		final void abort() {
			this.timedOut = true;
			onTimeout();
		}

		/** Ends the wait: closes the stream or connection, wakes the waiting thread. */
		abstract void onTimeout();

	}

	/** A response body whose reads are timed while they wait. */
	private final class TimedBody extends FilterInputStream {

		private final Wait wait;

		private boolean watched;

		TimedBody(InputStream body, long timeoutNanos) {
			super(body);
			this.wait = new Wait(timeoutNanos) {

				@Override
				void onTimeout() {
					try {
						TimedBody.this.in.close();
					}
					catch (IOException ex) {
						// the reader gets the timeout
					}
				}

			};
		}

		private void beginRead() throws IOException {
			if (this.wait.timedOut()) {
				throw timeout(null);
			}
			if (!this.watched) {
				this.watched = true;
				watch(this.wait);
			}
			this.wait.begin();
		}

		@Override
		public int read() throws IOException {
			beginRead();
			try {
				return super.read();
			}
			catch (IOException ex) {
				throw this.wait.timedOut() ? timeout(ex) : ex;
			}
			finally {
				this.wait.end();
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			beginRead();
			try {
				return super.read(buffer, offset, length);
			}
			catch (IOException ex) {
				throw this.wait.timedOut() ? timeout(ex) : ex;
			}
			finally {
				this.wait.end();
			}
		}

		/**
		 * Spring drains every body when it closes the answer ({@code StreamUtils.drain}, that is this
		 * method), and the default allocates a buffer of 8 KiB on each call although the body has almost
		 * always been read to its end by then: a one-byte read finds that out first.
		 */
		@Override
		public long transferTo(OutputStream out) throws IOException {
			Objects.requireNonNull(out, "out");
			int first = read();
			if (first == -1) {
				return 0;
			}
			out.write(first);
			return 1 + super.transferTo(out);
		}

		private IOException timeout(@Nullable IOException cause) {
			HttpTimeoutException timeout = new HttpTimeoutException(
					"no response data within the read timeout of " + this.wait.timeoutMillis() + " ms");
			if (cause != null) {
				timeout.initCause(cause);
			}
			return timeout;
		}

		@Override
		public void close() throws IOException {
			unwatch(this.wait);
			super.close();
		}

	}

	/**
	 * A request body stream whose writes time out: a write blocked for longer than the timeout (the server
	 * stopped reading) aborts the exchange and fails with a {@link java.net.SocketTimeoutException}.
	 */
	static final class TimedOutput extends FilterOutputStream {

		private final Wait wait;

		TimedOutput(OutputStream out, Wait wait) {
			super(out);
			this.wait = wait;
		}

		@Override
		public void write(int b) throws IOException {
			this.wait.begin();
			try {
				this.out.write(b);
			}
			catch (IOException ex) {
				throw writeFailure(ex);
			}
			finally {
				this.wait.end();
			}
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.wait.begin();
			try {
				this.out.write(b, off, len);
			}
			catch (IOException ex) {
				throw writeFailure(ex);
			}
			finally {
				this.wait.end();
			}
		}

		@Override
		public void flush() throws IOException {
			this.wait.begin();
			try {
				this.out.flush();
			}
			catch (IOException ex) {
				throw writeFailure(ex);
			}
			finally {
				this.wait.end();
			}
		}

		private IOException writeFailure(IOException ex) {
			if (!this.wait.timedOut()) {
				return ex;
			}
			java.net.SocketTimeoutException timeout = new java.net.SocketTimeoutException(
					"the server took no request data within the read timeout of " + this.wait.timeoutMillis() + " ms");
			timeout.initCause(ex);
			return timeout;
		}

	}

}
