package dev.labelstudio4j.batch;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.projects.ImportOptions;

import static dev.labelstudio4j.batch.LabelStudioTaskItemReaderBuilder.notNull;
import static dev.labelstudio4j.batch.LabelStudioTaskItemReaderBuilder.positive;

/**
 * Builds a {@link LabelStudioTaskItemWriter}:
 * <pre>{@code
 * new LabelStudioTaskItemWriterBuilder()
 *     .client(client)
 *     .projectId(7)
 *     .idempotencyKey("rowId")   // data.rowId identifies each item: a restarted chunk skips what is there
 *     .build();
 * }</pre>
 */
public final class LabelStudioTaskItemWriterBuilder {

	/** Keys asked for per request when none is set (each is one filter item in the request's URL). */
	public static final int DEFAULT_KEYS_PER_QUERY = 25;

	private @Nullable LabelStudioClient client;

	private long projectId;

	private ImportOptions importOptions = ImportOptions.defaults();

	private @Nullable String idempotencyKey;

	private int keysPerQuery = DEFAULT_KEYS_PER_QUERY;

	/** Create a builder; set at least the client and the project. */
	public LabelStudioTaskItemWriterBuilder() {
	}

	/**
	 * The client to import with.
	 * @param client the client
	 * @return this builder
	 */
	public LabelStudioTaskItemWriterBuilder client(LabelStudioClient client) {
		this.client = notNull(client, "client");
		return this;
	}

	/**
	 * The project to import into.
	 * @param projectId the project id, positive
	 * @return this builder
	 */
	public LabelStudioTaskItemWriterBuilder projectId(long projectId) {
		this.projectId = positive(projectId, "projectId");
		return this;
	}

	/**
	 * The options of each import (query flags, how an asynchronous import is waited for).
	 * @param importOptions the options
	 * @return this builder
	 */
	public LabelStudioTaskItemWriterBuilder importOptions(ImportOptions importOptions) {
		this.importOptions = notNull(importOptions, "importOptions");
		return this;
	}

	/**
	 * The field of each task's {@code data} that identifies it (a string or a number): items whose key is
	 * already in the project are not imported again. See {@link LabelStudioTaskItemWriter} for the guarantee.
	 * Label Studio's Data Manager filters {@code data} fields only (not {@code meta}), so the key must be one.
	 * @param dataField a top-level field of {@code data}: not blank, without dots
	 * @return this builder
	 */
	public LabelStudioTaskItemWriterBuilder idempotencyKey(String dataField) {
		if (dataField == null || dataField.isBlank() || dataField.indexOf('.') >= 0) {
			throw new IllegalArgumentException("idempotencyKey must be a top-level data field (not blank, no dots)"
					+ " but was " + dataField);
		}
		this.idempotencyKey = dataField;
		return this;
	}

	/**
	 * How many keys one existence check asks for; each is a filter item in the request's query string, so a
	 * large number makes long URLs (proxies often stop at 8 KB).
	 * @param keysPerQuery the number, from 1 to 200
	 * @return this builder
	 */
	public LabelStudioTaskItemWriterBuilder keysPerQuery(int keysPerQuery) {
		if (keysPerQuery < 1 || keysPerQuery > 200) {
			throw new IllegalArgumentException("keysPerQuery must be from 1 to 200 but was " + keysPerQuery);
		}
		this.keysPerQuery = keysPerQuery;
		return this;
	}

	/**
	 * Build the writer.
	 * @return the writer
	 * @throws IllegalArgumentException when the client or the project is missing
	 */
	public LabelStudioTaskItemWriter build() {
		if (this.client == null) {
			throw new IllegalArgumentException("client must be set");
		}
		if (this.projectId <= 0) {
			throw new IllegalArgumentException("projectId must be set");
		}
		return new LabelStudioTaskItemWriter(this.client.projects(), this.client.tasks(), this.projectId,
				this.importOptions, this.idempotencyKey, this.keysPerQuery);
	}

}
