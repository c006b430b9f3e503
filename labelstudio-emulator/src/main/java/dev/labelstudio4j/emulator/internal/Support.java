package dev.labelstudio4j.emulator.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Helpers shared by the routes: paging, loose JSON values and file names.
 */
final class Support {

	private Support() {
	}

	static int page(Call call) {
		Long page = call.longParam("page");
		if (page == null) {
			return 1;
		}
		if (page < 1) {
			throw new ApiError(404, "Invalid page.", null);
		}
		return page.intValue();
	}

	static int pageSize(Call call, int defaultSize) {
		Long size = call.longParam("page_size");
		return (size == null || size < 1) ? defaultSize : (int) Math.min(size, 10_000);
	}

	/** A page (from 1) of the items; 404 "Invalid page." past the end (page 1 is always valid). */
	static <T> List<T> slice(List<T> items, int page, int pageSize) {
		long from = (long) (page - 1) * pageSize;
		if (page > 1 && from >= items.size()) {
			throw new ApiError(404, "Invalid page.", null);
		}
		return items.subList((int) Math.min(from, items.size()), (int) Math.min(from + pageSize, items.size()));
	}

	static String pageLink(Call call, int page, int pageSize) {
		StringBuilder link = new StringBuilder(call.baseUrl).append(call.path).append("?");
		call.query.forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("page_size")) {
				values.forEach((value) -> link.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
					.append('&'));
			}
		});
		return link.append("page=").append(page).append("&page_size=").append(pageSize).toString();
	}

	static List<?> listOrEmpty(@Nullable Object value, String field) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw ApiError.validation(field, "Expected a list of items but got type \"" + typeName(value) + "\".");
		}
		return list;
	}

	static String typeName(@Nullable Object value) {
		if (value instanceof String) {
			return "str";
		}
		if (value instanceof Number) {
			return "int";
		}
		if (value instanceof List) {
			return "list";
		}
		if (value instanceof Map) {
			return "dict";
		}
		return (value == null) ? "null" : "bool";
	}

	static String extension(String filename) {
		int dot = filename.lastIndexOf('.');
		return (dot >= 0) ? filename.substring(dot).toLowerCase(Locale.ROOT) : "";
	}

	static Set<Long> ids(@Nullable Object value) {
		Set<Long> ids = new LinkedHashSet<>();
		if (value instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Number number) {
					ids.add(number.longValue());
				}
			}
		}
		return ids;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(@Nullable Object value) {
		if (value == null) {
			return new LinkedHashMap<>();
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		((Map<Object, Object>) value).forEach((k, v) -> copy.put(String.valueOf(k), v));
		return copy;
	}

}
