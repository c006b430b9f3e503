package dev.labelstudio4j.client.storages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a storage as sent to the server on create, validate and update: the fields common to
 * every storage ({@code title}, {@code description}) and those of one storage type and direction, set
 * through the subclass's builder. Only the fields set are sent, so an update changes those and keeps the
 * others (the server also keeps stored secrets that an update leaves out).
 * <p>
 * Secret fields (access keys, session tokens, account keys, passwords, credentials JSON) are sent but
 * never shown: {@link #toString()} masks them and the client removes them from the messages of the
 * exceptions its storage calls throw. Immutable.
 */
public abstract class StorageSettings {

	/** Longest title the server stores (its database column), although its API document allows more. */
	public static final int MAX_TITLE_LENGTH = 256;

	private static final String MASK = "******";

	private final Map<String, Object> fields;

	private final Set<String> secretFields;

	StorageSettings(Map<String, Object> fields, Set<String> secretFields) {
		this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		this.secretFields = secretFields;
	}

	/** The fields as written on the wire (the client's mapper serializes a settings object as this map). */
	@JsonValue
	Map<String, Object> fields() {
		return this.fields;
	}

	/**
	 * The JSON names of the fields set, secrets included.
	 * @return the names, in the order they were set
	 */
	public final Set<String> fieldNames() {
		return this.fields.keySet();
	}

	/**
	 * The JSON names of this storage type's secret fields (set or not); their values are never shown.
	 * @return the names
	 */
	public final Set<String> secretFieldNames() {
		return this.secretFields;
	}

	/**
	 * The storage's title ({@code title}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String title() {
		return string("title");
	}

	/**
	 * The storage's description ({@code description}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String description() {
		return string("description");
	}

	@Nullable String string(String name) {
		return (this.fields.get(name) instanceof String value) ? value : null;
	}

	@Nullable Boolean bool(String name) {
		return (this.fields.get(name) instanceof Boolean value) ? value : null;
	}

	@Nullable Integer integer(String name) {
		return (this.fields.get(name) instanceof Integer value) ? value : null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other != null && other.getClass() == getClass()
				&& this.fields.equals(((StorageSettings) other).fields));
	}

	@Override
	public int hashCode() {
		return Objects.hash(getClass(), this.fields);
	}

	/** The fields set, secret values masked. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('[');
		boolean first = true;
		for (Map.Entry<String, Object> field : this.fields.entrySet()) {
			if (!first) {
				text.append(", ");
			}
			first = false;
			text.append(field.getKey()).append('=');
			if (this.secretFields.contains(field.getKey())) {
				text.append(MASK);
			}
			else if (field.getValue() instanceof String value) {
				text.append('"').append(value).append('"');
			}
			else if (field.getValue() instanceof Map<?, ?> || field.getValue() instanceof Iterable<?>) {
				text.append("{...}");
			}
			else {
				text.append(field.getValue());
			}
		}
		return text.append(']').toString();
	}

	/**
	 * The builder behind every settings class: the common fields and the checks. A setter given
	 * {@code null} removes the field (it is then not sent).
	 * @param <B> the concrete builder
	 */
	abstract static class Builder<B extends Builder<B>> {

		final Map<String, Object> fields = new LinkedHashMap<>();

		Builder() {
		}

		/**
		 * Set the title ({@code title}), at most {@value StorageSettings#MAX_TITLE_LENGTH} characters.
		 * @param title the value
		 * @return this builder
		 */
		public B title(@Nullable String title) {
			if (title != null && title.length() > MAX_TITLE_LENGTH) {
				throw new IllegalArgumentException(
						"title must be at most " + MAX_TITLE_LENGTH + " characters but has " + title.length());
			}
			return set("title", title);
		}

		/**
		 * Set the description ({@code description}).
		 * @param description the value
		 * @return this builder
		 */
		public B description(@Nullable String description) {
			return set("description", description);
		}

		/**
		 * Set a field this class does not type (a newer server's or an Enterprise field), sent as given.
		 * @param name the field's JSON name, not {@code id} or {@code project} (the client sets those)
		 * @param value a JSON value (string, number, boolean, map, list), or {@code null} to remove it
		 * @return this builder
		 */
		public B field(String name, @Nullable Object value) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("name must not be null or blank");
			}
			if (name.equals("id") || name.equals("project")) {
				throw new IllegalArgumentException("name must not be '" + name + "': the client sets it");
			}
			return set(name, value);
		}

		B set(String name, @Nullable Object value) {
			if (value == null) {
				this.fields.remove(name);
			}
			else {
				this.fields.put(name, value);
			}
			return self();
		}

		B nonNegative(String name, @Nullable Integer value, int max) {
			if (value != null && (value < 0 || value > max)) {
				throw new IllegalArgumentException(name + " must be between 0 and " + max + " but was " + value);
			}
			return set(toJsonName(name), value);
		}

		@SuppressWarnings("unchecked")
		final B self() {
			return (B) this;
		}

		private static String toJsonName(String name) {
			StringBuilder json = new StringBuilder();
			for (char c : name.toCharArray()) {
				if (Character.isUpperCase(c)) {
					json.append('_').append(Character.toLowerCase(c));
				}
				else {
					json.append(c);
				}
			}
			return json.toString();
		}

	}

}
