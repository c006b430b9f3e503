package dev.labelstudio4j.client.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Conversions between the JSON values Jackson reads ({@code Map}, {@code List}, {@code String},
 * {@code Number}, {@code Boolean}) and the typed values the models answer. Every conversion is lenient in
 * the same documented way and answers {@code null} (or an empty list) for a value it cannot convert without
 * guessing; none throws.
 */
public final class JsonValues {

	private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

	private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

	private JsonValues() {
	}

	/**
	 * An integer: an integral JSON number (a whole {@code 12.0} included), or a string holding a decimal
	 * integer ({@code "12"}, surrounding blanks ignored).
	 * @param value the JSON value
	 * @return the integer, or {@code null} when absent or not an integer
	 */
	public static @Nullable Long toLong(@Nullable Object value) {
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof Long number) {
			return number;
		}
		if (value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof BigInteger number) {
			return (number.compareTo(LONG_MIN) >= 0 && number.compareTo(LONG_MAX) <= 0) ? number.longValue() : null;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return (number == Math.rint(number) && Math.abs(number) < 0x1p63) ? (long) number : null;
		}
		if (value instanceof BigDecimal number) {
			try {
				return number.longValueExact();
			}
			catch (ArithmeticException ex) {
				return null;
			}
		}
		if (value instanceof String text) {
			return parseLong(text);
		}
		return null;
	}

	private static @Nullable Long parseLong(String text) {
		String stripped = text.strip();
		int length = stripped.length();
		if (length == 0 || length > 20) {
			return null;
		}
		for (int i = 0; i < length; i++) {
			char c = stripped.charAt(i);
			if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-' && length > 1)) {
				return null;
			}
		}
		try {
			return Long.parseLong(stripped);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * An integer as for {@link #toLong(Object)}, {@code 0} when absent or not an integer.
	 * @param value the JSON value
	 * @return the integer or {@code 0}
	 */
	public static long toLongOrZero(@Nullable Object value) {
		if (value instanceof Integer number) {
			return number;
		}
		Long number = toLong(value);
		return (number != null) ? number : 0L;
	}

	/**
	 * An integer in the range of {@code int}, read as for {@link #toLong(Object)}.
	 * @param value the JSON value
	 * @return the integer, or {@code null} when absent, not an integer or out of range
	 */
	public static @Nullable Integer toInteger(@Nullable Object value) {
		if (value instanceof Integer number) {
			return number;
		}
		Long number = toLong(value);
		return (number != null && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) ? number.intValue()
				: null;
	}

	/**
	 * A number: any finite JSON number, or a string holding a decimal number.
	 * @param value the JSON value
	 * @return the number, or {@code null} when absent or not a number
	 */
	public static @Nullable Double toDouble(@Nullable Object value) {
		if (value instanceof Double number) {
			return number;
		}
		if (value instanceof Number number) {
			double result = number.doubleValue();
			return Double.isFinite(result) ? result : null;
		}
		if (value instanceof String text && !text.isBlank()) {
			String stripped = text.strip();
			for (int i = 0; i < stripped.length(); i++) {
				char c = stripped.charAt(i);
				if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
					return null;
				}
			}
			try {
				return Double.parseDouble(stripped);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * A string; any other JSON type answers {@code null}.
	 * @param value the JSON value
	 * @return the string or {@code null}
	 */
	public static @Nullable String toStringValue(@Nullable Object value) {
		return (value instanceof String text) ? text : null;
	}

	/**
	 * A string, or a number as its decimal text ({@code 12} as {@code "12"}).
	 * @param value the JSON value
	 * @return the text or {@code null}
	 */
	public static @Nullable String toText(@Nullable Object value) {
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
			Long whole = toLong(value);
			return (whole != null) ? whole.toString() : value.toString();
		}
		return (value instanceof Number) ? value.toString() : null;
	}

	/**
	 * A boolean; any other JSON type answers {@code null}.
	 * @param value the JSON value
	 * @return the boolean or {@code null}
	 */
	public static @Nullable Boolean toBoolean(@Nullable Object value) {
		return (value instanceof Boolean flag) ? flag : null;
	}

	/**
	 * A date-time: an ISO-8601 string with an offset, or without one (then read as UTC).
	 * @param value the JSON value
	 * @return the date-time, or {@code null} when absent or not such a string
	 */
	public static @Nullable OffsetDateTime toDateTime(@Nullable Object value) {
		if (!(value instanceof String text) || text.length() < 10) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex2) {
				return null;
			}
		}
	}

	/**
	 * A JSON object as a read-only map.
	 * @param value the JSON value
	 * @return a read-only view, or {@code null} when absent or not an object
	 */
	@SuppressWarnings("unchecked")
	public static @Nullable Map<String, Object> toMap(@Nullable Object value) {
		return (value instanceof Map<?, ?> map) ? readOnlyMap((Map<String, Object>) map) : null;
	}

	/**
	 * The objects of a JSON array, as read-only maps; elements that are not objects are left out.
	 * @param value the JSON value
	 * @return the objects, empty when absent or not an array
	 */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> toMapList(@Nullable Object value) {
		if (!(value instanceof List<?> items) || items.isEmpty()) {
			return List.of();
		}
		for (Object item : items) {
			if (!(item instanceof Map)) {
				List<Object> objects = new ArrayList<>();
				for (Object element : items) {
					if (element instanceof Map) {
						objects.add(element);
					}
				}
				return (List<Map<String, Object>>) (List<?>) new ReadOnlyList(objects);
			}
		}
		return (List<Map<String, Object>>) (List<?>) new ReadOnlyList((List<Object>) items);
	}

	/**
	 * A JSON array as a read-only list; a single scalar value (string, number, boolean) is read as a
	 * one-element list, an object as an empty one.
	 * @param value the JSON value
	 * @return the list, empty when absent
	 */
	@SuppressWarnings("unchecked")
	public static List<Object> toList(@Nullable Object value) {
		if (value instanceof List<?> items) {
			return new ReadOnlyList((List<Object>) items);
		}
		return isScalar(value) ? List.of(value) : List.of();
	}

	/**
	 * The integers of a JSON array (read as for {@link #toLong(Object)}, others left out); a single integer
	 * is read as a one-element list.
	 * @param value the JSON value
	 * @return the integers, empty when absent
	 */
	public static List<Long> toLongList(@Nullable Object value) {
		if (value instanceof List<?> items) {
			List<Long> result = new ArrayList<>(items.size());
			for (Object item : items) {
				Long number = toLong(item);
				if (number != null) {
					result.add(number);
				}
			}
			return Collections.unmodifiableList(result);
		}
		Long single = toLong(value);
		return (single != null) ? List.of(single) : List.of();
	}

	/**
	 * The strings of a JSON array (other elements left out); a single string is read as a one-element list.
	 * @param value the JSON value
	 * @return the strings, empty when absent
	 */
	public static List<String> toStringList(@Nullable Object value) {
		if (value instanceof List<?> items) {
			List<String> result = new ArrayList<>(items.size());
			for (Object item : items) {
				if (item instanceof String text) {
					result.add(text);
				}
			}
			return Collections.unmodifiableList(result);
		}
		return (value instanceof String text) ? List.of(text) : List.of();
	}

	/**
	 * The value of the first of several names that is present and not {@code null}.
	 * @param json the JSON object
	 * @param names the names, the preferred one first
	 * @return the value or {@code null}
	 */
	public static @Nullable Object first(Map<String, Object> json, String... names) {
		for (String name : names) {
			Object value = json.get(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/**
	 * The models made from the objects of a JSON array (elements that are not objects are left out).
	 * @param <T> the model type
	 * @param type the model class
	 * @param value the JSON value
	 * @return the models, empty when absent or not an array
	 */
	@SuppressWarnings("unchecked")
	public static <T> List<T> toModelList(Class<T> type, @Nullable Object value) {
		if (!(value instanceof List<?> items) || items.isEmpty()) {
			return List.of();
		}
		List<T> result = new ArrayList<>(items.size());
		for (Object item : items) {
			if (item instanceof Map<?, ?> map) {
				result.add(ModelFactories.wrap(type, (Map<String, Object>) map));
			}
		}
		return List.copyOf(result);
	}

	/**
	 * The JSON objects of models, for a builder to keep.
	 * @param <T> the model type
	 * @param models the models, or {@code null}
	 * @param json how to get a model's JSON object
	 * @param name the parameter name, for the message of a {@code null} element
	 * @return the JSON objects, or {@code null} when {@code models} is {@code null}
	 * @throws IllegalArgumentException if an element is {@code null}
	 */
	public static <T> @Nullable List<Object> modelList(@Nullable List<T> models, Function<T, Map<String, Object>> json,
			String name) {
		if (models == null) {
			return null;
		}
		List<Object> result = new ArrayList<>(models.size());
		for (T model : models) {
			if (model == null) {
				throw new IllegalArgumentException(name + " must not contain null");
			}
			result.add(unwrap(json.apply(model)));
		}
		return result;
	}

	/**
	 * The model made from a JSON object.
	 * @param <T> the model type
	 * @param type the model class
	 * @param value the JSON value
	 * @return the model, or {@code null} when absent or not an object
	 */
	@SuppressWarnings("unchecked")
	public static <T> @Nullable T toModel(Class<T> type, @Nullable Object value) {
		return (value instanceof Map<?, ?> map) ? ModelFactories.wrap(type, (Map<String, Object>) map) : null;
	}

	/**
	 * Whether a JSON value is a string, a number or a boolean.
	 * @param value the JSON value
	 * @return whether it is a scalar
	 */
	public static boolean isScalar(@Nullable Object value) {
		return value instanceof String || value instanceof Number || value instanceof Boolean;
	}

	/**
	 * The JSON type of a value, for log lines (never the value itself).
	 * @param value the JSON value
	 * @return {@code "a string"}, {@code "an object"}, ...
	 */
	public static String describe(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String) {
			return "a string";
		}
		if (value instanceof Boolean) {
			return "a boolean";
		}
		if (value instanceof Number) {
			return "a number";
		}
		if (value instanceof Map) {
			return "an object";
		}
		if (value instanceof List) {
			return "an array";
		}
		return "a " + value.getClass().getSimpleName();
	}

	/**
	 * A number as Jackson reads it into a map: an {@code Integer} when it fits, else a {@code Long}.
	 * @param value the number
	 * @return the JSON number or {@code null}
	 */
	public static @Nullable Object number(@Nullable Long value) {
		if (value == null) {
			return null;
		}
		long number = value;
		return (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) ? (Object) (int) number : value;
	}

	/**
	 * A date-time as Label Studio writes it (ISO-8601 with offset).
	 * @param value the date-time
	 * @return the text or {@code null}
	 */
	public static @Nullable String dateTime(@Nullable OffsetDateTime value) {
		return (value != null) ? value.toString() : null;
	}

	/**
	 * A deep copy of a JSON-like value: maps become insertion-ordered maps with string keys, collections and
	 * arrays of objects become lists, integral numbers are kept as {@link #number(Long)} would, anything else
	 * is kept as given.
	 * @param value the value
	 * @return the copy
	 */
	public static @Nullable Object copy(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
			map.forEach((key, element) -> copy.put(String.valueOf(key), copy(element)));
			return copy;
		}
		if (value instanceof Collection<?> items) {
			List<Object> copy = new ArrayList<>(items.size());
			for (Object item : items) {
				copy.add(copy(item));
			}
			return copy;
		}
		if (value instanceof Object[] items) {
			return copy(List.of(items));
		}
		if (value instanceof double[] items) {
			List<Object> copy = new ArrayList<>(items.length);
			for (double item : items) {
				copy.add(item);
			}
			return copy;
		}
		if (value instanceof Long number) {
			return number(number);
		}
		if (value instanceof Short || value instanceof Byte) {
			return ((Number) value).intValue();
		}
		if (value instanceof Float number) {
			return number.doubleValue();
		}
		if (value instanceof OffsetDateTime time) {
			return time.toString();
		}
		return value;
	}

	/**
	 * A deep copy of a JSON object, as {@link #copy(Object)}.
	 * @param value the map
	 * @return the copy
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> copyMap(Map<String, ?> value) {
		return (Map<String, Object>) copy(value);
	}

	/**
	 * A read-only view of a JSON value: maps and lists are wrapped (deeply, lazily), anything else is
	 * answered as is.
	 * @param value the JSON value
	 * @return the view
	 */
	@SuppressWarnings("unchecked")
	public static @Nullable Object readOnly(@Nullable Object value) {
		if (value instanceof ReadOnlyMap || value instanceof ReadOnlyList) {
			return value;
		}
		if (value instanceof Map<?, ?> map) {
			return new ReadOnlyMap((Map<String, Object>) map);
		}
		if (value instanceof List<?> list) {
			return new ReadOnlyList((List<Object>) list);
		}
		return value;
	}

	/**
	 * A read-only, deep view of a JSON object.
	 * @param map the map
	 * @return the view
	 */
	public static Map<String, Object> readOnlyMap(Map<String, Object> map) {
		return (map instanceof ReadOnlyMap) ? map : new ReadOnlyMap(map);
	}

	/**
	 * The map a read-only view wraps, or the map itself.
	 * @param map a map, maybe a view
	 * @return the underlying map
	 */
	public static Map<String, Object> unwrap(Map<String, Object> map) {
		return (map instanceof ReadOnlyMap view) ? view.map : map;
	}

	private static final class ReadOnlyMap extends AbstractMap<String, Object> {

		private final Map<String, Object> map;

		private @Nullable Set<Entry<String, Object>> entries;

		ReadOnlyMap(Map<String, Object> map) {
			this.map = map;
		}

		@Override
		public int size() {
			return this.map.size();
		}

		@Override
		public boolean containsKey(Object key) {
			return this.map.containsKey(key);
		}

		@Override
		public @Nullable Object get(Object key) {
			return readOnly(this.map.get(key));
		}

		@Override
		public Set<String> keySet() {
			return Collections.unmodifiableSet(this.map.keySet());
		}

		@Override
		public Set<Entry<String, Object>> entrySet() {
			Set<Entry<String, Object>> result = this.entries;
			if (result == null) {
				result = new AbstractSet<>() {

					@Override
					public Iterator<Entry<String, Object>> iterator() {
						Iterator<Entry<String, Object>> iterator = ReadOnlyMap.this.map.entrySet().iterator();
						return new Iterator<>() {

							@Override
							public boolean hasNext() {
								return iterator.hasNext();
							}

							@Override
							public Entry<String, Object> next() {
								Entry<String, Object> entry = iterator.next();
								return new SimpleImmutableEntry<>(entry.getKey(), readOnly(entry.getValue()));
							}

						};
					}

					@Override
					public int size() {
						return ReadOnlyMap.this.map.size();
					}

				};
				this.entries = result;
			}
			return result;
		}

	}

	private static final class ReadOnlyList extends AbstractList<Object> implements java.util.RandomAccess {

		private final List<Object> list;

		ReadOnlyList(List<Object> list) {
			this.list = list;
		}

		@Override
		public @Nullable Object get(int index) {
			return readOnly(this.list.get(index));
		}

		@Override
		public int size() {
			return this.list.size();
		}

	}

}
