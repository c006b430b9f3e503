package dev.labelstudio4j.autoconfigure;

/**
 * Thrown when the Label Studio client cannot be configured from the application's settings.
 * Its message names the offending property but never contains the API key.
 *
 * @see InvalidLabelStudioConfigurationFailureAnalyzer
 */
public class InvalidLabelStudioConfigurationException extends RuntimeException {

	private final String property;

	private final String action;

	/**
	 * Create a new instance.
	 * @param property the name of the offending property, for example {@code labelstudio.url}
	 * @param description what is wrong
	 * @param action what to do about it
	 */
	public InvalidLabelStudioConfigurationException(String property, String description, String action) {
		super(description);
		this.property = property;
		this.action = action;
	}

	/**
	 * Return the name of the offending property.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return what the user should do to fix the problem.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
