package dev.labelstudio4j.batch;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;

/** The idempotency key of a task: one field of its {@code data}, a string or a number, compared as text. */
final class TaskKeys {

	private TaskKeys() {
	}

	/**
	 * The raw key value of a task object to import: {@code data.<field>}, or {@code <field>} of a flat task
	 * (an object without {@code data}, which Label Studio imports as the data itself).
	 */
	static @Nullable Object rawKey(Map<String, ?> task, String field) {
		Object data = task.get("data");
		if (data instanceof Map<?, ?> map) {
			return map.get(field);
		}
		return (data == null) ? task.get(field) : null;
	}

	/**
	 * The key as text: a string as it is, a number in its plain decimal form ({@code 5}, {@code 5.0} and
	 * {@code "5"} are one key); {@code null} for anything else and blank strings.
	 */
	static @Nullable String text(@Nullable Object value) {
		if (value instanceof Number number) {
			try {
				BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
				return decimal.toPlainString();
			}
			catch (NumberFormatException ex) {
				return number.toString();
			}
		}
		if (value instanceof CharSequence text && !text.toString().isBlank()) {
			return text.toString();
		}
		return null;
	}

	/** {@code filter:tasks:data.<field> equal value}, typed {@code Number} or {@code String} after the value. */
	static Filter equalFilter(String field, Object value) {
		String column = Filter.PREFIX + "data." + field;
		if (value instanceof Number number) {
			return Filter.number(column, FilterOperator.EQUAL, number);
		}
		return Filter.string(column, FilterOperator.EQUAL, value.toString());
	}

}
