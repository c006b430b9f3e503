package dev.labelstudio4j.client.projects;

/**
 * What {@link ProjectsClient#importPredictions(long, Iterable)} did: how many predictions were sent and how
 * many the server says it created.
 *
 * @param sent the number of predictions in the request
 * @param created the number the server created ({@code created} of its answer; {@code -1} when it did not say)
 */
public record PredictionImportResult(long sent, long created) {

	/**
	 * Whether the server created every prediction sent.
	 * @return whether {@link #created()} equals {@link #sent()}
	 */
	public boolean allCreated() {
		return this.created == this.sent;
	}

}
