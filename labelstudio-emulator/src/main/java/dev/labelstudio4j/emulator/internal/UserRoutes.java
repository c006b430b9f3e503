package dev.labelstudio4j.emulator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@code users} routes: create, update and delete users (reading is answered from the state). Handlers
 * run under the state's lock.
 */
final class UserRoutes {

	private static final List<String> USER_FIELDS = List.of("first_name", "last_name", "username", "email",
			"phone", "allow_newsletters", "avatar");

	private final EmulatorState state;

	UserRoutes(EmulatorState state) {
		this.state = state;
	}

	Reply createUser(Call call) {
		Map<String, Object> body = call.jsonObject();
		Map<String, Object> fields = userFields(body, null);
		if (!fields.containsKey("username") && fields.get("email") instanceof String email) {
			fields.put("username", email);
		}
		if (!(fields.get("username") instanceof String username) || username.isBlank()) {
			throw ApiError.validation("username", "This field is required.");
		}
		long id = this.state.nextId("users");
		Map<String, Object> user = this.state.newUser(id, fields);
		this.state.users.put(id, user);
		return Reply.json(201, this.state.renderUser(user, false));
	}

	Reply updateUser(long id, Call call) {
		Map<String, Object> user = this.state.user(id);
		user.putAll(userFields(call.jsonObject(), id));
		return Reply.json(200, this.state.renderUser(user, false));
	}

	Map<String, Object> userFields(Map<String, Object> body, @Nullable Long self) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String name : USER_FIELDS) {
			if (body.containsKey(name)) {
				Object value = body.get(name);
				if (!name.equals("allow_newsletters") && value != null && !(value instanceof String)) {
					throw ApiError.validation(name, "Not a valid string.");
				}
				fields.put(name, value);
			}
		}
		if (fields.get("email") instanceof String email && !email.isEmpty()) {
			if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw ApiError.validation("email", "Enter a valid email address.");
			}
			boolean taken = this.state.users.values().stream()
				.anyMatch((u) -> email.equalsIgnoreCase(String.valueOf(u.get("email"))) && !u.get("id").equals(self));
			if (taken) {
				throw ApiError.validation("email", "user with this email address already exists.");
			}
		}
		return fields;
	}

	Reply deleteUser(long id) {
		this.state.user(id);
		if (id == 1) {
			throw new ApiError(403, "You do not have permission to perform this action.", null);
		}
		this.state.users.remove(id);
		return Reply.noContent();
	}

}
