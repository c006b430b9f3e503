package dev.labelstudio4j.client.exports;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a snapshot's task filter treats a kind of task: only those tasks, or all but those. */
public enum TaskInclusion {

	/** Only tasks of the kind ({@code "only"}). */
	ONLY("only"),

	/** Every task but those of the kind ({@code "exclude"}). */
	EXCLUDE("exclude");

	private final String value;

	TaskInclusion(String value) {
		this.value = value;
	}

	/** The value on the wire. */
	@JsonValue
	public String value() {
		return this.value;
	}

}
