package dev.labelstudio4j.client.storages;

/** The storage types the client has a per-type client for, with the path segment the server uses. */
public enum StorageType {

	/** Azure Blob Storage ({@code azure}). */
	AZURE("azure"),

	/** Google Cloud Storage ({@code gcs}). */
	GCS("gcs"),

	/** A directory of the server's machine ({@code localfiles}). */
	LOCAL_FILES("localfiles"),

	/** Redis ({@code redis}). */
	REDIS("redis"),

	/** Amazon S3 or an S3-compatible service ({@code s3}). */
	S3("s3"),

	/** Amazon S3 through an IAM role ({@code s3s}, Label Studio Enterprise). */
	S3S("s3s");

	private final String pathSegment;

	StorageType(String pathSegment) {
		this.pathSegment = pathSegment;
	}

	/**
	 * The type's name in the server's paths and in {@link Storage#type()}, for example {@code localfiles}.
	 * @return the name
	 */
	public String pathSegment() {
		return this.pathSegment;
	}

}
