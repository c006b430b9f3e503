package dev.labelstudio4j.client.tasks;

/** Which fields {@link TasksClient#list(TaskListParams)} returns (query {@code fields}). */
public enum TaskFields {

	/** Every field, with annotations and predictions. */
	ALL("all"),

	/** The task's own fields only. */
	TASK_ONLY("task_only");

	private final String value;

	TaskFields(String value) {
		this.value = value;
	}

	/** The value sent on the wire. */
	public String value() {
		return this.value;
	}

}
