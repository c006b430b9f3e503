package dev.labelstudio4j.client.storages;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;

/**
 * Every storage type and direction with its per-type client, settings that set every typed field, the
 * JSON those settings must be on the wire, their secret values and the SDK 1.0.4 paths (copied from
 * {@code shared/reference/endpoint-index/sdk-1.0.4-endpoints.json}).
 */
final class StorageCases {

	static final String GCS_CREDENTIALS = "{\"type\": \"service_account\", \"project_id\": \"labeling\","
			+ " \"private_key_id\": \"gcs-private-key-id-0123456789\","
			+ " \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n\","
			+ " \"client_email\": \"labeler@labeling.iam.gserviceaccount.com\"}";

	private StorageCases() {
	}

	static List<Case> all() {
		return List.of(
				new Case("import", StorageType.S3, (c) -> c.importStorage().s3(),
						S3ImportSettings.builder().title("raw images").description("from S3").bucket("raw-images")
							.prefix("images/").regexFilter(".*\\.json$").useBlobUrls(false).presign(true).presignTtl(15)
							.recursiveScan(true).awsAccessKeyId("AKIAS3IMPORTKEYID").awsSecretAccessKey("s3-import-secret-access-key")
							.awsSessionToken("s3-import-session-token").awsSseKmsKeyId("kms-key-1").regionName("eu-west-1")
							.s3Endpoint("https://minio.example.com").build(),
						"""
						{"title":"raw images","description":"from S3","bucket":"raw-images","prefix":"images/",
						 "regex_filter":".*\\\\.json$","use_blob_urls":false,"presign":true,"presign_ttl":15,"recursive_scan":true,
						 "aws_access_key_id":"AKIAS3IMPORTKEYID","aws_secret_access_key":"s3-import-secret-access-key",
						 "aws_session_token":"s3-import-session-token","aws_sse_kms_key_id":"kms-key-1","region_name":"eu-west-1",
						 "s3_endpoint":"https://minio.example.com"}""",
						List.of("AKIAS3IMPORTKEYID", "s3-import-secret-access-key", "s3-import-session-token"),
						"/api/storages/s3/", "/api/storages/s3/%d", "/api/storages/s3/validate", "/api/storages/s3/%d/sync"),
				new Case("import", StorageType.S3S, (c) -> c.importStorage().s3s(),
						S3sImportSettings.builder().title("role bucket").roleArn("arn:aws:iam::123456789012:role/labeling")
							.externalId("ext-42").bucket("role-bucket").prefix("tasks/").regexFilter(".*").useBlobUrls(true)
							.presign(false).presignTtl(5).recursiveScan(false).regionName("us-east-1")
							.awsAccessKeyId("AKIAS3SKEYID").awsSecretAccessKey("s3s-secret-access-key").build(),
						"""
						{"title":"role bucket","role_arn":"arn:aws:iam::123456789012:role/labeling","external_id":"ext-42",
						 "bucket":"role-bucket","prefix":"tasks/","regex_filter":".*","use_blob_urls":true,"presign":false,
						 "presign_ttl":5,"recursive_scan":false,"region_name":"us-east-1","aws_access_key_id":"AKIAS3SKEYID",
						 "aws_secret_access_key":"s3s-secret-access-key"}""",
						List.of("AKIAS3SKEYID", "s3s-secret-access-key"),
						"/api/storages/s3s", "/api/storages/s3s/%d", "/api/storages/s3s/validate", "/api/storages/s3s/%d/sync"),
				new Case("import", StorageType.GCS, (c) -> c.importStorage().gcs(),
						GcsImportSettings.builder().title("gcs tasks").bucket("gcs-bucket").prefix("in/").regexFilter(".*json")
							.useBlobUrls(false).presign(true).presignTtl(1).googleApplicationCredentials(GCS_CREDENTIALS)
							.googleProjectId("labeling").build(),
						"{\"title\":\"gcs tasks\",\"bucket\":\"gcs-bucket\",\"prefix\":\"in/\",\"regex_filter\":\".*json\","
								+ "\"use_blob_urls\":false,\"presign\":true,\"presign_ttl\":1,\"google_application_credentials\":"
								+ quoted(GCS_CREDENTIALS) + ",\"google_project_id\":\"labeling\"}",
						List.of(GCS_CREDENTIALS, "gcs-private-key-id-0123456789",
								"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"),
						"/api/storages/gcs/", "/api/storages/gcs/%d", "/api/storages/gcs/validate", "/api/storages/gcs/%d/sync"),
				new Case("import", StorageType.AZURE, (c) -> c.importStorage().azure(),
						AzureImportSettings.builder().title("azure blobs").container("images").prefix("2026/")
							.regexFilter(".*\\.jpg").useBlobUrls(true).presign(true).presignTtl(60)
							.accountName("azureimportaccount").accountKey("azure-import-account-key==").build(),
						"""
						{"title":"azure blobs","container":"images","prefix":"2026/","regex_filter":".*\\\\.jpg","use_blob_urls":true,
						 "presign":true,"presign_ttl":60,"account_name":"azureimportaccount","account_key":"azure-import-account-key=="}""",
						List.of("azureimportaccount", "azure-import-account-key=="),
						"/api/storages/azure/", "/api/storages/azure/%d", "/api/storages/azure/validate",
						"/api/storages/azure/%d/sync"),
				new Case("import", StorageType.REDIS, (c) -> c.importStorage().redis(),
						RedisImportSettings.builder().title("redis tasks").host("redis.example.com").port(6380)
							.password("redis-import-password").path("tasks:").regexFilter("tasks:.*").useBlobUrls(false)
							.build(),
						"""
						{"title":"redis tasks","host":"redis.example.com","port":"6380","password":"redis-import-password",
						 "path":"tasks:","regex_filter":"tasks:.*","use_blob_urls":false}""",
						List.of("redis-import-password"),
						"/api/storages/redis/", "/api/storages/redis/%d", "/api/storages/redis/validate",
						"/api/storages/redis/%d/sync"),
				new Case("import", StorageType.LOCAL_FILES, (c) -> c.importStorage().local(),
						LocalFilesImportSettings.builder().title("local").path("/data/in").regexFilter(".*\\.json")
							.useBlobUrls(false).build(),
						"{\"title\":\"local\",\"path\":\"/data/in\",\"regex_filter\":\".*\\\\.json\",\"use_blob_urls\":false}",
						List.of(),
						"/api/storages/localfiles/", "/api/storages/localfiles/%d", "/api/storages/localfiles/validate",
						"/api/storages/localfiles/%d/sync"),
				new Case("export", StorageType.S3, (c) -> c.exportStorage().s3(),
						S3ExportSettings.builder().title("annotations").bucket("labels").prefix("out/").canDeleteObjects(true)
							.awsAccessKeyId("AKIAS3EXPORTKEYID").awsSecretAccessKey("s3-export-secret-access-key")
							.awsSessionToken("s3-export-session-token").awsSseKmsKeyId("kms-key-2").regionName("eu-central-1")
							.s3Endpoint("https://s3.eu-central-1.amazonaws.com").build(),
						"""
						{"title":"annotations","bucket":"labels","prefix":"out/","can_delete_objects":true,
						 "aws_access_key_id":"AKIAS3EXPORTKEYID","aws_secret_access_key":"s3-export-secret-access-key",
						 "aws_session_token":"s3-export-session-token","aws_sse_kms_key_id":"kms-key-2","region_name":"eu-central-1",
						 "s3_endpoint":"https://s3.eu-central-1.amazonaws.com"}""",
						List.of("AKIAS3EXPORTKEYID", "s3-export-secret-access-key", "s3-export-session-token"),
						"/api/storages/export/s3", "/api/storages/export/s3/%d", "/api/storages/export/s3/validate",
						"/api/storages/export/s3/%d/sync"),
				new Case("export", StorageType.S3S, (c) -> c.exportStorage().s3s(),
						S3sExportSettings.builder().title("role export").roleArn("arn:aws:iam::123456789012:role/export")
							.externalId("ext-43").bucket("export-bucket").prefix("labels/").canDeleteObjects(false)
							.regionName("us-west-2").awsSessionToken("s3s-export-session-token").build(),
						"""
						{"title":"role export","role_arn":"arn:aws:iam::123456789012:role/export","external_id":"ext-43",
						 "bucket":"export-bucket","prefix":"labels/","can_delete_objects":false,"region_name":"us-west-2",
						 "aws_session_token":"s3s-export-session-token"}""",
						List.of("s3s-export-session-token"),
						"/api/storages/export/s3s", "/api/storages/export/s3s/%d", "/api/storages/export/s3s/validate", null),
				new Case("export", StorageType.GCS, (c) -> c.exportStorage().gcs(),
						GcsExportSettings.builder().title("gcs export").bucket("gcs-out").prefix("labels/")
							.canDeleteObjects(false).googleApplicationCredentials(GCS_CREDENTIALS).googleProjectId("labeling")
							.build(),
						"{\"title\":\"gcs export\",\"bucket\":\"gcs-out\",\"prefix\":\"labels/\",\"can_delete_objects\":false,"
								+ "\"google_application_credentials\":" + quoted(GCS_CREDENTIALS)
								+ ",\"google_project_id\":\"labeling\"}",
						List.of(GCS_CREDENTIALS, "gcs-private-key-id-0123456789",
								"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"),
						"/api/storages/export/gcs", "/api/storages/export/gcs/%d", "/api/storages/export/gcs/validate",
						"/api/storages/export/gcs/%d/sync"),
				new Case("export", StorageType.AZURE, (c) -> c.exportStorage().azure(),
						AzureExportSettings.builder().title("azure export").container("labels").prefix("out/")
							.canDeleteObjects(true).accountName("azureexportaccount").accountKey("azure-export-account-key==")
							.build(),
						"""
						{"title":"azure export","container":"labels","prefix":"out/","can_delete_objects":true,
						 "account_name":"azureexportaccount","account_key":"azure-export-account-key=="}""",
						List.of("azureexportaccount", "azure-export-account-key=="),
						"/api/storages/export/azure", "/api/storages/export/azure/%d", "/api/storages/export/azure/validate",
						"/api/storages/export/azure/%d/sync"),
				new Case("export", StorageType.REDIS, (c) -> c.exportStorage().redis(),
						RedisExportSettings.builder().title("redis export").host("10.0.0.5").port("6379")
							.password("redis-export-password").db(0).path("labels:").canDeleteObjects(false).build(),
						"""
						{"title":"redis export","host":"10.0.0.5","port":"6379","password":"redis-export-password","db":0,
						 "path":"labels:","can_delete_objects":false}""",
						List.of("redis-export-password"),
						"/api/storages/export/redis", "/api/storages/export/redis/%d", "/api/storages/export/redis/validate",
						"/api/storages/export/redis/%d/sync"),
				new Case("export", StorageType.LOCAL_FILES, (c) -> c.exportStorage().local(),
						LocalFilesExportSettings.builder().title("local export").path("/data/out").regexFilter(".*")
							.build(),
						"{\"title\":\"local export\",\"path\":\"/data/out\",\"regex_filter\":\".*\"}",
						List.of(),
						"/api/storages/export/localfiles", "/api/storages/export/localfiles/%d",
						"/api/storages/export/localfiles/validate", "/api/storages/export/localfiles/%d/sync"));
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/**
	 * One storage type and direction.
	 * @param direction {@code import} or {@code export}
	 * @param type the type
	 * @param client its per-type client
	 * @param settings settings with every typed field set
	 * @param json the settings on the wire
	 * @param secrets the secret values in them
	 * @param collection the list and create path
	 * @param item the item path, {@code %d} for the id
	 * @param validate the validate path
	 * @param sync the sync path, {@code %d} for the id, or {@code null} when the type has no sync
	 */
	record Case(String direction, StorageType type, Function<LabelStudioClient, StorageClient<?>> client,
			StorageSettings settings, String json, List<String> secrets, String collection, String item,
			String validate, @Nullable String sync) {

		@SuppressWarnings("unchecked")
		StorageClient<StorageSettings> of(LabelStudioClient labelStudio) {
			return (StorageClient<StorageSettings>) this.client.apply(labelStudio);
		}

		String operationPrefix() {
			String name = (this.type == StorageType.LOCAL_FILES) ? "local" : this.type.pathSegment();
			return this.direction + "_storage." + name;
		}

		@Override
		public String toString() {
			return this.direction + " " + this.type.pathSegment();
		}

	}

}
