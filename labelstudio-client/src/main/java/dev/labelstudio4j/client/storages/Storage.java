package dev.labelstudio4j.client.storages;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * An import or export storage as the server reports it: its settings without the secrets (the server
 * never returns access keys, account keys, passwords or credentials; it does return
 * {@code aws_session_token}, which is kept but never shown) and the state of its last sync.
 * <p>
 * Read leniently: a field that arrives with another JSON type than expected makes its accessor answer
 * {@code null} instead of failing the call; integers are also read from numeric strings, date-times from
 * ISO-8601 strings with or without an offset (then UTC). {@link #rawField(String)} answers any field as
 * sent, {@link #additionalProperties()} the fields this class does not declare. {@link #toString()} shows
 * the declared non-secret fields and only the names of the others. Immutable.
 */
public final class Storage {

	/** Fields this class reads, by JSON name. */
	private static final Set<String> DECLARED = Set.of("id", "type", "project", "title", "description",
			"created_at", "status", "last_sync", "last_sync_count", "last_sync_job", "traceback", "meta",
			"synchronizable", "bucket", "prefix", "regex_filter", "use_blob_urls", "presign", "presign_ttl",
			"recursive_scan", "region_name", "s3_endpoint", "aws_sse_kms_key_id", "role_arn", "external_id",
			"google_project_id", "container", "host", "port", "db", "path", "can_delete_objects");

	/** Fields never shown, whatever their value. */
	private static final Set<String> SECRETS = Set.of("aws_access_key_id", "aws_secret_access_key",
			"aws_session_token", "google_application_credentials", "account_name", "account_key", "password");

	private final Map<String, Object> json;

	private Storage(Map<String, Object> json) {
		this.json = json;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static Storage fromJson(Map<String, Object> json) {
		return new Storage(json);
	}

	/**
	 * A storage made from a JSON object (tests, fixtures).
	 * @param json the fields by JSON name
	 * @return the storage
	 */
	public static Storage of(Map<String, ?> json) {
		if (json == null) {
			throw new IllegalArgumentException("json must not be null");
		}
		return new Storage(new LinkedHashMap<>(json));
	}

	/** The storage id ({@code id}), or {@code null}. */
	public @Nullable Long id() {
		return longValue("id");
	}

	/** The storage type ({@code type}: {@code s3}, {@code gcs}, {@code azure}, {@code localfiles}, ...), or {@code null}. */
	public @Nullable String type() {
		return string("type");
	}

	/** The project id ({@code project}), or {@code null}. */
	public @Nullable Long project() {
		return longValue("project");
	}

	/** The title ({@code title}), or {@code null}. */
	public @Nullable String title() {
		return string("title");
	}

	/** The description ({@code description}), or {@code null}. */
	public @Nullable String description() {
		return string("description");
	}

	/** Creation time ({@code created_at}), or {@code null}. */
	public @Nullable OffsetDateTime createdAt() {
		return dateTime("created_at");
	}

	/** The status of the last sync ({@code status}), or {@code null} when absent. */
	public @Nullable StorageStatus status() {
		String status = string("status");
		return (status != null && !status.isBlank()) ? StorageStatus.of(status) : null;
	}

	/** When the last sync finished ({@code last_sync}), or {@code null}. */
	public @Nullable OffsetDateTime lastSync() {
		return dateTime("last_sync");
	}

	/**
	 * What the last sync did ({@code last_sync_count}): tasks created by an import storage, annotations
	 * written by an export storage; {@code null} when unknown.
	 */
	public @Nullable Long lastSyncCount() {
		return longValue("last_sync_count");
	}

	/** The server's job id of the last sync ({@code last_sync_job}), or {@code null} (inline syncs have none). */
	public @Nullable String lastSyncJob() {
		return string("last_sync_job");
	}

	/** The error of the last sync, or the validation errors joined by newlines ({@code traceback}), or {@code null}. */
	public @Nullable String traceback() {
		return string("traceback");
	}

	/**
	 * The sync details ({@code meta}): {@code attempts}, {@code time_queued}, {@code time_in_progress},
	 * {@code time_completed}, {@code time_failure}, {@code duration}, {@code tasks_existed},
	 * {@code tasks_failed_validation}, {@code total_annotations}, ... as sent.
	 * @return a read-only map, empty when absent
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> meta() {
		return (this.json.get("meta") instanceof Map<?, ?> meta) ? Collections.unmodifiableMap((Map<String, Object>) meta)
				: Map.of();
	}

	/** Whether the storage can be synced ({@code synchronizable}), or {@code null}. */
	public @Nullable Boolean synchronizable() {
		return bool("synchronizable");
	}

	/** The bucket ({@code bucket}: S3, GCS), or {@code null}. */
	public @Nullable String bucket() {
		return string("bucket");
	}

	/** The key prefix ({@code prefix}), or {@code null}. */
	public @Nullable String prefix() {
		return string("prefix");
	}

	/** The object key filter ({@code regex_filter}), or {@code null}. */
	public @Nullable String regexFilter() {
		return string("regex_filter");
	}

	/** Whether objects become tasks with their URL ({@code use_blob_urls}), or {@code null}. */
	public @Nullable Boolean useBlobUrls() {
		return bool("use_blob_urls");
	}

	/** Whether URLs are presigned ({@code presign}), or {@code null}. */
	public @Nullable Boolean presign() {
		return bool("presign");
	}

	/** Presigned URL lifetime in minutes ({@code presign_ttl}), or {@code null}. */
	public @Nullable Long presignTtl() {
		return longValue("presign_ttl");
	}

	/** Whether sub-prefixes are scanned ({@code recursive_scan}), or {@code null}. */
	public @Nullable Boolean recursiveScan() {
		return bool("recursive_scan");
	}

	/** The AWS region ({@code region_name}), or {@code null}. */
	public @Nullable String regionName() {
		return string("region_name");
	}

	/** The S3 endpoint ({@code s3_endpoint}), or {@code null}. */
	public @Nullable String s3Endpoint() {
		return string("s3_endpoint");
	}

	/** The KMS key id for server-side encryption ({@code aws_sse_kms_key_id}), or {@code null}. */
	public @Nullable String awsSseKmsKeyId() {
		return string("aws_sse_kms_key_id");
	}

	/** The IAM role's ARN ({@code role_arn}: s3s), or {@code null}. */
	public @Nullable String roleArn() {
		return string("role_arn");
	}

	/** The external id of the role ({@code external_id}: s3s), or {@code null}. */
	public @Nullable String externalId() {
		return string("external_id");
	}

	/** The Google Cloud project id ({@code google_project_id}), or {@code null}. */
	public @Nullable String googleProjectId() {
		return string("google_project_id");
	}

	/** The Azure container ({@code container}), or {@code null}. */
	public @Nullable String container() {
		return string("container");
	}

	/** The Redis host ({@code host}), or {@code null}. */
	public @Nullable String host() {
		return string("host");
	}

	/** The Redis port ({@code port}; a string on the wire, numbers are read too), or {@code null}. */
	public @Nullable String port() {
		Object port = this.json.get("port");
		return (port instanceof String || port instanceof Number) ? String.valueOf(port) : null;
	}

	/** The Redis database number ({@code db}), or {@code null}. */
	public @Nullable Long db() {
		return longValue("db");
	}

	/** The directory (local files) or key prefix (Redis) ({@code path}), or {@code null}. */
	public @Nullable String path() {
		return string("path");
	}

	/** Whether deleting an annotation deletes its object ({@code can_delete_objects}), or {@code null}. */
	public @Nullable Boolean canDeleteObjects() {
		return bool("can_delete_objects");
	}

	/**
	 * A field as the server sent it, declared or not, secrets included (the server returns
	 * {@code aws_session_token}).
	 * @param name the JSON name
	 * @return the value, or {@code null} when absent or JSON {@code null}
	 */
	public @Nullable Object rawField(String name) {
		return this.json.get(name);
	}

	/**
	 * The fields this class does not declare, as sent (secret ones included).
	 * @return a read-only map
	 */
	public Map<String, Object> additionalProperties() {
		Map<String, Object> additional = new LinkedHashMap<>();
		this.json.forEach((name, value) -> {
			if (!DECLARED.contains(name)) {
				additional.put(name, value);
			}
		});
		return Collections.unmodifiableMap(additional);
	}

	/** The whole JSON object as read; what serializing the storage writes. */
	@JsonValue
	public Map<String, Object> rawJson() {
		return Collections.unmodifiableMap(this.json);
	}

	private @Nullable String string(String name) {
		return (this.json.get(name) instanceof String value) ? value : null;
	}

	private @Nullable Boolean bool(String name) {
		return (this.json.get(name) instanceof Boolean value) ? value : null;
	}

	private @Nullable Long longValue(String name) {
		Object value = this.json.get(name);
		if (value instanceof Number number) {
			double d = number.doubleValue();
			return (d == Math.rint(d)) ? number.longValue() : null;
		}
		if (value instanceof String text) {
			try {
				return Long.parseLong(text.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private @Nullable OffsetDateTime dateTime(String name) {
		if (!(this.json.get(name) instanceof String text) || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text.strip()).atOffset(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ignored) {
				return null;
			}
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Storage that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/** The declared fields that are present (secrets masked, {@code meta} and {@code traceback} by size), then the other fields' names. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Storage[");
		boolean first = true;
		for (Map.Entry<String, Object> field : this.json.entrySet()) {
			String name = field.getKey();
			if (!DECLARED.contains(name) || field.getValue() == null) {
				continue;
			}
			if (!first) {
				text.append(", ");
			}
			first = false;
			text.append(name).append('=');
			Object value = field.getValue();
			if (name.equals("traceback") && value instanceof String traceback) {
				text.append("(").append(traceback.length()).append(" chars)");
			}
			else if (value instanceof Map<?, ?> map) {
				text.append("{").append(map.size()).append(" fields}");
			}
			else if (value instanceof List<?> list) {
				text.append("[").append(list.size()).append(" items]");
			}
			else {
				text.append(value);
			}
		}
		List<String> others = this.json.keySet().stream().filter((name) -> !DECLARED.contains(name)).toList();
		if (!others.isEmpty()) {
			if (!first) {
				text.append(", ");
			}
			text.append("other fields=").append(others.stream()
				.map((name) -> SECRETS.contains(name) ? name + " (secret)" : name)
				.toList());
		}
		return text.append(']').toString();
	}

}
