package dev.labelstudio4j.client.internal.json;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The declared fields of one response model (their JSON names and {@link FieldKind kinds}) and what the
 * models do with them: report drift, tell declared fields from additional ones, print themselves without
 * secrets. One per model class, shared by all its instances.
 */
public final class ModelSchema {

	private static final Log logger = LogFactory.getLog(ModelSchema.class);

	private static final String MASK = "******";

	private final String model;

	private final Map<String, FieldKind> fields;

	private final Set<String> secrets;

	private final Set<String> secretValues;

	private ModelSchema(String model, Map<String, FieldKind> fields, Set<String> secrets, Set<String> secretValues) {
		this.model = model;
		this.fields = fields;
		this.secrets = secrets;
		this.secretValues = secretValues;
	}

	/**
	 * Start the schema of a model.
	 * @param model the model's name, as it appears in log lines and {@code toString()}
	 * @return a builder
	 */
	public static Builder of(String model) {
		return new Builder(model);
	}

	/**
	 * Return the model's name.
	 * @return the name
	 */
	public String model() {
		return this.model;
	}

	/**
	 * Return the declared fields by JSON name, in declaration order.
	 * @return the fields
	 */
	public Map<String, FieldKind> fields() {
		return this.fields;
	}

	/**
	 * Whether a JSON name is a declared field.
	 * @param name the JSON name
	 * @return whether it is declared
	 */
	public boolean isDeclared(String name) {
		return this.fields.containsKey(name);
	}

	/**
	 * Log, at DEBUG, every declared field of a JSON object whose value has another JSON type than the one
	 * expected (the model and the field are named, never the value). Does nothing, and costs nothing, when
	 * DEBUG is off.
	 * @param json the JSON object as read
	 */
	public void reportDrift(Map<String, Object> json) {
		if (!logger.isDebugEnabled()) {
			return;
		}
		for (Map.Entry<String, Object> entry : json.entrySet()) {
			FieldKind kind = this.fields.get(entry.getKey());
			if (kind != null && !kind.accepts(entry.getValue())) {
				logger.debug(this.model + "." + entry.getKey() + " drifted: expected " + kind.expected()
						+ " but the server sent " + JsonValues.describe(entry.getValue()) + "; "
						+ this.model + "." + entry.getKey() + " answers " + (kind.isList() ? "the elements it can read" : "null")
						+ " and the value is kept in rawField(\"" + entry.getKey() + "\")");
			}
		}
	}

	/**
	 * Return the fields of a JSON object that this schema does not declare.
	 * @param json the JSON object
	 * @return a read-only map of the additional fields, in their order
	 */
	public Map<String, Object> additionalProperties(Map<String, Object> json) {
		Map<String, Object> additional = null;
		for (Map.Entry<String, Object> entry : json.entrySet()) {
			if (!this.fields.containsKey(entry.getKey())) {
				if (additional == null) {
					additional = new LinkedHashMap<>();
				}
				additional.put(entry.getKey(), entry.getValue());
			}
		}
		return (additional != null) ? JsonValues.readOnlyMap(additional) : Collections.emptyMap();
	}

	/**
	 * Check that a name given for an additional property is not a declared field.
	 * @param name the JSON name
	 * @return the name
	 * @throws IllegalArgumentException if the name is blank or declared
	 */
	public String additionalName(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		if (this.fields.containsKey(name)) {
			throw new IllegalArgumentException(
					"name '" + name + "' is a declared field of " + this.model + ": use its own setter");
		}
		return name;
	}

	/**
	 * Describe a JSON object for {@code toString()}: the declared fields that are present (strings, numbers
	 * and booleans as they are, objects and arrays by their size, secrets masked, objects of secrets by
	 * their names), then the names of the
	 * additional fields (never their values, which may be secret).
	 * @param json the JSON object
	 * @return the description
	 */
	public String toString(Map<String, Object> json) {
		StringBuilder text = new StringBuilder(this.model).append('[');
		boolean first = true;
		for (String name : this.fields.keySet()) {
			if (!json.containsKey(name)) {
				continue;
			}
			if (!first) {
				text.append(", ");
			}
			first = false;
			text.append(name).append('=').append(describeValue(name, json.get(name)));
		}
		Collection<String> additional = additionalProperties(json).keySet();
		if (!additional.isEmpty()) {
			text.append(first ? "" : ", ").append("additionalProperties=").append(additional);
		}
		return text.append(']').toString();
	}

	private String describeValue(String name, @Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (this.secrets.contains(name)) {
			return MASK;
		}
		if (this.secretValues.contains(name)) {
			if (value instanceof Map<?, ?> map) {
				StringBuilder text = new StringBuilder("{");
				map.keySet().forEach((key) -> text.append((text.length() > 1) ? ", " : "").append(key).append("=***"));
				return text.append('}').toString();
			}
			return MASK;
		}
		if (value instanceof Map<?, ?> map) {
			return "{" + map.size() + " fields}";
		}
		if (value instanceof Collection<?> items) {
			return "[" + items.size() + " items]";
		}
		return (value instanceof String) ? "'" + value + "'" : String.valueOf(value);
	}

	/**
	 * Builder of a {@link ModelSchema}.
	 */
	public static final class Builder {

		private final String model;

		private final Map<String, FieldKind> fields = new LinkedHashMap<>();

		private final Set<String> secrets = new java.util.HashSet<>();

		private final Set<String> secretValues = new java.util.HashSet<>();

		private Builder(String model) {
			this.model = model;
		}

		/**
		 * Declare a field.
		 * @param name the JSON name
		 * @param kind what it holds
		 * @return this builder
		 */
		public Builder field(String name, FieldKind kind) {
			this.fields.put(name, kind);
			return this;
		}

		/**
		 * Declare a field whose value is a secret: {@code toString()} masks it.
		 * @param name the JSON name
		 * @param kind what it holds
		 * @return this builder
		 */
		public Builder secret(String name, FieldKind kind) {
			this.secrets.add(name);
			return field(name, kind);
		}

		/**
		 * Declare a field whose value is an object of secrets (custom headers, for example):
		 * {@code toString()} shows its names and masks its values; any other JSON type is masked whole.
		 * @param name the JSON name
		 * @param kind what it holds
		 * @return this builder
		 */
		public Builder secretValues(String name, FieldKind kind) {
			this.secretValues.add(name);
			return field(name, kind);
		}

		/**
		 * Build the schema.
		 * @return the schema
		 */
		public ModelSchema build() {
			return new ModelSchema(this.model, Collections.unmodifiableMap(new LinkedHashMap<>(this.fields)),
					Set.copyOf(this.secrets), Set.copyOf(this.secretValues));
		}

	}

}
