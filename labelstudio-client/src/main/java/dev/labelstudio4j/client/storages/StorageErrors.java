package dev.labelstudio4j.client.storages;

import org.jspecify.annotations.Nullable;

/**
 * The server's error of a failed sync, with the secret values the storage report carries (the server
 * returns {@code aws_session_token}) masked.
 */
final class StorageErrors {

	private static final String MASK = "******";

	private StorageErrors() {
	}

	static @Nullable String error(Storage storage) {
		String traceback = storage.traceback();
		if (traceback == null || traceback.isBlank()) {
			return null;
		}
		for (String secret : new String[] { "aws_access_key_id", "aws_secret_access_key", "aws_session_token",
				"google_application_credentials", "account_name", "account_key", "password" }) {
			if (storage.rawField(secret) instanceof String value && !value.isBlank()) {
				traceback = traceback.replace(value, MASK);
			}
		}
		return traceback;
	}

	static @Nullable String summary(Storage storage) {
		String error = error(storage);
		if (error == null) {
			return null;
		}
		String[] lines = error.strip().split("\\R");
		for (int i = lines.length - 1; i >= 0; i--) {
			if (!lines[i].isBlank()) {
				return lines[i].strip();
			}
		}
		return null;
	}

}
