package dev.labelstudio4j.client.actions;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A Data Manager action as described by {@link ActionsClient#list()}. Unknown fields are ignored.
 *
 * @param id the action id, usable with {@link ActionId#of(String)}
 * @param title the title shown in the Data Manager
 * @param order the position in the Data Manager's menu
 * @param permission the permissions a user needs; a single permission is read as a one-element list
 * @param experimental whether the action is experimental
 * @param hidden whether the action is hidden in the Data Manager
 * @param disabled whether the action is disabled
 * @param disabledReason why the action is disabled
 * @param dialog the confirmation dialog the Data Manager shows, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Action(String id, @Nullable String title, @Nullable Integer order, @Nullable List<String> permission,
		@Nullable Boolean experimental, @Nullable Boolean hidden, @Nullable Boolean disabled,
		@Nullable String disabledReason, @Nullable Dialog dialog) {

	/**
	 * Return the id of this action as an {@link ActionId}.
	 * @return the action id
	 */
	public ActionId actionId() {
		return ActionId.of(this.id);
	}

	/**
	 * The confirmation dialog of an action.
	 *
	 * @param title the dialog title
	 * @param text the dialog text
	 * @param type the dialog type, for example {@code confirm}
	 * @param form the form fields the action accepts as extra parameters, if any
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Dialog(@Nullable String title, @Nullable String text, @Nullable String type,
			@Nullable List<Map<String, Object>> form) {
	}

}
