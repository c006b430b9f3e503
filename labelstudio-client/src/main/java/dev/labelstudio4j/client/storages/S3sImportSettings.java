package dev.labelstudio4j.client.storages;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The settings of an Amazon S3 import storage reached through an IAM role (Label Studio Enterprise), for
 * {@link ImportStorageClient#s3s()}. Build with {@link #builder()}; only the fields set are sent.
 * Secret fields ({@code aws_access_key_id}, {@code aws_secret_access_key}, {@code aws_session_token}) are sent but never shown by
 * {@link #toString()} nor in the client's exception messages; the server never returns them.
 */
public final class S3sImportSettings extends StorageSettings {

	private static final Set<String> SECRET_FIELDS = Set.of("aws_access_key_id", "aws_secret_access_key", "aws_session_token");

	private S3sImportSettings(Map<String, Object> fields) {
		super(fields, SECRET_FIELDS);
	}

	/**
	 * Start building settings with no field set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from these settings.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.fields.putAll(fields());
		return builder;
	}

	/**
	 * Return the ARN of the IAM role the server assumes ({@code role_arn}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String roleArn() {
		return string("role_arn");
	}

	/**
	 * Return the external id the role's trust policy requires ({@code external_id}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String externalId() {
		return string("external_id");
	}

	/**
	 * Return the bucket name ({@code bucket}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String bucket() {
		return string("bucket");
	}

	/**
	 * Return the key prefix objects are listed under ({@code prefix}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String prefix() {
		return string("prefix");
	}

	/**
	 * Return the regular expression object keys must match (matched from the start of the key); empty or unset for every object ({@code regex_filter}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String regexFilter() {
		return string("regex_filter");
	}

	/**
	 * Return whether each object becomes a task with its URL (media files) instead of being read as a JSON task file ({@code use_blob_urls}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable Boolean useBlobUrls() {
		return bool("use_blob_urls");
	}

	/**
	 * Return whether object URLs are presigned for direct download ({@code presign}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable Boolean presign() {
		return bool("presign");
	}

	/**
	 * Return the lifetime of presigned URLs, in minutes (0 to 32767) ({@code presign_ttl}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable Integer presignTtl() {
		return integer("presign_ttl");
	}

	/**
	 * Return whether objects under sub-prefixes are listed too ({@code recursive_scan}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable Boolean recursiveScan() {
		return bool("recursive_scan");
	}

	/**
	 * Return the id of the KMS key for server-side encryption ({@code aws_sse_kms_key_id}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String awsSseKmsKeyId() {
		return string("aws_sse_kms_key_id");
	}

	/**
	 * Return the AWS region, for example {@code eu-west-1} ({@code region_name}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String regionName() {
		return string("region_name");
	}

	/**
	 * Return the S3 endpoint URL (MinIO or another S3-compatible service) ({@code s3_endpoint}).
	 * @return the value, or {@code null} when not set
	 */
	public @Nullable String s3Endpoint() {
		return string("s3_endpoint");
	}

	/** Builder for {@link S3sImportSettings}. A setter given {@code null} removes the field. */
	public static final class Builder extends StorageSettings.Builder<Builder> {

		private Builder() {
		}

		/**
		 * Set the ARN of the IAM role the server assumes ({@code role_arn}).
		 * @param roleArn the value
		 * @return this builder
		 */
		public Builder roleArn(@Nullable String roleArn) {
			return set("role_arn", roleArn);
		}

		/**
		 * Set the external id the role's trust policy requires ({@code external_id}).
		 * @param externalId the value
		 * @return this builder
		 */
		public Builder externalId(@Nullable String externalId) {
			return set("external_id", externalId);
		}

		/**
		 * Set the bucket name ({@code bucket}).
		 * @param bucket the value
		 * @return this builder
		 */
		public Builder bucket(@Nullable String bucket) {
			return set("bucket", bucket);
		}

		/**
		 * Set the key prefix objects are listed under ({@code prefix}).
		 * @param prefix the value
		 * @return this builder
		 */
		public Builder prefix(@Nullable String prefix) {
			return set("prefix", prefix);
		}

		/**
		 * Set the regular expression object keys must match (matched from the start of the key); empty or unset for every object ({@code regex_filter}).
		 * @param regexFilter the value
		 * @return this builder
		 */
		public Builder regexFilter(@Nullable String regexFilter) {
			return set("regex_filter", regexFilter);
		}

		/**
		 * Set whether each object becomes a task with its URL (media files) instead of being read as a JSON task file ({@code use_blob_urls}).
		 * @param useBlobUrls the value
		 * @return this builder
		 */
		public Builder useBlobUrls(@Nullable Boolean useBlobUrls) {
			return set("use_blob_urls", useBlobUrls);
		}

		/**
		 * Set whether object URLs are presigned for direct download ({@code presign}).
		 * @param presign the value
		 * @return this builder
		 */
		public Builder presign(@Nullable Boolean presign) {
			return set("presign", presign);
		}

		/**
		 * Set the lifetime of presigned URLs, in minutes (0 to 32767) ({@code presign_ttl}).
		 * @param presignTtl the value
		 * @return this builder
		 */
		public Builder presignTtl(@Nullable Integer presignTtl) {
			return nonNegative("presignTtl", presignTtl, 32767);
		}

		/**
		 * Set whether objects under sub-prefixes are listed too ({@code recursive_scan}).
		 * @param recursiveScan the value
		 * @return this builder
		 */
		public Builder recursiveScan(@Nullable Boolean recursiveScan) {
			return set("recursive_scan", recursiveScan);
		}

		/**
		 * Set the AWS access key id (secret) ({@code aws_access_key_id}).
		 * @param awsAccessKeyId the value
		 * @return this builder
		 */
		public Builder awsAccessKeyId(@Nullable String awsAccessKeyId) {
			return set("aws_access_key_id", awsAccessKeyId);
		}

		/**
		 * Set the AWS secret access key (secret) ({@code aws_secret_access_key}).
		 * @param awsSecretAccessKey the value
		 * @return this builder
		 */
		public Builder awsSecretAccessKey(@Nullable String awsSecretAccessKey) {
			return set("aws_secret_access_key", awsSecretAccessKey);
		}

		/**
		 * Set the AWS session token (secret) ({@code aws_session_token}).
		 * @param awsSessionToken the value
		 * @return this builder
		 */
		public Builder awsSessionToken(@Nullable String awsSessionToken) {
			return set("aws_session_token", awsSessionToken);
		}

		/**
		 * Set the id of the KMS key for server-side encryption ({@code aws_sse_kms_key_id}).
		 * @param awsSseKmsKeyId the value
		 * @return this builder
		 */
		public Builder awsSseKmsKeyId(@Nullable String awsSseKmsKeyId) {
			return set("aws_sse_kms_key_id", awsSseKmsKeyId);
		}

		/**
		 * Set the AWS region, for example {@code eu-west-1} ({@code region_name}).
		 * @param regionName the value
		 * @return this builder
		 */
		public Builder regionName(@Nullable String regionName) {
			return set("region_name", regionName);
		}

		/**
		 * Set the S3 endpoint URL (MinIO or another S3-compatible service) ({@code s3_endpoint}).
		 * @param s3Endpoint the value
		 * @return this builder
		 */
		public Builder s3Endpoint(@Nullable String s3Endpoint) {
			return set("s3_endpoint", s3Endpoint);
		}

		/**
		 * Build the immutable {@code S3sImportSettings}.
		 * @return the settings
		 */
		public S3sImportSettings build() {
			return new S3sImportSettings(this.fields);
		}

	}

}
