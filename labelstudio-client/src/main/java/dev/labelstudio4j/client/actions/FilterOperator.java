package dev.labelstudio4j.client.actions;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The operator of a Data Manager {@link Filter}.
 */
public enum FilterOperator {

	/** Contains the value. */
	CONTAINS("contains"),

	/** Ends with the value. */
	ENDS_WITH("ends_with"),

	/** Equal to the value. */
	EQUAL("equal"),

	/** The field exists. */
	EXISTS("exists"),

	/** Greater than the value. */
	GREATER("greater"),

	/** Greater than or equal to the value. */
	GREATER_OR_EQUAL("greater_or_equal"),

	/** Between {@code min} and {@code max}; the value is {@code {"min": .., "max": ..}}. */
	IN("in"),

	/** Less than the value. */
	LESS("less"),

	/** Less than or equal to the value. */
	LESS_OR_EQUAL("less_or_equal"),

	/** Does not contain the value. */
	NOT_CONTAINS("not_contains"),

	/** Not equal to the value. */
	NOT_EQUAL("not_equal"),

	/** The field does not exist. */
	NOT_EXISTS("not_exists"),

	/** Not between {@code min} and {@code max}; the value is {@code {"min": .., "max": ..}}. */
	NOT_IN("not_in"),

	/** Starts with the value. */
	STARTS_WITH("starts_with");

	private final String value;

	FilterOperator(String value) {
		this.value = value;
	}

	/**
	 * Return the operator as sent to the server.
	 * @return the wire value
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

}
