package dev.labelstudio4j.emulator.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * A Data Manager selection of tasks, as Label Studio applies it to task lists and actions: filters
 * ({@code {"conjunction": "and"|"or", "items": [{"filter": "filter:tasks:<column>", "operator", "type",
 * "value"}]}}), then ordering ({@code ["-tasks:<column>", ...]}), then {@code selectedItems}
 * ({@code {"all": true, "excluded": [..]}} or {@code {"all": false, "included": [..]}}).
 * <p>
 * As on the server, filter items whose column does not start with {@code filter:tasks:} or whose value
 * is {@code null} are skipped; {@code not_equal} and {@code not_contains} keep tasks without the field;
 * {@code contains} is case-insensitive; {@code in} and {@code not_in} take {@code {"min", "max"}}
 * (bounds included). Columns are the task's fields ({@code id}, {@code inner_id}, {@code created_at},
 * {@code updated_at}, {@code completed_at}, {@code total_annotations}, {@code cancelled_annotations},
 * {@code total_predictions}, {@code is_labeled}, {@code annotators}, {@code ground_truth},
 * {@code file_upload}, {@code predictions_model_versions}, {@code predictions_score}, ...) and
 * {@code data.<key>} (nested keys with dots); another column or operator is a 400, never a wrong answer.
 * Each task is checked from its indexes, without rendering it.
 */
final class TaskQuery {

	private static final String PREFIX = "filter:tasks:";

	private static final Set<String> COLUMNS = Set.of("id", "inner_id", "created_at", "updated_at", "completed_at",
			"total_annotations", "cancelled_annotations", "total_predictions", "is_labeled", "annotators",
			"ground_truth", "file_upload", "predictions_model_versions", "predictions_score", "overlap",
			"comment_count", "unresolved_comment_count", "storage_filename", "project");

	private static final TaskQuery NONE = new TaskQuery(List.of(), false, List.of(), null);

	private final List<Item> items;

	private final boolean or;

	private final List<Order> ordering;

	private final @Nullable Selection selection;

	private TaskQuery(List<Item> items, boolean or, List<Order> ordering, @Nullable Selection selection) {
		this.items = items;
		this.or = or;
		this.ordering = ordering;
		this.selection = selection;
	}

	/** No filter, no ordering, no selection: every task in id order. */
	static TaskQuery none() {
		return NONE;
	}

	/**
	 * Read a query from its JSON parts; a 400 naming the part when one has the wrong shape.
	 * @param filters the {@code filters} object, or {@code null}
	 * @param ordering the {@code ordering} list, or {@code null}
	 * @param selectedItems the {@code selectedItems} object, or {@code null}
	 */
	static TaskQuery of(@Nullable Object filters, @Nullable Object ordering, @Nullable Object selectedItems) {
		List<Item> items = new ArrayList<>();
		boolean or = false;
		if (filters != null) {
			if (!(filters instanceof Map<?, ?> map)) {
				throw ApiError.validation("filters", "Expected a dictionary.");
			}
			Object conjunction = map.get("conjunction");
			if (conjunction != null && !"and".equals(conjunction) && !"or".equals(conjunction)) {
				throw ApiError.validation("filters", "\"" + conjunction + "\" is not a valid conjunction: and, or.");
			}
			or = "or".equals(conjunction);
			Object list = map.get("items");
			if (list != null && !(list instanceof List<?>)) {
				throw ApiError.validation("filters", "items: Expected a list of items.");
			}
			for (Object raw : (list != null) ? (List<?>) list : List.of()) {
				Item item = Item.of(raw);
				if (item != null) {
					items.add(item);
				}
			}
		}
		List<Order> orders = new ArrayList<>();
		if (ordering != null) {
			if (!(ordering instanceof List<?> list)) {
				throw ApiError.validation("ordering", "Expected a list of items.");
			}
			for (Object field : list) {
				orders.add(Order.of(String.valueOf(field)));
			}
		}
		Selection selection = null;
		if (selectedItems != null) {
			if (!(selectedItems instanceof Map<?, ?> map)) {
				throw ApiError.validation("selectedItems", "Expected a dictionary.");
			}
			boolean all = Boolean.TRUE.equals(map.get("all"));
			selection = new Selection(all, Support.ids(all ? map.get("excluded") : map.get("included")));
		}
		return new TaskQuery(List.copyOf(items), or, List.copyOf(orders), selection);
	}

	/** Whether the query keeps every task in id order (a page is then a slice of the project's list). */
	boolean selectsAll() {
		return this.items.isEmpty() && this.ordering.isEmpty()
				&& (this.selection == null || (this.selection.all && this.selection.ids.isEmpty()));
	}

	/** The same filters and ordering with another {@code selectedItems} (when it is not {@code null}). */
	TaskQuery withSelection(@Nullable Object selectedItems) {
		if (selectedItems == null) {
			return this;
		}
		TaskQuery selected = of(null, null, selectedItems);
		return new TaskQuery(this.items, this.or, this.ordering, selected.selection);
	}

	/**
	 * The ids of the tasks the query keeps, in its order.
	 * @param state the state (read only)
	 * @param taskIds the candidate task ids in id order
	 */
	List<Long> select(EmulatorState state, Collection<Long> taskIds) {
		List<Long> kept = new ArrayList<>();
		for (Long id : taskIds) {
			Map<String, Object> task = state.task(id);
			if (matches(state, task) && (this.selection == null || this.selection.keeps(id))) {
				kept.add(id);
			}
		}
		if (!this.ordering.isEmpty()) {
			Comparator<Long> comparator = null;
			for (Order order : this.ordering) {
				Comparator<Long> next = Comparator.comparing(
						(Long id) -> column(state, state.task(id), order.column), order.descending
								? Comparator.nullsLast(TaskQuery::compareValues).reversed()
								: Comparator.nullsLast(TaskQuery::compareValues));
				comparator = (comparator == null) ? next : comparator.thenComparing(next);
			}
			kept.sort(comparator);
		}
		return kept;
	}

	private boolean matches(EmulatorState state, Map<String, Object> task) {
		if (this.items.isEmpty()) {
			return true;
		}
		for (Item item : this.items) {
			boolean match = item.test.test(column(state, task, item.column));
			if (this.or && match) {
				return true;
			}
			if (!this.or && !match) {
				return false;
			}
		}
		return !this.or;
	}

	/** The value of a column for a task, from the task and its indexes. */
	static @Nullable Object column(EmulatorState state, Map<String, Object> task, String column) {
		if (column.startsWith("data.")) {
			return dataValue(task.get("data"), column.substring(5));
		}
		long id = (Long) task.get("id");
		EmulatorState.TaskLinks links = state.links(id);
		return switch (column) {
			case "completed_at" -> links.completedAt();
			case "total_annotations" -> links.submitted();
			case "cancelled_annotations" -> links.annotations.size() - links.submitted();
			case "total_predictions" -> (long) links.predictions.size();
			case "is_labeled" -> state.isLabeled(task);
			case "annotators" -> links.annotators();
			case "ground_truth" -> links.groundTruth() > 0;
			case "file_upload" -> state.fileUploadName(task);
			case "predictions_model_versions" ->
				links.predictions.stream().map((p) -> p.get("model_version")).distinct().toList();
			case "predictions_score" -> links.predictions.stream()
				.map((p) -> p.get("score"))
				.filter(Number.class::isInstance)
				.mapToDouble((s) -> ((Number) s).doubleValue())
				.average()
				.stream()
				.boxed()
				.findFirst()
				.orElse(null);
			case "overlap" -> 1L;
			case "comment_count", "unresolved_comment_count" -> 0L;
			case "storage_filename" -> null;
			default -> task.get(column);
		};
	}

	private static @Nullable Object dataValue(@Nullable Object data, String path) {
		if (!(data instanceof Map<?, ?> map)) {
			return null;
		}
		if (map.containsKey(path)) {
			return map.get(path);
		}
		int dot = path.indexOf('.');
		return (dot > 0) ? dataValue(map.get(path.substring(0, dot)), path.substring(dot + 1)) : null;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareValues(Object left, Object right) {
		Double a = number(left);
		Double b = number(right);
		if (a != null && b != null) {
			return Double.compare(a, b);
		}
		if (left instanceof Comparable comparable && left.getClass().equals(right.getClass())) {
			return comparable.compareTo(right);
		}
		return String.valueOf(left).compareTo(String.valueOf(right));
	}

	private static @Nullable Double number(@Nullable Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return Double.parseDouble(text.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		if (!(value instanceof String text)) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return Instant.parse(text.strip());
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	private static boolean truthy(@Nullable Object value) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value instanceof Number number) {
			return number.doubleValue() != 0;
		}
		return value instanceof String text && (text.equalsIgnoreCase("true") || text.equals("1"));
	}

	private static boolean isEmpty(@Nullable Object value) {
		return value == null || "".equals(value) || (value instanceof Collection<?> c && c.isEmpty())
				|| (value instanceof Map<?, ?> m && m.isEmpty());
	}

	/** One filter item, compiled. */
	private record Item(String column, Predicate<@Nullable Object> test) {

		static @Nullable Item of(@Nullable Object raw) {
			if (!(raw instanceof Map<?, ?> map)) {
				throw ApiError.validation("filters", "items: each filter item must be a dictionary.");
			}
			String filter = String.valueOf(map.get("filter"));
			Object value = map.get("value");
			if (!filter.startsWith(PREFIX) || value == null) {
				return null;
			}
			String column = filter.substring(PREFIX.length());
			if (!column.startsWith("data.") && !COLUMNS.contains(column)) {
				throw ApiError.badRequest("Data Manager filter column \"" + filter
						+ "\" is not emulated by the Label Studio emulator");
			}
			String type = String.valueOf(map.get("type"));
			String operator = String.valueOf(map.get("operator"));
			return new Item(column, predicate(filter, operator, type, value));
		}

		private static Predicate<@Nullable Object> predicate(String filter, String operator, String type,
				Object value) {
			return switch (operator) {
				case "equal" -> (actual) -> equal(actual, value, type);
				case "not_equal" -> (actual) -> !equal(actual, value, type);
				case "contains" -> (actual) -> contains(actual, value, type);
				case "not_contains" -> (actual) -> !contains(actual, value, type);
				case "less" -> compare(filter, type, value, (c) -> c < 0);
				case "greater" -> compare(filter, type, value, (c) -> c > 0);
				case "less_or_equal" -> compare(filter, type, value, (c) -> c <= 0);
				case "greater_or_equal" -> compare(filter, type, value, (c) -> c >= 0);
				case "in" -> range(filter, type, value, false);
				case "not_in" -> range(filter, type, value, true);
				case "empty" -> {
					boolean empty = truthy(value);
					yield (actual) -> isEmpty(actual) == empty;
				}
				case "regex" -> {
					Pattern pattern;
					try {
						pattern = Pattern.compile(String.valueOf(value));
					}
					catch (PatternSyntaxException ex) {
						throw ApiError.validation("filters", "Invalid regular expression for " + filter + ": "
								+ ex.getDescription());
					}
					yield (actual) -> actual != null && pattern.matcher(String.valueOf(actual)).find();
				}
				default -> throw ApiError.badRequest("Data Manager filter operator \"" + operator
						+ "\" is not emulated by the Label Studio emulator");
			};
		}

		private static boolean equal(@Nullable Object actual, Object value, String type) {
			if (actual == null) {
				return false;
			}
			switch (type) {
				case "Number" -> {
					Double a = number(actual);
					Double b = number(value);
					return a != null && b != null && a.doubleValue() == b.doubleValue();
				}
				case "Boolean" -> {
					return truthy(actual) == truthy(value);
				}
				case "Datetime" -> {
					Instant a = instant(actual);
					return a != null && a.equals(instant(value));
				}
				default -> {
					if (actual instanceof Collection<?> list) {
						return list.stream().anyMatch((element) -> String.valueOf(element).equals(String.valueOf(value)));
					}
					if (actual instanceof Number && value instanceof Number) {
						return number(actual).doubleValue() == number(value).doubleValue();
					}
					return String.valueOf(actual).equals(String.valueOf(value));
				}
			}
		}

		private static boolean contains(@Nullable Object actual, Object value, String type) {
			if (actual == null) {
				return false;
			}
			if (actual instanceof Collection<?> list) {
				return list.stream().anyMatch((element) -> equal(element, value, type.equals("List") ? "String" : type));
			}
			return String.valueOf(actual).toLowerCase(Locale.ROOT).contains(String.valueOf(value).toLowerCase(Locale.ROOT));
		}

		private static Predicate<@Nullable Object> compare(String filter, String type, Object value,
				java.util.function.IntPredicate accept) {
			Comparator<Object> order = comparator(filter, type, value);
			return (actual) -> {
				Object converted = convert(actual, type);
				return converted != null && accept.test(order.compare(converted, convert(value, type)));
			};
		}

		private static Predicate<@Nullable Object> range(String filter, String type, Object value, boolean negate) {
			if (!(value instanceof Map<?, ?> bounds) || bounds.get("min") == null || bounds.get("max") == null) {
				throw ApiError.validation("filters", "The value of " + filter + " must be {\"min\": .., \"max\": ..}");
			}
			Comparator<Object> order = comparator(filter, type, bounds.get("min"));
			comparator(filter, type, bounds.get("max"));
			Object min = convert(bounds.get("min"), type);
			Object max = convert(bounds.get("max"), type);
			return (actual) -> {
				Object converted = convert(actual, type);
				if (converted == null) {
					return false;
				}
				boolean inside = order.compare(converted, min) >= 0 && order.compare(converted, max) <= 0;
				return inside != negate;
			};
		}

		private static Comparator<Object> comparator(String filter, String type, Object value) {
			if (convert(value, type) == null) {
				throw ApiError.validation("filters", "The value of " + filter + " is not a valid " + type + ": " + value);
			}
			return TaskQuery::compareValues;
		}

		private static @Nullable Object convert(@Nullable Object value, String type) {
			if (value == null) {
				return null;
			}
			return switch (type) {
				case "Number" -> number(value);
				case "Datetime" -> instant(value);
				default -> (value instanceof Number || value instanceof String) ? value : String.valueOf(value);
			};
		}

	}

	/** One ordering field: {@code tasks:<column>} or {@code -tasks:<column>}. */
	private record Order(String column, boolean descending) {

		static Order of(String field) {
			boolean descending = field.startsWith("-");
			String name = descending ? field.substring(1) : field;
			if (name.startsWith(PREFIX)) {
				name = name.substring(PREFIX.length());
			}
			else if (name.startsWith("tasks:")) {
				name = name.substring("tasks:".length());
			}
			if (!name.startsWith("data.") && !COLUMNS.contains(name)) {
				throw ApiError.badRequest("Data Manager ordering \"" + field
						+ "\" is not emulated by the Label Studio emulator");
			}
			return new Order(name, descending);
		}

	}

	/** {@code selectedItems}: all but {@code ids}, or only {@code ids}. */
	private record Selection(boolean all, Set<Long> ids) {

		boolean keeps(long id) {
			return this.all != this.ids.contains(id);
		}

	}

}
