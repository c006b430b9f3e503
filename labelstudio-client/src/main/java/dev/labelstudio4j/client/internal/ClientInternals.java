package dev.labelstudio4j.client.internal;

import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;

/**
 * Reaches the machinery of a {@link LabelStudioClient} from the client's own modules and tests, without
 * a public accessor on the client: the client hands its accessor over once, when its class is initialized.
 */
public final class ClientInternals {

	private static volatile @Nullable Function<LabelStudioClient, ApiInvoker> invokerAccess;

	private ClientInternals() {
	}

	/**
	 * Called once by {@link LabelStudioClient}'s class initializer.
	 * @param access reads a client's invoker
	 */
	public static synchronized void invokerAccess(Function<LabelStudioClient, ApiInvoker> access) {
		if (invokerAccess != null) {
			throw new IllegalStateException("invoker access is already set");
		}
		invokerAccess = Objects.requireNonNull(access, "access must not be null");
	}

	/**
	 * The invoker that runs a client's calls.
	 * @param client the client
	 * @return its invoker
	 */
	public static ApiInvoker invoker(LabelStudioClient client) {
		Objects.requireNonNull(client, "client must not be null");
		Function<LabelStudioClient, ApiInvoker> access = invokerAccess;
		if (access == null) {
			throw new IllegalStateException("LabelStudioClient is not initialized");
		}
		return access.apply(client);
	}

}
