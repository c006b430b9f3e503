package dev.labelstudio4j.client.storages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A storage type the server offers ({@code GET /api/storages/types}): its name (the path segment, for
 * example {@code s3}) and title. Other fields a server sends are kept ({@link #rawJson()}). Immutable.
 */
public final class StorageTypeInfo {

	private final Map<String, Object> json;

	private StorageTypeInfo(Map<String, Object> json) {
		this.json = json;
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
		return (this.json.get("name") instanceof String name) ? name : null;
	}

	/** The type's title ({@code title}), or {@code null} when absent or not a string. */
	public @Nullable String title() {
		return (this.json.get("title") instanceof String title) ? title : null;
	}

	/** The whole JSON object as read. */
	@JsonValue
	public Map<String, Object> rawJson() {
		return Collections.unmodifiableMap(this.json);
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
		return "StorageTypeInfo[name=" + name() + ", title=" + title() + "]";
	}

}
