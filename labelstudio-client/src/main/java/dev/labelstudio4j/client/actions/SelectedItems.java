package dev.labelstudio4j.client.actions;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * The tasks an action applies to, after filtering: either all tasks except some ({@code {"all": true,
 * "excluded": [..]}}) or only some ({@code {"all": false, "included": [..]}}). Create it with
 * {@link #allTasks()}, {@link #allTasksExcept(long...)} or {@link #tasks(long...)}.
 *
 * @param all whether all (filtered) tasks are selected
 * @param included the selected task ids when {@code all} is {@code false}
 * @param excluded the task ids left out when {@code all} is {@code true}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SelectedItems(boolean all, @Nullable List<Long> included, @Nullable List<Long> excluded) {

	/**
	 * Create a selection, checking that {@code included} goes with {@code all=false} and {@code excluded} with
	 * {@code all=true}.
	 * @param all whether all tasks are selected
	 * @param included the selected task ids
	 * @param excluded the task ids left out
	 */
	public SelectedItems {
		if (all) {
			Args.notNull(excluded, "excluded");
			if (included != null) {
				throw new IllegalArgumentException("included must be null when all is true");
			}
		}
		else {
			Args.notNull(included, "included");
			if (excluded != null) {
				throw new IllegalArgumentException("excluded must be null when all is false");
			}
		}
		included = (included != null) ? positiveIds(included, "included") : null;
		excluded = (excluded != null) ? positiveIds(excluded, "excluded") : null;
	}

	/**
	 * Return a selection of all (filtered) tasks.
	 * @return the selection
	 */
	public static SelectedItems allTasks() {
		return new SelectedItems(true, null, List.of());
	}

	/**
	 * Return a selection of all (filtered) tasks except the given ones.
	 * @param taskIds the ids of the tasks to leave out
	 * @return the selection
	 */
	public static SelectedItems allTasksExcept(long... taskIds) {
		return new SelectedItems(true, null, toList(taskIds, "taskIds"));
	}

	/**
	 * Return a selection of the given tasks only.
	 * @param taskIds the ids of the selected tasks
	 * @return the selection
	 */
	public static SelectedItems tasks(long... taskIds) {
		return new SelectedItems(false, toList(taskIds, "taskIds"), null);
	}

	private static List<Long> toList(long @Nullable [] ids, String name) {
		Args.notNull(ids, name);
		Long[] boxed = new Long[ids.length];
		for (int i = 0; i < ids.length; i++) {
			boxed[i] = ids[i];
		}
		return positiveIds(Arrays.asList(boxed), name);
	}

	private static List<Long> positiveIds(List<Long> ids, String name) {
		for (Long id : ids) {
			if (id == null || id <= 0) {
				throw new IllegalArgumentException(name + " must contain positive task ids but contained " + id);
			}
		}
		return List.copyOf(ids);
	}

}
