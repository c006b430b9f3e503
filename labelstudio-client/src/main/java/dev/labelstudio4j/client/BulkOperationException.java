package dev.labelstudio4j.client;

import org.jspecify.annotations.Nullable;

/**
 * A bulk write (many predictions or annotations in one request) failed; says what was and was not done.
 * {@link #getOutcome()} is {@link Outcome#NOTHING_DONE} when the request surely changed nothing (the server
 * refused it with a 4xx status or 503, or it never reached the server) and {@link Outcome#UNKNOWN} when it
 * may have been carried out in part or in full (another 5xx status, a timeout or a broken connection after sending): check
 * the server's state before sending the items again. The failure itself is the {@linkplain #getCause() cause}.
 */
public class BulkOperationException extends LabelStudioException {

	/** What a failed bulk write did. */
	public enum Outcome {

		/** Nothing was written: the server refused the request or never received it. */
		NOTHING_DONE,

		/** Unknown: some or all items may have been written. */
		UNKNOWN

	}

	private final long itemCount;

	private final Outcome outcome;

	/**
	 * Create the exception.
	 * @param operation the operation, for example {@code projects.import_predictions}
	 * @param items what the items are, in the plural ({@code predictions})
	 * @param itemCount how many items the request carried (for a stream: how many were written before the
	 * failure)
	 * @param cause the failure
	 */
	public BulkOperationException(String operation, String items, long itemCount, LabelStudioException cause) {
		super(operation, message(operation, items, itemCount, outcomeOf(cause), cause), cause);
		this.itemCount = itemCount;
		this.outcome = outcomeOf(cause);
	}

	/**
	 * How many items the request carried (for a stream, how many were written before the failure).
	 * @return the count
	 */
	public long getItemCount() {
		return this.itemCount;
	}

	/**
	 * What the request did.
	 * @return the outcome
	 */
	public Outcome getOutcome() {
		return this.outcome;
	}

	@Override
	public synchronized LabelStudioException getCause() {
		return (LabelStudioException) super.getCause();
	}

	static Outcome outcomeOf(LabelStudioException cause) {
		if (cause instanceof LabelStudioApiException api) {
			int status = api.getStatusCode();
			// 503, like 429, is the server refusing the request (as the retry policy reads it)
			return ((status >= 400 && status < 500) || status == 503) ? Outcome.NOTHING_DONE : Outcome.UNKNOWN;
		}
		if (cause instanceof LabelStudioIoException io && io.isRequestNotSent()) {
			return Outcome.NOTHING_DONE;
		}
		return Outcome.UNKNOWN;
	}

	private static String message(String operation, String items, long count, Outcome outcome,
			@Nullable Throwable cause) {
		String reason = (cause != null && cause.getMessage() != null) ? " (" + cause.getMessage() + ")" : "";
		if (outcome == Outcome.NOTHING_DONE) {
			return operation + " failed; none of the " + count + " " + items + " was written" + reason;
		}
		return operation + " failed; whether the " + count + " " + items
				+ " were written is unknown: the request may have been carried out in part or in full" + reason
				+ "; check the server before sending them again";
	}

}
