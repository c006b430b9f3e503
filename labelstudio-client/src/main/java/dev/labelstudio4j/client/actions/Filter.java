package dev.labelstudio4j.client.actions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * One Data Manager filter item: {@code {"filter": "filter:tasks:id", "operator": "greater", "type": "Number",
 * "value": 123}}. Used in {@link Filters} for actions and views.
 *
 * @param filter the column to filter, starting with {@code filter:tasks:}, for example
 * {@code filter:tasks:completed_at} or {@code filter:tasks:data.text}
 * @param operator the operator
 * @param type the type of the value: {@code Number}, {@code String}, {@code Boolean}, {@code Datetime},
 * {@code List} or {@code Unknown}
 * @param value the value to compare with; a map with {@code min} and {@code max} for {@link FilterOperator#IN}
 * and {@link FilterOperator#NOT_IN}; sent as {@code null} when {@code null}
 */
public record Filter(String filter, FilterOperator operator, String type,
		@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Object value) {

	/** The prefix of every filter column. */
	public static final String PREFIX = "filter:tasks:";

	private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

	/**
	 * Create a filter, checking its arguments.
	 * @param filter the column to filter
	 * @param operator the operator
	 * @param type the type of the value
	 * @param value the value
	 */
	public Filter {
		Args.notBlank(filter, "filter");
		Args.notNull(operator, "operator");
		Args.notBlank(type, "type");
	}

	/**
	 * Return a filter on a {@code Number} column.
	 * @param filter the column, for example {@code filter:tasks:total_annotations}
	 * @param operator the operator
	 * @param value the number
	 * @return the filter
	 */
	public static Filter number(String filter, FilterOperator operator, Number value) {
		return new Filter(filter, operator, "Number", Args.notNull(value, "value"));
	}

	/**
	 * Return a filter on a {@code String} column.
	 * @param filter the column, for example {@code filter:tasks:data.text}
	 * @param operator the operator
	 * @param value the text
	 * @return the filter
	 */
	public static Filter string(String filter, FilterOperator operator, String value) {
		return new Filter(filter, operator, "String", Args.notNull(value, "value"));
	}

	/**
	 * Return a filter that keeps the tasks whose {@code Boolean} column equals the value.
	 * @param filter the column, for example {@code filter:tasks:ground_truth}
	 * @param value the value
	 * @return the filter
	 */
	public static Filter bool(String filter, boolean value) {
		return new Filter(filter, FilterOperator.EQUAL, "Boolean", value);
	}

	/**
	 * Return a filter on a {@code Datetime} column; the time is sent in UTC as
	 * {@code 2021-01-01T00:00:00.000000Z}.
	 * @param filter the column, for example {@code filter:tasks:completed_at}
	 * @param operator the operator
	 * @param value the time
	 * @return the filter
	 */
	public static Filter datetime(String filter, FilterOperator operator, OffsetDateTime value) {
		Args.notNull(value, "value");
		return new Filter(filter, operator, "Datetime", DATETIME.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
	}

	/**
	 * Return a filter that keeps the tasks whose {@code Number} column lies between {@code min} and
	 * {@code max} (operator {@code in}).
	 * @param filter the column, for example {@code filter:tasks:predictions_score}
	 * @param min the lower bound
	 * @param max the upper bound
	 * @return the filter
	 */
	public static Filter between(String filter, Number min, Number max) {
		Map<String, Object> range = new LinkedHashMap<>();
		range.put("min", Args.notNull(min, "min"));
		range.put("max", Args.notNull(max, "max"));
		return new Filter(filter, FilterOperator.IN, "Number", Map.copyOf(range));
	}

}
