package dev.labelstudio4j.client.internal.resources;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.internal.json.JsonValues;

/**
 * The body of one page of a paged list ({@code {"count", "next", "results"}} for projects and counters,
 * {@code {"tasks", "total"}} for tasks), read leniently: a total that is not an integer is treated as absent,
 * a {@code next} link that is neither a string nor {@code null} as unknown (paging then follows the total or
 * the page size), items that are not objects are left out, and each drift is logged at DEBUG (the field,
 * never the value). The items are the client's tolerant models, made from the objects Jackson already read.
 */
final class PageBody {

	private static final Log logger = LogFactory.getLog(PageBody.class);

	private final Map<String, Object> json;

	private PageBody(Map<String, Object> json) {
		this.json = json;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static PageBody fromJson(Map<String, Object> json) {
		return new PageBody(json);
	}

	/**
	 * Return the page's content.
	 * @param <T> the item type
	 * @param operation the operation, for log lines
	 * @param type the model class of the items
	 * @param items the JSON name of the items' array
	 * @param total the JSON name of the total number of items
	 * @param hasNextField whether the answer has a {@code next} link
	 * @return the content
	 */
	<T> Page.Content<T> content(String operation, Class<T> type, String items, String total, boolean hasNextField) {
		Object itemsValue = this.json.get(items);
		if (itemsValue != null && !(itemsValue instanceof List<?> list && list.stream().allMatch(Map.class::isInstance))) {
			drift(operation, items, "an array of objects", itemsValue);
		}
		Object totalValue = this.json.get(total);
		Long totalNumber = JsonValues.toLong(totalValue);
		if (totalValue != null && totalNumber == null) {
			drift(operation, total, "an integer", totalValue);
		}
		Boolean hasNextLink = null;
		if (hasNextField) {
			Object next = this.json.get("next");
			if (next == null || next instanceof String) {
				hasNextLink = next != null;
			}
			else {
				drift(operation, "next", "a string or null", next);
			}
		}
		return new Page.Content<>(JsonValues.toModelList(type, itemsValue), totalNumber, hasNextLink);
	}

	private static void drift(String operation, String field, String expected, Object value) {
		if (logger.isDebugEnabled()) {
			logger.debug("The page answered by " + operation + " has a drifted '" + field + "': expected " + expected
					+ " but the server sent " + JsonValues.describe(value) + "; it is treated as absent");
		}
	}

}
