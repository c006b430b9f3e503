package dev.labelstudio4j.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's export snapshots and conversions, and how they behave: how long producing one takes (its
 * status is {@code in_progress} until then) and which ones fail. Snapshots and conversions are guarded by
 * the emulator state's lock (requests run under it); the behaviour settings may be changed from any thread.
 */
public final class ExportState {

	final Map<Long, Snapshot> snapshots = new TreeMap<>();

	private volatile Duration processingTime = Duration.ZERO;

	private final Deque<String> snapshotFailures = new ArrayDeque<>();

	private final Deque<String> conversionFailures = new ArrayDeque<>();

	/**
	 * How long a snapshot or a conversion stays {@code in_progress} after it was created.
	 * @param processingTime the time, zero or more
	 */
	public void processingTime(Duration processingTime) {
		if (processingTime == null || processingTime.isNegative()) {
			throw new IllegalArgumentException("processingTime must not be null or negative");
		}
		this.processingTime = processingTime;
	}

	public Duration processingTime() {
		return this.processingTime;
	}

	/** The next snapshot created fails once its processing time has passed. */
	public synchronized void failNextSnapshot() {
		this.snapshotFailures.add("");
	}

	/**
	 * The next conversion started fails once its processing time has passed, with the given traceback.
	 * @param traceback the server's report of the failure
	 */
	public synchronized void failNextConversion(String traceback) {
		if (traceback == null) {
			throw new IllegalArgumentException("traceback must not be null");
		}
		this.conversionFailures.add(traceback);
	}

	synchronized boolean takeSnapshotFailure() {
		return this.snapshotFailures.poll() != null;
	}

	synchronized @Nullable String takeConversionFailure() {
		return this.conversionFailures.poll();
	}

	synchronized void clear() {
		this.snapshots.clear();
		this.snapshotFailures.clear();
		this.conversionFailures.clear();
		this.processingTime = Duration.ZERO;
	}

	/** A snapshot: the tasks as they were when it was created, and its conversions. */
	static final class Snapshot {

		final long id;

		final long project;

		final Map<String, Object> fields;

		final List<Map<String, Object>> tasks;

		final byte[] json;

		final Instant created;

		final Duration processingTime;

		final boolean fails;

		final Map<Long, Conversion> conversions = new TreeMap<>();

		Snapshot(long id, long project, Map<String, Object> fields, List<Map<String, Object>> tasks, byte[] json,
				Instant created, Duration processingTime, boolean fails) {
			this.id = id;
			this.project = project;
			this.fields = fields;
			this.tasks = tasks;
			this.json = json;
			this.created = created;
			this.processingTime = processingTime;
			this.fails = fails;
		}

	}

	/** A conversion of a snapshot into another format. */
	record Conversion(long id, String exportType, Instant created, Duration processingTime,
			@Nullable String failure) {
	}

}
