package dev.labelstudio4j.emulator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ml} routes: ML backends, training, interactive predictions and model versions. Handlers run
 * under the state's lock.
 */
final class MlRoutes {

	private static final List<String> ML_FIELDS = List.of("url", "project", "is_interactive", "title",
			"description", "auth_method", "basic_auth_user", "basic_auth_pass", "extra_params", "timeout");

	private final EmulatorState state;

	MlRoutes(EmulatorState state) {
		this.state = state;
	}

	Reply listMlBackends(Call call) {
		Long project = call.longParam("project");
		return Reply.json(200, this.state.mlBackends.values().stream()
			.filter((b) -> project == null || project.equals(b.get("project")))
			.map(this.state::renderMl)
			.toList());
	}

	Map<String, Object> mlFields(Map<String, Object> body) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String name : ML_FIELDS) {
			if (body.containsKey(name)) {
				fields.put(name, body.get(name));
			}
		}
		if (fields.containsKey("url") && (!(fields.get("url") instanceof String url) || url.isBlank())) {
			throw ApiError.validation("url", "This field may not be blank.");
		}
		if (fields.containsKey("project")) {
			fields.put("project", this.state.requiredProject(fields.get("project"), "project"));
		}
		if (fields.containsKey("auth_method") && !List.of("NONE", "BASIC_AUTH").contains(fields.get("auth_method"))) {
			throw ApiError.validation("auth_method", "\"" + fields.get("auth_method") + "\" is not a valid choice.");
		}
		return fields;
	}

	Reply createMlBackend(Call call) {
		Map<String, Object> fields = mlFields(call.jsonObject());
		if (!fields.containsKey("url")) {
			throw ApiError.validation("url", "This field is required.");
		}
		if (!fields.containsKey("project")) {
			throw ApiError.validation("project", "This field is required.");
		}
		long id = this.state.nextId("ml");
		Map<String, Object> backend = new LinkedHashMap<>();
		backend.put("id", id);
		backend.put("state", "CO");
		backend.put("is_interactive", false);
		backend.put("error_message", null);
		backend.put("title", "default");
		backend.put("auth_method", "NONE");
		backend.put("basic_auth_user", null);
		backend.put("basic_auth_pass", null);
		backend.put("description", "");
		backend.put("extra_params", null);
		backend.put("model_version", "");
		backend.put("timeout", 100.0);
		backend.put("created_at", this.state.now());
		backend.put("updated_at", this.state.now());
		backend.put("auto_update", true);
		backend.putAll(fields);
		this.state.mlBackends.put(id, backend);
		return Reply.json(201, this.state.renderMl(backend));
	}

	Reply updateMlBackend(long id, Call call) {
		Map<String, Object> backend = this.state.mlBackend(id);
		backend.putAll(mlFields(call.jsonObject()));
		backend.put("updated_at", this.state.now());
		return Reply.json(200, this.state.renderMl(backend));
	}

	Reply deleteMlBackend(long id) {
		this.state.mlBackend(id);
		this.state.mlBackends.remove(id);
		return Reply.noContent();
	}

	Reply trainMlBackend(long id) {
		this.state.mlBackend(id).put("state", "TR");
		return Reply.json(200, new LinkedHashMap<>());
	}

	Reply predictInteractive(long id, Call call) {
		this.state.mlBackend(id);
		Object task = call.jsonObject().get("task");
		if (task == null) {
			throw ApiError.validation("task", "This field is required.");
		}
		if (!(task instanceof Number number) || !this.state.tasks.containsKey(number.longValue())) {
			throw ApiError.validation("task", "Invalid pk \"" + task + "\" - object does not exist.");
		}
		return Reply.json(200, Map.of("data", Map.of("result", List.of())));
	}

	Reply mlVersions(long id) {
		Map<String, Object> backend = this.state.mlBackend(id);
		String version = String.valueOf(backend.get("model_version"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("versions", version.isEmpty() ? List.of() : List.of(version));
		body.put("message", "");
		return Reply.json(200, body);
	}

}
