package dev.labelstudio4j.emulator.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's storages: one table per direction and type (ids from 1 in each, as Label Studio's tables),
 * each storage's fields as sent (secrets included, never answered), the object keys each import storage
 * has turned into tasks, and the local-files document root. Guarded by the emulator's lock.
 */
final class StorageState {

	/** The storage types, by path segment, with the fields each accepts besides the common ones. */
	static final Map<String, List<String>> IMPORT_FIELDS = new LinkedHashMap<>();

	static final Map<String, List<String>> EXPORT_FIELDS = new LinkedHashMap<>();

	/** Fields Label Studio never answers. */
	static final Set<String> SECRETS = Set.of("aws_access_key_id", "aws_secret_access_key",
			"google_application_credentials", "account_name", "account_key", "password");

	static {
		List<String> aws = List.of("aws_access_key_id", "aws_secret_access_key", "aws_session_token",
				"aws_sse_kms_key_id", "region_name", "s3_endpoint");
		List<String> importCloud = List.of("regex_filter", "use_blob_urls", "presign", "presign_ttl");
		IMPORT_FIELDS.put("s3", concat(List.of("bucket", "prefix", "recursive_scan"), importCloud, aws));
		IMPORT_FIELDS.put("s3s", concat(List.of("role_arn", "external_id", "bucket", "prefix", "recursive_scan",
				"legacy_auth"), importCloud, aws));
		IMPORT_FIELDS.put("gcs", concat(List.of("bucket", "prefix", "google_application_credentials",
				"google_project_id"), importCloud));
		IMPORT_FIELDS.put("azure", concat(List.of("container", "prefix", "account_name", "account_key"), importCloud));
		IMPORT_FIELDS.put("redis", List.of("host", "port", "password", "db", "path", "regex_filter", "use_blob_urls"));
		IMPORT_FIELDS.put("localfiles", List.of("path", "regex_filter", "use_blob_urls", "recursive_scan"));
		EXPORT_FIELDS.put("s3", concat(List.of("bucket", "prefix", "can_delete_objects"), aws));
		EXPORT_FIELDS.put("s3s", concat(List.of("role_arn", "external_id", "bucket", "prefix", "can_delete_objects",
				"legacy_auth"), aws));
		EXPORT_FIELDS.put("gcs", List.of("bucket", "prefix", "can_delete_objects", "google_application_credentials",
				"google_project_id"));
		EXPORT_FIELDS.put("azure", List.of("container", "prefix", "can_delete_objects", "account_name", "account_key"));
		EXPORT_FIELDS.put("redis", List.of("host", "port", "password", "db", "path", "can_delete_objects"));
		EXPORT_FIELDS.put("localfiles", List.of("path", "regex_filter", "use_blob_urls", "can_delete_objects"));
	}

	private final Map<String, Map<Long, Map<String, Object>>> tables = new LinkedHashMap<>();

	private final Map<String, Long> sequences = new LinkedHashMap<>();

	private final Map<String, Set<String>> importedKeys = new LinkedHashMap<>();

	private volatile @Nullable Path documentRoot;

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

	/** The table of one direction ({@code import}, {@code export}) and type. */
	Map<Long, Map<String, Object>> table(String direction, String type) {
		return this.tables.computeIfAbsent(direction + ":" + type, (key) -> new TreeMap<>());
	}

	long nextId(String direction, String type) {
		return this.sequences.merge(direction + ":" + type, 1L, Long::sum);
	}

	/** The keys an import storage has already turned into tasks. */
	Set<String> importedKeys(String type, long id) {
		return this.importedKeys.computeIfAbsent(type + ":" + id, (key) -> new LinkedHashSet<>());
	}

	void forget(String direction, String type, long id) {
		table(direction, type).remove(id);
		if (direction.equals("import")) {
			this.importedKeys.remove(type + ":" + id);
		}
	}

	@Nullable Path documentRoot() {
		return this.documentRoot;
	}

	void documentRoot(@Nullable Path documentRoot) {
		this.documentRoot = documentRoot;
	}

	void clear() {
		this.tables.clear();
		this.sequences.clear();
		this.importedKeys.clear();
	}

}
