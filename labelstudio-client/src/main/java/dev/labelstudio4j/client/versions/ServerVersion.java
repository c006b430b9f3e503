package dev.labelstudio4j.client.versions;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * What {@code GET /api/version/} answers: the release and the versions of the server's parts. The parts are
 * kept as the server sent them (their fields differ between releases and editions).
 * <p>
 * Read leniently from Label Studio's JSON: a declared field that arrives with another JSON type makes its
 * accessor answer {@code null} (a list accessor the elements of the expected type, none when it is not an
 * array) instead of failing the call, and is logged at DEBUG (model and field, never the value). Integers are also read from whole numbers ({@code 12.0}) and from
 * strings holding them ({@code "12"}), numbers from numeric strings, date-times from ISO-8601 strings with
 * an offset or without one (then UTC, parsed on first access). {@link #rawField(String)} answers any field
 * as sent, {@link #additionalProperties()} the fields this class does not declare; serializing the model
 * writes its JSON object back unchanged. Immutable: use {@link #builder()} or {@link #toBuilder()} to make
 * one. Two instances are equal when their JSON objects are.
 */
public final class ServerVersion {

	private static final ModelSchema SCHEMA = ModelSchema.of("ServerVersion")
		.field("release", FieldKind.STRING)
		.field("edition", FieldKind.STRING)
		.field("label-studio-os-package", FieldKind.OBJECT)
		.field("label-studio-os-backend", FieldKind.OBJECT)
		.field("label-studio-frontend", FieldKind.OBJECT)
		.field("dm2", FieldKind.OBJECT)
		.field("label-studio-converter", FieldKind.OBJECT)
		.build();

	private final Map<String, Object> json;

	private ServerVersion(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static ServerVersion fromJson(Map<String, Object> json) {
		return new ServerVersion(json);
	}

	/**
	 * Return the release, for example {@code 1.20.0} ({@code release}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String release() {
		return JsonValues.toStringValue(this.json.get("release"));
	}

	/**
	 * Return the edition, {@code Community} or {@code Enterprise} ({@code null} on servers that do not say) ({@code edition}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String edition() {
		return JsonValues.toStringValue(this.json.get("edition"));
	}

	/**
	 * Return the {@code label-studio-os-package} part ({@code version}, {@code latest_version_from_pypi}, ...) ({@code label-studio-os-package}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> osPackage() {
		return JsonValues.toMap(this.json.get("label-studio-os-package"));
	}

	/**
	 * Return the {@code label-studio-os-backend} part ({@code commit}, {@code date}, {@code branch}, ...) ({@code label-studio-os-backend}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> osBackend() {
		return JsonValues.toMap(this.json.get("label-studio-os-backend"));
	}

	/**
	 * Return the {@code label-studio-frontend} part ({@code label-studio-frontend}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> frontend() {
		return JsonValues.toMap(this.json.get("label-studio-frontend"));
	}

	/**
	 * Return the {@code dm2} part ({@code dm2}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> dataManager() {
		return JsonValues.toMap(this.json.get("dm2"));
	}

	/**
	 * Return the {@code label-studio-converter} part ({@code label-studio-converter}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> converter() {
		return JsonValues.toMap(this.json.get("label-studio-converter"));
	}

	/**
	 * Whether the server says it is a Label Studio Enterprise server.
	 * @return whether {@link #edition()} is {@code Enterprise}
	 */
	public boolean isEnterprise() {
		return "Enterprise".equalsIgnoreCase(edition());
	}

	/**
	 * Return the fields of the JSON object that this class does not declare, as the server sent them.
	 * @return a read-only map, empty when there are none
	 */
	public Map<String, Object> additionalProperties() {
		return SCHEMA.additionalProperties(this.json);
	}

	/**
	 * Return a field of the JSON object as the server sent it, whether declared or not, whatever its JSON
	 * type.
	 * @param name the field's JSON name, for example {@code "release"}
	 * @return the value (objects and arrays as read-only maps and lists), or {@code null} when absent or
	 * JSON {@code null}
	 */
	public @Nullable Object rawField(String name) {
		return JsonValues.readOnly(this.json.get(name));
	}

	/**
	 * Return the whole JSON object, declared and additional fields, as read or built; this is what
	 * serializing the model writes.
	 * @return a read-only map
	 */
	@JsonValue
	public Map<String, Object> rawJson() {
		return JsonValues.readOnlyMap(this.json);
	}

	/**
	 * Return a builder that starts from every field of this {@code ServerVersion}, additional ones included.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this.json);
	}

	/**
	 * Return a builder with no field set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(Map.of());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof ServerVersion that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code ServerVersion}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link ServerVersion}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the release, for example {@code 1.20.0} ({@code release}).
		 * @param release the value
		 * @return this builder
		 */
		public Builder release(@Nullable String release) {
			return set("release", release);
		}

		/**
		 * Set the edition, {@code Community} or {@code Enterprise} ({@code null} on servers that do not say) ({@code edition}).
		 * @param edition the value
		 * @return this builder
		 */
		public Builder edition(@Nullable String edition) {
			return set("edition", edition);
		}

		/**
		 * Set the {@code label-studio-os-package} part ({@code version}, {@code latest_version_from_pypi}, ...) ({@code label-studio-os-package}).
		 * @param osPackage the value
		 * @return this builder
		 */
		public Builder osPackage(@Nullable Map<String, ?> osPackage) {
			return set("label-studio-os-package", (osPackage != null) ? JsonValues.copyMap(osPackage) : null);
		}

		/**
		 * Set the {@code label-studio-os-backend} part ({@code commit}, {@code date}, {@code branch}, ...) ({@code label-studio-os-backend}).
		 * @param osBackend the value
		 * @return this builder
		 */
		public Builder osBackend(@Nullable Map<String, ?> osBackend) {
			return set("label-studio-os-backend", (osBackend != null) ? JsonValues.copyMap(osBackend) : null);
		}

		/**
		 * Set the {@code label-studio-frontend} part ({@code label-studio-frontend}).
		 * @param frontend the value
		 * @return this builder
		 */
		public Builder frontend(@Nullable Map<String, ?> frontend) {
			return set("label-studio-frontend", (frontend != null) ? JsonValues.copyMap(frontend) : null);
		}

		/**
		 * Set the {@code dm2} part ({@code dm2}).
		 * @param dataManager the value
		 * @return this builder
		 */
		public Builder dataManager(@Nullable Map<String, ?> dataManager) {
			return set("dm2", (dataManager != null) ? JsonValues.copyMap(dataManager) : null);
		}

		/**
		 * Set the {@code label-studio-converter} part ({@code label-studio-converter}).
		 * @param converter the value
		 * @return this builder
		 */
		public Builder converter(@Nullable Map<String, ?> converter) {
			return set("label-studio-converter", (converter != null) ? JsonValues.copyMap(converter) : null);
		}

		/**
		 * Set a field this class does not declare (a deep copy of the value is kept).
		 * @param name the field's JSON name, not a declared one
		 * @param value the JSON value (maps, lists, strings, numbers, booleans), {@code null} to remove the
		 * field
		 * @return this builder
		 * @throws IllegalArgumentException if the name is blank or a declared field
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			return set(SCHEMA.additionalName(name), JsonValues.copy(value));
		}

		/**
		 * Set several fields this class does not declare, as {@link #additionalProperty(String, Object)}.
		 * @param properties the fields by JSON name
		 * @return this builder
		 */
		public Builder additionalProperties(Map<String, ?> properties) {
			if (properties == null) {
				throw new IllegalArgumentException("properties must not be null");
			}
			properties.forEach(this::additionalProperty);
			return this;
		}

		private Builder set(String name, @Nullable Object value) {
			if (value == null) {
				this.json.remove(name);
			}
			else {
				this.json.put(name, value);
			}
			return this;
		}

		/**
		 * Build the immutable {@code ServerVersion}.
		 * @return the model
		 */
		public ServerVersion build() {
			return new ServerVersion(new LinkedHashMap<>(this.json));
		}

	}

}
