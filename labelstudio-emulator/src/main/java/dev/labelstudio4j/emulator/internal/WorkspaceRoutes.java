package dev.labelstudio4j.emulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code workspaces} routes and their own state. Each path is served with and without its trailing
 * slash, as Label Studio serves a slash-less path at its slashed route. Handlers run under the state's lock.
 */
final class WorkspaceRoutes {

	private final EmulatorState state;

	private final Map<Long, Map<String, Object>> workspaces = new TreeMap<>();

	private final Map<Long, Set<Long>> members = new TreeMap<>();

	private long lastId;

	WorkspaceRoutes(EmulatorState state) {
		this.state = state;
	}

	void register(RouteTable routes) {
		String id = "/(\\d+)";
		routes.add("GET", "/api/workspaces/?", true, (c, m) -> Reply.json(200, new ArrayList<>(this.workspaces.values())));
		routes.add("POST", "/api/workspaces/?", true, (c, m) -> create(c));
		routes.add("GET", "/api/workspaces" + id + "/?", true, (c, m) -> Reply.json(200, workspace(id(m))));
		routes.add("PATCH", "/api/workspaces" + id + "/?", true, (c, m) -> update(id(m), c));
		routes.add("DELETE", "/api/workspaces" + id + "/?", true, (c, m) -> delete(id(m)));
		routes.add("GET", "/api/workspaces" + id + "/memberships/?", true, (c, m) -> listMembers(id(m)));
		routes.add("POST", "/api/workspaces" + id + "/memberships/?", true, (c, m) -> addMember(id(m), c));
		routes.add("DELETE", "/api/workspaces" + id + "/memberships/?", true, (c, m) -> removeMember(id(m), c));
	}

	void clear() {
		this.workspaces.clear();
		this.members.clear();
		this.lastId = 0;
	}

	private Reply create(Call call) {
		Map<String, Object> body = call.jsonObject();
		if (!(body.get("title") instanceof String title) || title.isBlank()) {
			throw ApiError.validation("title", "This field is required.");
		}
		long id = ++this.lastId;
		Map<String, Object> workspace = new LinkedHashMap<>();
		workspace.put("id", id);
		workspace.put("title", title);
		workspace.put("description", body.getOrDefault("description", ""));
		workspace.put("color", body.getOrDefault("color", "#FFFFFF"));
		workspace.put("is_personal", Boolean.TRUE.equals(body.get("is_personal")));
		workspace.put("is_archived", Boolean.TRUE.equals(body.get("is_archived")));
		workspace.put("created_by", 1L);
		this.workspaces.put(id, workspace);
		this.members.put(id, new LinkedHashSet<>(List.of(1L)));
		return Reply.json(201, workspace);
	}

	private Reply update(long id, Call call) {
		Map<String, Object> workspace = workspace(id);
		Map<String, Object> body = call.jsonObject();
		for (String field : List.of("title", "description", "color", "is_personal", "is_archived")) {
			if (body.containsKey(field)) {
				workspace.put(field, body.get(field));
			}
		}
		return Reply.json(200, workspace);
	}

	private Reply delete(long id) {
		workspace(id);
		this.workspaces.remove(id);
		this.members.remove(id);
		return Reply.noContent();
	}

	private Reply listMembers(long id) {
		workspace(id);
		List<Map<String, Object>> body = new ArrayList<>();
		for (long user : this.members.get(id)) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("user", this.state.renderUser(this.state.user(user), false));
			item.put("workspace", id);
			body.add(item);
		}
		return Reply.json(200, body);
	}

	private Reply addMember(long id, Call call) {
		workspace(id);
		long user = user(call);
		this.members.get(id).add(user);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("user", user);
		body.put("workspace", id);
		return Reply.json(201, body);
	}

	private Reply removeMember(long id, Call call) {
		workspace(id);
		if (!this.members.get(id).remove(user(call))) {
			throw ApiError.notFound();
		}
		return Reply.noContent();
	}

	private long user(Call call) {
		Object user = call.jsonObject().get("user");
		if (!(user instanceof Number number)) {
			throw ApiError.validation("user", "This field is required.");
		}
		if (!this.state.users.containsKey(number.longValue())) {
			throw ApiError.validation("user", "Invalid pk \"" + user + "\" - object does not exist.");
		}
		return number.longValue();
	}

	private Map<String, Object> workspace(long id) {
		Map<String, Object> workspace = this.workspaces.get(id);
		if (workspace == null) {
			throw ApiError.notFound();
		}
		return workspace;
	}

	private static long id(java.util.regex.Matcher matcher) {
		try {
			return Long.parseLong(matcher.group(1));
		}
		catch (NumberFormatException ex) {
			throw ApiError.notFound();
		}
	}

}
