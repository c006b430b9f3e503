package dev.labelstudio4j.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;

/** Builds the JSON Data Manager queries ({@code query} of {@code GET /api/tasks/}) the readers and writers send. */
final class TaskQueries {

	static final String ID = Filter.PREFIX + "id";

	static final List<String> BY_ID = List.of("tasks:id");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TaskQueries() {
	}

	/**
	 * A query of filter items joined by {@code and} or {@code or}, ordered as given.
	 * @param filters the items
	 * @param or whether the items are joined by {@code or}
	 * @param ordering the ordering, empty for the server's
	 */
	static String query(List<Filter> filters, boolean or, List<String> ordering) {
		List<Map<String, @Nullable Object>> items = new ArrayList<>(filters.size());
		for (Filter filter : filters) {
			Map<String, @Nullable Object> item = new LinkedHashMap<>();
			item.put("filter", filter.filter());
			item.put("operator", filter.operator().value());
			item.put("type", filter.type());
			item.put("value", filter.value());
			items.add(item);
		}
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("filters", Map.of("conjunction", or ? "or" : "and", "items", items));
		if (!ordering.isEmpty()) {
			query.put("ordering", ordering);
		}
		return JSON.writeValueAsString(query);
	}

	/** {@code filter:tasks:id greater id}. */
	static Filter idGreaterThan(long id) {
		return Filter.number(ID, FilterOperator.GREATER, id);
	}

	/** {@code filter:tasks:id less_or_equal id}. */
	static Filter idAtMost(long id) {
		return Filter.number(ID, FilterOperator.LESS_OR_EQUAL, id);
	}

	/** {@code filter:tasks:id in {min, max}}, bounds included. */
	static Filter idBetween(long min, long max) {
		return Filter.between(ID, min, max);
	}

}
