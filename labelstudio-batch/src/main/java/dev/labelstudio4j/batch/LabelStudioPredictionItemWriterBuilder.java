package dev.labelstudio4j.batch;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;

import static dev.labelstudio4j.batch.LabelStudioTaskItemReaderBuilder.notNull;
import static dev.labelstudio4j.batch.LabelStudioTaskItemReaderBuilder.positive;

/**
 * Builds a {@link LabelStudioPredictionItemWriter}:
 * <pre>{@code
 * new LabelStudioPredictionItemWriterBuilder()
 *     .client(client)
 *     .projectId(7)
 *     .idempotentByModelVersion(true)   // a task that has a prediction of the version gets no second one
 *     .build();
 * }</pre>
 */
public final class LabelStudioPredictionItemWriterBuilder {

	private @Nullable LabelStudioClient client;

	private long projectId;

	private boolean idempotentByModelVersion;

	/** Create a builder; set at least the client and the project. */
	public LabelStudioPredictionItemWriterBuilder() {
	}

	/**
	 * The client to import with.
	 * @param client the client
	 * @return this builder
	 */
	public LabelStudioPredictionItemWriterBuilder client(LabelStudioClient client) {
		this.client = notNull(client, "client");
		return this;
	}

	/**
	 * The project whose tasks get the predictions.
	 * @param projectId the project id, positive
	 * @return this builder
	 */
	public LabelStudioPredictionItemWriterBuilder projectId(long projectId) {
		this.projectId = positive(projectId, "projectId");
		return this;
	}

	/**
	 * Whether a prediction is left out when its task already has a prediction of its model version (default
	 * false). See {@link LabelStudioPredictionItemWriter} for the guarantee.
	 * @param idempotentByModelVersion whether to check
	 * @return this builder
	 */
	public LabelStudioPredictionItemWriterBuilder idempotentByModelVersion(boolean idempotentByModelVersion) {
		this.idempotentByModelVersion = idempotentByModelVersion;
		return this;
	}

	/**
	 * Build the writer.
	 * @return the writer
	 * @throws IllegalArgumentException when the client or the project is missing
	 */
	public LabelStudioPredictionItemWriter build() {
		if (this.client == null) {
			throw new IllegalArgumentException("client must be set");
		}
		if (this.projectId <= 0) {
			throw new IllegalArgumentException("projectId must be set");
		}
		return new LabelStudioPredictionItemWriter(this.client.projects(), this.client.tasks(), this.projectId,
				this.idempotentByModelVersion);
	}

}
