package dev.labelstudio4j.client.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads Label Studio's reference data ({@code shared/reference}, looked for in each folder above the
 * module) at test time: the Fern examples of SDK 1.0.4 and bodies generated from the schemas of the
 * official OpenAPI document. Nothing of it is copied into the project.
 */
final class ReferenceShapes {

	static final String REFERENCE = "shared/reference";

	private static @Nullable Map<String, Object> openApi;

	private ReferenceShapes() {
	}

	static @Nullable Path reference() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(REFERENCE);
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> yaml(Path file) {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(64 * 1024 * 1024);
		try (InputStream in = Files.newInputStream(file)) {
			return (Map<String, Object>) new Yaml(options).load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The response body of the first example of a Fern 1.0.4 endpoint. */
	@SuppressWarnings("unchecked")
	static Object fernExample(String file, String endpoint) {
		Path reference = reference();
		Map<String, Object> definition = yaml(reference.resolve("fern-definition-sdk-1.0.4/definition/" + file));
		Map<String, Object> endpoints = (Map<String, Object>) ((Map<String, Object>) definition.get("service"))
			.get("endpoints");
		Map<String, Object> operation = (Map<String, Object>) endpoints.get(endpoint);
		Map<String, Object> example = ((List<Map<String, Object>>) operation.get("examples")).get(0);
		return ((Map<String, Object>) example.get("response")).get("body");
	}

	/** A body generated from the response schema of an operation of the OpenAPI document. */
	@SuppressWarnings("unchecked")
	static Object openApiBody(String method, String path, String status) {
		Map<String, Object> paths = (Map<String, Object>) openApi().get("paths");
		Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get(method);
		Map<String, Object> response = (Map<String, Object>) ((Map<String, Object>) operation.get("responses"))
			.get(status);
		Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) response
			.get("content")).get("application/json")).get("schema");
		return generate(schema, 0);
	}

	private static synchronized Map<String, Object> openApi() {
		if (openApi == null) {
			openApi = yaml(reference().resolve("openapi-sdk-4b86cb96/openapi.yaml"));
		}
		return openApi;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> resolve(Map<String, Object> schema) {
		Object ref = schema.get("$ref");
		if (ref instanceof String name) {
			Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) openApi().get("components"))
				.get("schemas");
			return resolve((Map<String, Object>) schemas.get(name.substring(name.lastIndexOf('/') + 1)));
		}
		for (String choice : new String[] { "oneOf", "anyOf" }) {
			if (schema.get(choice) instanceof List<?> options && !options.isEmpty()) {
				return resolve((Map<String, Object>) options.get(0));
			}
		}
		if (schema.get("allOf") instanceof List<?> parts) {
			Map<String, Object> merged = new LinkedHashMap<>();
			Map<String, Object> properties = new LinkedHashMap<>();
			for (Object part : parts) {
				Map<String, Object> resolved = resolve((Map<String, Object>) part);
				merged.putAll(resolved);
				if (resolved.get("properties") instanceof Map<?, ?> more) {
					properties.putAll((Map<String, Object>) more);
				}
			}
			if (!properties.isEmpty()) {
				merged.put("properties", properties);
			}
			return merged;
		}
		return schema;
	}

	/** Every property set, one element per array, one fixed value per type. */
	@SuppressWarnings("unchecked")
	private static Object generate(Map<String, Object> raw, int depth) {
		Map<String, Object> schema = resolve(raw);
		Object type = schema.get("type");
		if (schema.get("enum") instanceof List<?> values && !values.isEmpty() && values.get(0) != null) {
			return values.get(0);
		}
		if ("string".equals(type)) {
			return "date-time".equals(schema.get("format")) ? "2025-11-03T08:15:30.123456Z" : "text";
		}
		if ("integer".equals(type)) {
			return 3;
		}
		if ("number".equals(type)) {
			return 2.5;
		}
		if ("boolean".equals(type)) {
			return true;
		}
		if ("array".equals(type)) {
			List<Object> items = new ArrayList<>();
			if (depth < 6 && schema.get("items") instanceof Map<?, ?> item) {
				items.add(generate((Map<String, Object>) item, depth + 1));
			}
			return items;
		}
		Map<String, Object> object = new LinkedHashMap<>();
		if (schema.get("properties") instanceof Map<?, ?> properties && depth < 6) {
			properties.forEach((name, property) -> object.put((String) name,
					generate((Map<String, Object>) property, depth + 1)));
		}
		else {
			object.put("free", "form");
		}
		return object;
	}

}
