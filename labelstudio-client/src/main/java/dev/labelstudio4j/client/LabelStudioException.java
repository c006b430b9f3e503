package dev.labelstudio4j.client;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the Label Studio client throws. Unchecked. Messages name the operation
 * (for example {@code projects.get}) and never contain a credential.
 */
public class LabelStudioException extends RuntimeException {

	private final @Nullable String operation;

	public LabelStudioException(@Nullable String operation, String message) {
		this(operation, message, null);
	}

	public LabelStudioException(@Nullable String operation, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.operation = operation;
	}

	/** The operation that failed, for example {@code projects.get}, or {@code null}. */
	public @Nullable String getOperation() {
		return this.operation;
	}

}
