package dev.labelstudio4j.client.actions;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

import dev.labelstudio4j.client.internal.Args;

/**
 * Data Manager filters: filter items combined with one conjunction, for example
 * {@code {"conjunction": "or", "items": [...]}}. Used by actions and views.
 *
 * @param conjunction how the items are combined; all items use the same one
 * @param items the filter items
 */
public record Filters(Conjunction conjunction, List<Filter> items) {

	/**
	 * Create filters, checking the arguments.
	 * @param conjunction how the items are combined
	 * @param items the filter items
	 */
	public Filters {
		Args.notNull(conjunction, "conjunction");
		Args.notNull(items, "items");
		items = List.copyOf(items);
	}

	/**
	 * Return filters that keep the tasks matching all items.
	 * @param items the filter items
	 * @return the filters
	 */
	public static Filters and(Filter... items) {
		return new Filters(Conjunction.AND, Arrays.asList(Args.notNull(items, "items")));
	}

	/**
	 * Return filters that keep the tasks matching any item.
	 * @param items the filter items
	 * @return the filters
	 */
	public static Filters or(Filter... items) {
		return new Filters(Conjunction.OR, Arrays.asList(Args.notNull(items, "items")));
	}

	/**
	 * How filter items are combined.
	 */
	public enum Conjunction {

		/** Every item must match. */
		AND("and"),

		/** Any item may match. */
		OR("or");

		private final String value;

		Conjunction(String value) {
			this.value = value;
		}

		/**
		 * Return the conjunction as sent to the server.
		 * @return the wire value
		 */
		@JsonValue
		public String value() {
			return this.value;
		}

	}

}
