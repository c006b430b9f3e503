package dev.labelstudio4j.client.exports;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioException;

/**
 * A download broke off after part of the file had reached an output the client cannot rewind (an
 * {@code OutputStream} or an {@link ExportBodyReader}), or the output could not be written. Not retried: the
 * output already holds {@link #getBytesDelivered()} bytes. Downloads to a {@code Path} start the file again on a
 * retry and fail with this exception only when the file cannot be written.
 */
public class ExportDownloadException extends LabelStudioException {

	private final long bytesDelivered;

	public ExportDownloadException(String operation, String message, long bytesDelivered, @Nullable Throwable cause) {
		super(operation, message, cause);
		this.bytesDelivered = bytesDelivered;
	}

	/** The number of bytes that had reached the output. */
	public long getBytesDelivered() {
		return this.bytesDelivered;
	}

}
