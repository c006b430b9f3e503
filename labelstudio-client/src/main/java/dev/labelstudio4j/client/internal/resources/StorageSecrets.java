package dev.labelstudio4j.client.internal.resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.ConflictException;
import dev.labelstudio4j.client.ForbiddenException;
import dev.labelstudio4j.client.LabelStudioApiException;
import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RateLimitedException;
import dev.labelstudio4j.client.ServerErrorException;
import dev.labelstudio4j.client.UnauthorizedException;
import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.storages.StorageSettings;

/**
 * The secret values of a storage's settings, and the exceptions of a call that sent them with those
 * values masked: a server's error body may echo what it was sent (a validation message quoting the
 * value, a traceback), and the exception's message, body, detail and validation errors must never show
 * it. Each value is masked as sent and as written inside a JSON string; for a service-account JSON key
 * its private key (and each line of it) and key id are masked too.
 */
final class StorageSecrets {

	static final String MASK = "******";

	/** Fields of a Google service-account key file whose values are secret on their own. */
	private static final List<String> CREDENTIAL_FIELDS = List.of("private_key", "private_key_id", "client_secret",
			"refresh_token");

	private static final int MIN_KEY_LINE = 16;

	private final List<String> values;

	private StorageSecrets(List<String> values) {
		this.values = values;
	}

	/**
	 * The secrets of settings: the values of the fields its type declares secret.
	 * @param settings the settings
	 * @param json the client's JSON mapper
	 * @return the secrets (none when no secret field is set)
	 */
	static StorageSecrets of(StorageSettings settings, LabelStudioJson json) {
		Set<String> secrets = new LinkedHashSet<>();
		Map<String, Object> fields = json.toMap(settings);
		for (String name : settings.secretFieldNames()) {
			if (fields.get(name) instanceof String value && !value.isEmpty()) {
				add(secrets, value, json);
				if (name.equals("google_application_credentials")) {
					credentialParts(value, json).forEach((part) -> add(secrets, part, json));
				}
			}
		}
		List<String> ordered = new ArrayList<>(secrets);
		ordered.sort(Comparator.comparingInt(String::length).reversed());
		return new StorageSecrets(List.copyOf(ordered));
	}

	private static void add(Set<String> secrets, String value, LabelStudioJson json) {
		secrets.add(value);
		String quoted = json.writeString(value);
		String escaped = quoted.substring(1, quoted.length() - 1);
		secrets.add(escaped);
	}

	private static List<String> credentialParts(String credentials, LabelStudioJson json) {
		List<String> parts = new ArrayList<>();
		Map<String, Object> key = json.readMapOrNull(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		if (key == null) {
			return parts;
		}
		for (String field : CREDENTIAL_FIELDS) {
			if (key.get(field) instanceof String value && !value.isEmpty()) {
				parts.add(value);
				for (String line : value.split("\\R|\\\\n")) {
					if (line.strip().length() >= MIN_KEY_LINE && !line.startsWith("-----")) {
						parts.add(line.strip());
					}
				}
			}
		}
		return parts;
	}

	boolean isEmpty() {
		return this.values.isEmpty();
	}

	/** The text with every secret masked. */
	String mask(String text) {
		String masked = text;
		for (String value : this.values) {
			if (masked.contains(value)) {
				masked = masked.replace(value, MASK);
			}
		}
		return masked;
	}

	private @Nullable String maskNullable(@Nullable String text) {
		return (text != null) ? mask(text) : null;
	}

	private boolean appears(@Nullable String text) {
		if (text == null) {
			return false;
		}
		for (String value : this.values) {
			if (text.contains(value)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The exception with the secrets masked: the same exception when none appears in it, else a new one of
	 * the same type with the same fields, masked, and the original's stack trace.
	 * @param ex the exception a call threw
	 * @return the exception to throw
	 */
	LabelStudioException mask(LabelStudioException ex) {
		if (this.values.isEmpty()) {
			return ex;
		}
		LabelStudioException masked;
		if (ex instanceof LabelStudioApiException api) {
			boolean inErrors = api.getValidationErrors().values().stream().flatMap(List::stream).anyMatch(this::appears)
					|| api.getValidationErrors().keySet().stream().anyMatch(this::appears);
			if (!appears(api.getMessage()) && !appears(api.getBody()) && !appears(api.getDetail()) && !inErrors) {
				return ex;
			}
			masked = maskApi(api);
		}
		else if (ex instanceof LabelStudioIoException io) {
			if (!appears(io.getMessage())) {
				return ex;
			}
			Throwable cause = io.getCause();
			masked = new LabelStudioIoException(operation(io), mask(String.valueOf(io.getMessage())),
					(cause != null && !appears(String.valueOf(cause))) ? cause : null, io.isRequestNotSent(),
					io.isTimeout());
		}
		else {
			if (!appears(ex.getMessage())) {
				return ex;
			}
			masked = new LabelStudioException(ex.getOperation(), mask(String.valueOf(ex.getMessage())));
		}
		masked.setStackTrace(ex.getStackTrace());
		return masked;
	}

	private LabelStudioApiException maskApi(LabelStudioApiException api) {
		String operation = operation(api);
		int status = api.getStatusCode();
		String body = mask(api.getBody());
		String detail = maskNullable(api.getDetail());
		Map<String, List<String>> errors = new LinkedHashMap<>();
		api.getValidationErrors()
			.forEach((field, messages) -> errors.put(mask(field), messages.stream().map(this::mask).toList()));
		String id = api.getErrorId();
		if (api instanceof BadRequestException) {
			return new BadRequestException(operation, status, api.getHeaders(), body, detail, errors, id);
		}
		if (api instanceof UnauthorizedException) {
			return new UnauthorizedException(operation, status, api.getHeaders(), body, detail, errors, id);
		}
		if (api instanceof ForbiddenException) {
			return new ForbiddenException(operation, status, api.getHeaders(), body, detail, errors, id);
		}
		if (api instanceof NotFoundException) {
			return new NotFoundException(operation, status, api.getHeaders(), body, detail, errors, id);
		}
		if (api instanceof ConflictException) {
			return new ConflictException(operation, status, api.getHeaders(), body, detail, errors, id);
		}
		if (api instanceof RateLimitedException limited) {
			return new RateLimitedException(operation, status, api.getHeaders(), body, detail, errors, id,
					limited.getRetryAfter());
		}
		if (api instanceof ServerErrorException) {
			return new ServerErrorException(operation, status, api.getHeaders(), body, detail, errors, id);
		}
		return new LabelStudioApiException(operation, status, api.getHeaders(), body, detail, errors, id);
	}

	private static String operation(LabelStudioException ex) {
		return (ex.getOperation() != null) ? ex.getOperation() : "storage";
	}

	@Override
	public String toString() {
		return "StorageSecrets[" + this.values.size() + " values]";
	}

}
