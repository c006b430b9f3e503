package dev.labelstudio4j.client.exports;

/**
 * Hears about the steps of {@link ExportsClient#exportSnapshot}. Called on the calling thread; an exception it
 * throws ends the export with that exception.
 */
@FunctionalInterface
public interface ExportProgressListener {

	/**
	 * One step happened.
	 * @param progress the step
	 */
	void onProgress(ExportProgress progress);

}
