package dev.labelstudio4j.client.actions;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * The id of a Data Manager action, sent as the {@code id} query parameter of
 * {@link ActionsClient#create(ActionId, long)}. The constants are the actions every Label Studio server
 * knows; {@link #of(String)} accepts any other id (for example one listed by {@link ActionsClient#list()}
 * on a newer or Enterprise server). Immutable value type.
 */
public final class ActionId {

	/** Retrieve the predictions of the selected tasks (from their ML backend). */
	public static final ActionId RETRIEVE_TASKS_PREDICTIONS = new ActionId("retrieve_tasks_predictions");

	/** Create annotations from the predictions of the selected tasks. */
	public static final ActionId PREDICTIONS_TO_ANNOTATIONS = new ActionId("predictions_to_annotations");

	/** Remove duplicated tasks. */
	public static final ActionId REMOVE_DUPLICATES = new ActionId("remove_duplicates");

	/** Delete the selected tasks. */
	public static final ActionId DELETE_TASKS = new ActionId("delete_tasks");

	/** Delete the ground truths of the selected tasks. */
	public static final ActionId DELETE_GROUND_TRUTHS = new ActionId("delete_ground_truths");

	/** Delete the annotations of the selected tasks. */
	public static final ActionId DELETE_TASKS_ANNOTATIONS = new ActionId("delete_tasks_annotations");

	/** Delete the reviews of the selected tasks. */
	public static final ActionId DELETE_TASKS_REVIEWS = new ActionId("delete_tasks_reviews");

	/** Delete the predictions of the selected tasks. */
	public static final ActionId DELETE_TASKS_PREDICTIONS = new ActionId("delete_tasks_predictions");

	/** Remove the reviewers assigned to the selected tasks. */
	public static final ActionId DELETE_REVIEWERS = new ActionId("delete_reviewers");

	/** Remove the annotators assigned to the selected tasks. */
	public static final ActionId DELETE_ANNOTATORS = new ActionId("delete_annotators");

	private final String value;

	private ActionId(String value) {
		this.value = value;
	}

	/**
	 * Return the action id for the given string.
	 * @param value the action id as the server knows it, for example {@code delete_tasks}
	 * @return the action id
	 */
	public static ActionId of(String value) {
		return new ActionId(Args.notBlank(value, "value").strip());
	}

	/**
	 * Return the id as sent to the server.
	 * @return the id
	 */
	public String value() {
		return this.value;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof ActionId that && this.value.equals(that.value));
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
