package dev.labelstudio4j.client.storages;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * An import or export storage as the server reports it: its settings without the secrets (the server
 * never returns access keys, account keys, passwords or credentials; it does return
 * {@code aws_session_token}, which is kept but never shown) and the state of its last sync.
 * <p>
 * Read leniently: a field that arrives with another JSON type than expected makes its accessor answer
 * {@code null} instead of failing the call; integers are also read from numeric strings, date-times from
 * ISO-8601 strings with or without an offset (then UTC). {@link #rawField(String)} answers any field as
 * sent, {@link #additionalProperties()} the fields this class does not declare. {@link #toString()} shows
 * the declared fields (secrets and the traceback masked) and only the names of the others; drifted
 * fields are logged at DEBUG by {@code dev.labelstudio4j.client.internal.json.ModelSchema} (never their
 * values). Immutable.
 */
public final class Storage {

	private static final ModelSchema SCHEMA = ModelSchema.of("Storage")
		.field("id", FieldKind.INTEGER)
		.field("type", FieldKind.STRING)
		.field("project", FieldKind.INTEGER)
		.field("title", FieldKind.STRING)
		.field("description", FieldKind.STRING)
		.field("created_at", FieldKind.DATE_TIME)
		.field("status", FieldKind.STRING)
		.field("last_sync", FieldKind.DATE_TIME)
		.field("last_sync_count", FieldKind.INTEGER)
		.field("last_sync_job", FieldKind.STRING)
		// the server's error may quote what it was sent
		.secret("traceback", FieldKind.STRING)
		.field("meta", FieldKind.OBJECT)
		.field("synchronizable", FieldKind.BOOLEAN)
		.field("bucket", FieldKind.STRING)
		.field("prefix", FieldKind.STRING)
		.field("regex_filter", FieldKind.STRING)
		.field("use_blob_urls", FieldKind.BOOLEAN)
		.field("presign", FieldKind.BOOLEAN)
		.field("presign_ttl", FieldKind.INTEGER)
		.field("recursive_scan", FieldKind.BOOLEAN)
		.field("region_name", FieldKind.STRING)
		.field("s3_endpoint", FieldKind.STRING)
		.field("aws_sse_kms_key_id", FieldKind.STRING)
		.field("role_arn", FieldKind.STRING)
		.field("external_id", FieldKind.STRING)
		.field("google_project_id", FieldKind.STRING)
		.field("container", FieldKind.STRING)
		.field("host", FieldKind.STRING)
		.field("port", FieldKind.TEXT)
		.field("db", FieldKind.INTEGER)
		.field("path", FieldKind.STRING)
		.field("can_delete_objects", FieldKind.BOOLEAN)
		.secret("aws_access_key_id", FieldKind.STRING)
		.secret("aws_secret_access_key", FieldKind.STRING)
		.secret("aws_session_token", FieldKind.STRING)
		.secret("google_application_credentials", FieldKind.STRING)
		.secret("account_name", FieldKind.STRING)
		.secret("account_key", FieldKind.STRING)
		.secret("password", FieldKind.STRING)
		.build();

	private final Map<String, Object> json;

	private Storage(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
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
	public Map<String, Object> meta() {
		Map<String, Object> meta = JsonValues.toMap(this.json.get("meta"));
		return (meta != null) ? meta : Map.of();
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
		return JsonValues.toText(this.json.get("port"));
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
		return JsonValues.readOnly(this.json.get(name));
	}

	/**
	 * The fields this class does not declare, as sent (secret ones included).
	 * @return a read-only map
	 */
	public Map<String, Object> additionalProperties() {
		return SCHEMA.additionalProperties(this.json);
	}

	/** The whole JSON object as read; what serializing the storage writes. */
	@JsonValue
	public Map<String, Object> rawJson() {
		return JsonValues.readOnlyMap(this.json);
	}

	private @Nullable String string(String name) {
		return JsonValues.toStringValue(this.json.get(name));
	}

	private @Nullable Boolean bool(String name) {
		return JsonValues.toBoolean(this.json.get(name));
	}

	private @Nullable Long longValue(String name) {
		return JsonValues.toLong(this.json.get(name));
	}

	private @Nullable OffsetDateTime dateTime(String name) {
		return JsonValues.toDateTime(this.json.get(name));
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Storage that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * The declared fields that are present (secrets and the traceback masked, {@code meta} by size), then
	 * the names of the other fields.
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

}
