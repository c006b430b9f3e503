package dev.labelstudio4j.emulator.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code webhooks} routes with the rules of Label Studio's open-source server: a plain list filtered by
 * {@code project} (an id or {@code isnull}); creation only for a project of the organization (404 "Project not
 * found." otherwise, so no organization-level webhooks); a project webhook with an organization-only action
 * refused (400); headers at most 10, names {@code [a-zA-Z0-9-_]+}, string values; the project read-only on
 * PATCH, and a PATCH without {@code actions} empties them; {@code info} without authentication. Handlers run
 * under the state's lock; the webhooks live here, not in {@link EmulatorState}.
 */
final class WebhookRoutes {

	/** The server's actions, in its order, with whether each is organization-only. */
	static final Map<String, Boolean> ACTIONS;

	static {
		Map<String, Boolean> actions = new LinkedHashMap<>();
		for (String action : List.of("PROJECT_CREATED", "PROJECT_UPDATED", "PROJECT_DELETED", "TASKS_CREATED",
				"TASKS_DELETED", "ANNOTATION_CREATED", "ANNOTATIONS_CREATED", "ANNOTATION_UPDATED",
				"ANNOTATIONS_DELETED", "LABEL_LINK_CREATED", "LABEL_LINK_UPDATED", "LABEL_LINK_DELETED")) {
			actions.put(action, action.equals("PROJECT_CREATED") || action.equals("PROJECT_DELETED"));
		}
		ACTIONS = actions;
	}

	private static final Map<String, String[]> INFO = Map.ofEntries(
			Map.entry("PROJECT_CREATED", new String[] { "Project created", "project" }),
			Map.entry("PROJECT_UPDATED", new String[] { "Project updated", "project" }),
			Map.entry("PROJECT_DELETED", new String[] { "Project deleted", "project" }),
			Map.entry("TASKS_CREATED", new String[] { "Task created", "tasks" }),
			Map.entry("TASKS_DELETED", new String[] { "Task deleted", "tasks" }),
			Map.entry("ANNOTATION_CREATED", new String[] { "Annotation created", "annotation" }),
			Map.entry("ANNOTATIONS_CREATED", new String[] { "Annotations created", "annotation" }),
			Map.entry("ANNOTATION_UPDATED", new String[] { "Annotation updated", "annotation" }),
			Map.entry("ANNOTATIONS_DELETED", new String[] { "Annotation deleted", "annotations" }),
			Map.entry("LABEL_LINK_CREATED", new String[] { "Label link created", "label_link" }),
			Map.entry("LABEL_LINK_UPDATED", new String[] { "Label link updated", "label_link" }),
			Map.entry("LABEL_LINK_DELETED", new String[] { "Label link deleted", "label_link" }));

	private static final Pattern HEADER_NAME = Pattern.compile("^[a-zA-Z0-9-_]+$");

	private static final int MAX_HEADERS = 10;

	private static final int MAX_URL = 2048;

	private final EmulatorState state;

	/** The webhooks by id, in order. */
	final Map<Long, Map<String, Object>> webhooks = new TreeMap<>();

	WebhookRoutes(EmulatorState state) {
		this.state = state;
	}

	void clear() {
		this.webhooks.clear();
	}

	Reply list(Call call) {
		String project = call.param("project");
		List<Map<String, Object>> out = new ArrayList<>();
		Long projectId = null;
		boolean onlyOrganization = false;
		if (project != null && !project.isEmpty()) {
			if (project.equals("isnull")) {
				onlyOrganization = true;
			}
			else {
				try {
					projectId = Long.parseLong(project);
				}
				catch (NumberFormatException ex) {
					projectId = -1L;
				}
				if (!this.state.projects.containsKey(projectId)) {
					throw ApiError.validation("project",
							"Select a valid choice. That choice is not one of the available choices.");
				}
			}
		}
		for (Map<String, Object> webhook : this.webhooks.values()) {
			Object owner = webhook.get("project");
			if ((onlyOrganization && owner != null) || (projectId != null && !projectId.equals(owner))) {
				continue;
			}
			out.add(render(webhook));
		}
		return Reply.json(200, out);
	}

	Reply create(Call call) {
		Map<String, Object> body = call.jsonObject();
		Map<String, Object> webhook = new LinkedHashMap<>();
		webhook.put("url", url(body.get("url"), true));
		webhook.put("send_payload", flag(body, "send_payload", true));
		webhook.put("send_for_all_actions", flag(body, "send_for_all_actions", true));
		webhook.put("headers", body.containsKey("headers") ? headers(body.get("headers")) : new LinkedHashMap<>());
		webhook.put("is_active", flag(body, "is_active", true));
		List<String> actions = actions(body.get("actions"));
		Object project = body.get("project");
		if (!(project instanceof Number number) || !this.state.projects.containsKey(number.longValue())) {
			throw new ApiError(404, "Project not found.", null);
		}
		refuseOrganizationOnly(actions);
		long id = this.state.nextId("webhooks");
		Map<String, Object> stored = new LinkedHashMap<>();
		stored.put("id", id);
		stored.put("organization", 1);
		stored.put("project", number.longValue());
		stored.putAll(webhook);
		stored.put("actions", actions);
		stored.put("created_at", this.state.now());
		stored.put("updated_at", this.state.now());
		this.webhooks.put(id, stored);
		return Reply.json(201, render(stored));
	}

	Reply get(long id) {
		return Reply.json(200, render(webhook(id)));
	}

	Reply update(long id, Call call) {
		Map<String, Object> webhook = webhook(id);
		Map<String, Object> body = call.jsonObject();
		Map<String, Object> changes = new LinkedHashMap<>();
		if (body.containsKey("url")) {
			changes.put("url", url(body.get("url"), true));
		}
		for (String name : List.of("send_payload", "send_for_all_actions", "is_active")) {
			if (body.containsKey(name)) {
				changes.put(name, flag(body, name, true));
			}
		}
		if (body.containsKey("headers")) {
			changes.put("headers", headers(body.get("headers")));
		}
		// Label Studio's serializer sets the actions from the body, an empty list when there are none
		List<String> actions = actions(body.get("actions"));
		if (webhook.get("project") != null) {
			refuseOrganizationOnly(actions);
		}
		webhook.putAll(changes);
		webhook.put("actions", actions);
		webhook.put("updated_at", this.state.now());
		return Reply.json(200, render(webhook));
	}

	Reply delete(long id) {
		webhook(id);
		this.webhooks.remove(id);
		return Reply.noContent();
	}

	Reply info(Call call) {
		String filter = call.param("organization-only");
		Map<String, Object> out = new LinkedHashMap<>();
		ACTIONS.forEach((action, organizationOnly) -> {
			// the server compares the parameter with the string 'true'; any other value means "not org-only"
			if (filter != null && organizationOnly != filter.equals("true")) {
				return;
			}
			Map<String, Object> info = new LinkedHashMap<>();
			info.put("name", INFO.get(action)[0]);
			info.put("description", "");
			info.put("key", INFO.get(action)[1]);
			info.put("organization-only", organizationOnly);
			out.put(action, info);
		});
		return Reply.json(200, out);
	}

	/** The active webhooks that fire for an action in a project ({@code null}: an organization event). */
	List<Map<String, Object>> matching(String action, @Nullable Long project) {
		boolean organizationOnly = ACTIONS.getOrDefault(action, false);
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map<String, Object> webhook : this.webhooks.values()) {
			Object owner = webhook.get("project");
			boolean scope = (owner == null) || (!organizationOnly && owner.equals(project));
			boolean wanted = Boolean.TRUE.equals(webhook.get("send_for_all_actions"))
					|| ((List<?>) webhook.get("actions")).contains(action);
			if (scope && wanted && Boolean.TRUE.equals(webhook.get("is_active"))) {
				out.add(webhook);
			}
		}
		return out;
	}

	private Map<String, Object> webhook(long id) {
		Map<String, Object> webhook = this.webhooks.get(id);
		if (webhook == null) {
			throw ApiError.notFound();
		}
		return webhook;
	}

	private static Map<String, Object> render(Map<String, Object> webhook) {
		Map<String, Object> out = new LinkedHashMap<>(webhook);
		out.put("headers", new LinkedHashMap<>(Support.asMap(webhook.get("headers"))));
		out.put("actions", new ArrayList<>((List<?>) webhook.get("actions")));
		return out;
	}

	private static String url(@Nullable Object value, boolean required) {
		if (value == null) {
			throw ApiError.validation("url", required ? "This field is required." : "This field may not be null.");
		}
		if (!(value instanceof String url) || url.isBlank()) {
			throw ApiError.validation("url", "This field may not be blank.");
		}
		if (url.length() > MAX_URL) {
			throw ApiError.validation("url", "Ensure this field has no more than " + MAX_URL + " characters.");
		}
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				throw ApiError.validation("url", "Enter a valid URL.");
			}
		}
		catch (URISyntaxException ex) {
			throw ApiError.validation("url", "Enter a valid URL.");
		}
		return url;
	}

	private static boolean flag(Map<String, Object> body, String name, boolean defaultValue) {
		Object value = body.get(name);
		if (value == null) {
			return defaultValue;
		}
		if (!(value instanceof Boolean flag)) {
			throw ApiError.validation(name, "Must be a valid boolean.");
		}
		return flag;
	}

	private static Map<String, Object> headers(@Nullable Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw ApiError.validation("headers", "Value is not valid JSON object of headers.");
		}
		if (map.size() > MAX_HEADERS) {
			throw ApiError.validation("headers", "Too many headers: at most " + MAX_HEADERS + " are allowed.");
		}
		Map<String, Object> headers = new LinkedHashMap<>();
		map.forEach((name, header) -> {
			if (!HEADER_NAME.matcher(String.valueOf(name)).matches() || !(header instanceof String)) {
				throw ApiError.validation("headers", "Value is not valid JSON object of headers.");
			}
			headers.put(String.valueOf(name), header);
		});
		return headers;
	}

	private static List<String> actions(@Nullable Object value) {
		if (value == null) {
			return new ArrayList<>();
		}
		if (!(value instanceof List<?> list)) {
			throw ApiError.validation("actions", "Expected a list of items but got type \"" + Support.typeName(value)
					+ "\".");
		}
		List<String> actions = new ArrayList<>();
		for (Object action : list) {
			if (!(action instanceof String name) || !ACTIONS.containsKey(name)) {
				throw ApiError.validation("actions", "\"" + action + "\" is not a valid choice.");
			}
			if (!actions.contains(name)) {
				actions.add(name);
			}
		}
		return actions;
	}

	private static void refuseOrganizationOnly(List<String> actions) {
		for (String action : actions) {
			if (ACTIONS.get(action)) {
				throw ApiError.validation("non_field_errors", "Project webhook can't contain organization-only action.");
			}
		}
	}

}
