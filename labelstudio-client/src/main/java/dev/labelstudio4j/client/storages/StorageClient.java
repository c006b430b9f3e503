package dev.labelstudio4j.client.storages;

import java.util.List;

import dev.labelstudio4j.client.RequestOptions;

/**
 * The operations on the storages of one type and direction (import S3, export Azure, ...). Obtain it from
 * {@link ImportStorageClient} or {@link ExportStorageClient}. Secrets in the settings never appear in the
 * messages, {@code getBody()}, {@code getDetail()} or {@code getValidationErrors()} of the exceptions
 * these calls throw, even when the server's error echoes them. Thread-safe.
 *
 * @param <S> the settings of this type and direction
 */
public interface StorageClient<S extends StorageSettings> {

	/**
	 * The storage type this client works on.
	 * @return the type
	 */
	StorageType type();

	/**
	 * List the project's storages of this type ({@code GET ...?project=}).
	 * @param project the project id
	 * @return the storages
	 */
	default List<Storage> list(long project) {
		return list(project, RequestOptions.none());
	}

	/** List the project's storages of this type, with per-call options. */
	List<Storage> list(long project, RequestOptions options);

	/**
	 * Create a storage in a project. The server checks the connection first (for most types) and, for an
	 * export storage, may write the project's existing annotations to it at once.
	 * @param project the project id
	 * @param settings the storage's settings
	 * @return the created storage (without its secrets)
	 */
	default Storage create(long project, S settings) {
		return create(project, settings, RequestOptions.none());
	}

	/** Create a storage, with per-call options. */
	Storage create(long project, S settings, RequestOptions options);

	/**
	 * Validate settings, then create the storage: nothing is created when the server refuses the settings
	 * (a wrong bucket, bad credentials, a directory outside the server's document root), so a failed call
	 * leaves no half-made storage behind.
	 * @param project the project id
	 * @param settings the storage's settings
	 * @return the created storage
	 * @throws dev.labelstudio4j.client.BadRequestException when validation fails (nothing was created)
	 */
	default Storage createValidated(long project, S settings) {
		return createValidated(project, settings, RequestOptions.none());
	}

	/** Validate, then create a storage, with per-call options (used for both calls). */
	Storage createValidated(long project, S settings, RequestOptions options);

	/**
	 * Check settings without creating anything ({@code POST .../validate}: an empty 200 when valid).
	 * @param project the project id
	 * @param settings the settings to check
	 * @throws dev.labelstudio4j.client.BadRequestException when the server refuses them
	 */
	default void validate(long project, S settings) {
		validate(project, settings, RequestOptions.none());
	}

	/** Check settings, with per-call options. */
	void validate(long project, S settings, RequestOptions options);

	/**
	 * Get a storage.
	 * @param id the storage id
	 * @return the storage
	 */
	default Storage get(long id) {
		return get(id, RequestOptions.none());
	}

	/** Get a storage, with per-call options. */
	Storage get(long id, RequestOptions options);

	/**
	 * Delete a storage (the tasks it imported stay in the project).
	 * @param id the storage id
	 */
	default void delete(long id) {
		delete(id, RequestOptions.none());
	}

	/** Delete a storage, with per-call options. */
	void delete(long id, RequestOptions options);

	/**
	 * Change a storage ({@code PATCH}): the fields set in {@code settings} change, the others (stored
	 * secrets included) are kept.
	 * @param id the storage id
	 * @param settings the fields to change
	 * @return the updated storage
	 */
	default Storage update(long id, S settings) {
		return update(id, settings, RequestOptions.none());
	}

	/** Change a storage, with per-call options. */
	Storage update(long id, S settings, RequestOptions options);

}
