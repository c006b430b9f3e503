package dev.labelstudio4j.client.views;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A Data Manager view (a tab of the Data Manager). Unknown fields are ignored; {@code data} (the tab's
 * title, filters, ordering, columns, ...) and the fields whose shape varies across server versions are kept
 * as read.
 *
 * @param id the view id
 * @param project the project id
 * @param user the id of the user who made the view
 * @param order the position of the view among the project's tabs
 * @param data the view data, for example {@code title}, {@code filters} and {@code ordering}
 * @param filterGroup the filters the server derived from {@code data}, as read
 * @param ordering the ordering the server derived from {@code data}, as read
 * @param selectedItems the selected tasks, as read
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record View(long id, @Nullable Long project, @Nullable Long user, @Nullable Integer order,
		@Nullable Map<String, Object> data, @Nullable Map<String, Object> filterGroup, @Nullable Object ordering,
		@Nullable Object selectedItems) {

	/**
	 * Return the title of the view, from {@code data.title}.
	 * @return the title or {@code null}
	 */
	public @Nullable String title() {
		return (this.data != null && this.data.get("title") instanceof String title) ? title : null;
	}

}
