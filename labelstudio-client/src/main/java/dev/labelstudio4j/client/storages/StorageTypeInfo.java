package dev.labelstudio4j.client.storages;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * A storage type the server offers ({@code GET /api/storages/types}): its name (the path segment, for
 * example {@code s3}) and title. Other fields a server sends are kept ({@link #rawJson()}). Immutable.
 */
public final class StorageTypeInfo {

	private static final ModelSchema SCHEMA = ModelSchema.of("StorageTypeInfo")
		.field("name", FieldKind.STRING)
		.field("title", FieldKind.STRING)
		.build();

	private final Map<String, Object> json;

	private StorageTypeInfo(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static StorageTypeInfo fromJson(Map<String, Object> json) {
		return new StorageTypeInfo(json);
	}

	/**
	 * A type made from its name and title (tests, fixtures).
	 * @param name the name
	 * @param title the title
	 * @return the type
	 */
	public static StorageTypeInfo of(String name, String title) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", name);
		json.put("title", title);
		return new StorageTypeInfo(json);
	}

	/** The type's name ({@code name}), or {@code null} when absent or not a string. */
	public @Nullable String name() {
		return JsonValues.toStringValue(this.json.get("name"));
	}

	/** The type's title ({@code title}), or {@code null} when absent or not a string. */
	public @Nullable String title() {
		return JsonValues.toStringValue(this.json.get("title"));
	}

	/** The whole JSON object as read. */
	@JsonValue
	public Map<String, Object> rawJson() {
		return JsonValues.readOnlyMap(this.json);
	}

	/**
	 * The fields this class does not declare, as sent.
	 * @return a read-only map
	 */
	public Map<String, Object> additionalProperties() {
		return SCHEMA.additionalProperties(this.json);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof StorageTypeInfo that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

}
