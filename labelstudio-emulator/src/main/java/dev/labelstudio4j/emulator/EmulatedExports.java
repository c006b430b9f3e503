package dev.labelstudio4j.emulator;

import java.time.Duration;

import dev.labelstudio4j.emulator.internal.ExportState;

/**
 * How the emulator's export snapshots and conversions behave. A snapshot is answered {@code created} by
 * {@code POST .../exports/}, then {@code in_progress} until {@link #processingTime(Duration)} has passed on the
 * emulator's clock, then {@code completed} (or {@code failed}); each conversion has its own status the same
 * way. {@link LabelStudioEmulator#reset()} restores the defaults (no delay, no failures).
 */
public final class EmulatedExports {

	private final ExportState state;

	EmulatedExports(ExportState state) {
		this.state = state;
	}

	/**
	 * How long snapshots and conversions created from now on stay {@code in_progress}; default zero.
	 * @param processingTime the time, zero or more
	 * @return this
	 */
	public EmulatedExports processingTime(Duration processingTime) {
		this.state.processingTime(processingTime);
		return this;
	}

	/**
	 * Make the next snapshot created fail (once its processing time has passed). Label Studio reports no
	 * reason for a failed snapshot, and neither does the emulator.
	 * @return this
	 */
	public EmulatedExports failNextSnapshot() {
		this.state.failNextSnapshot();
		return this;
	}

	/**
	 * Make the next conversion started fail (once its processing time has passed) with a traceback.
	 * @param traceback the traceback the conversion reports
	 * @return this
	 */
	public EmulatedExports failNextConversion(String traceback) {
		this.state.failNextConversion(traceback);
		return this;
	}

}
