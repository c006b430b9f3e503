package dev.labelstudio4j.client.models;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import dev.labelstudio4j.client.actions.Action;
import dev.labelstudio4j.client.exports.ConvertResult;
import dev.labelstudio4j.client.exports.ConvertedFormat;
import dev.labelstudio4j.client.exports.Export;
import dev.labelstudio4j.client.exports.ExportFormatInfo;
import dev.labelstudio4j.client.exports.ExportedAnnotation;
import dev.labelstudio4j.client.exports.ExportedPrediction;
import dev.labelstudio4j.client.exports.ExportedTask;
import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.files.FileUpload;
import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.ModelSchema;
import dev.labelstudio4j.client.ml.MlBackend;
import dev.labelstudio4j.client.ml.ModelVersions;
import dev.labelstudio4j.client.predictions.Prediction;
import dev.labelstudio4j.client.projects.ImportResult;
import dev.labelstudio4j.client.projects.ProjectCounts;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectImport;
import dev.labelstudio4j.client.projects.ProjectLabelConfig;
import dev.labelstudio4j.client.regions.Region;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskEvent;
import dev.labelstudio4j.client.tokens.AccessToken;
import dev.labelstudio4j.client.tokens.ApiToken;
import dev.labelstudio4j.client.tokens.JwtSettings;
import dev.labelstudio4j.client.users.User;
import dev.labelstudio4j.client.users.UserToken;
import dev.labelstudio4j.client.versions.ServerVersion;
import dev.labelstudio4j.client.views.View;
import dev.labelstudio4j.client.webhooks.Webhook;
import dev.labelstudio4j.client.webhooks.WebhookActionInfo;
import dev.labelstudio4j.client.workspaces.Workspace;
import dev.labelstudio4j.client.workspaces.WorkspaceMember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Every response model read through the client's mapper from the documented shapes (the Fern examples of
 * SDK 1.0.4, bodies generated from the official OpenAPI document) and from drifted bodies, each declared
 * field given each wrong JSON type in turn: the read never fails, the accessor answers {@code null}
 * ({@code 0}, an empty list), the raw value stays reachable, the whole body serializes back to the same
 * JSON tree, and a DEBUG line names the model and the field but never the value.
 */
class ModelToleranceTests {

	static final List<Class<?>> MODELS = List.of(Project.class, Task.class, Annotation.class, Prediction.class,
			Region.class, User.class, UserToken.class, View.class, MlBackend.class, ModelVersions.class,
			FileUpload.class, ImportResult.class, ProjectImport.class, ProjectLabelConfig.class, Action.class,
			Action.Dialog.class, Export.class, ConvertedFormat.class, ConvertResult.class, ExportFormatInfo.class,
			ExportedTask.class, ExportedAnnotation.class, ExportedPrediction.class, Webhook.class,
			WebhookActionInfo.class, ApiToken.class, AccessToken.class, JwtSettings.class, ServerVersion.class,
			Workspace.class, WorkspaceMember.class, TaskEvent.class, ProjectCounts.class);

	/** Wrong values carry this text so that a test can tell a leaked value. */
	private static final String SECRET_TEXT = "s3cr3t-drifted-value";

	/** JSON names whose accessor is not their camelCase form. */
	private static final Map<String, String> ACCESSORS = Map.ofEntries(Map.entry("Region.parentID", "parentId"),
			Map.entry("ImportResult.import", "importId"), Map.entry("UserToken.detail", "token"),
			Map.entry("ImportResult.prediction_count", "predictionsCount"), Map.entry("ExportFormatInfo.name", "format"),
			Map.entry("WebhookActionInfo.organization-only", "organizationOnly"), Map.entry("ApiToken.refresh", "token"),
			Map.entry("ServerVersion.label-studio-os-package", "osPackage"),
			Map.entry("ServerVersion.label-studio-os-backend", "osBackend"),
			Map.entry("ServerVersion.label-studio-frontend", "frontend"), Map.entry("ServerVersion.dm2", "dataManager"),
			Map.entry("ServerVersion.label-studio-converter", "converter"));

	/** Names read as one field: a drift test sends only one of them. */
	private static final Map<String, List<String>> ALIASES = Map.of("UserToken", List.of("token", "detail"),
			"ImportResult", List.of("predictions_count", "prediction_count"), "ApiToken", List.of("token", "refresh"));

	private static final LabelStudioJson json = LabelStudioJson.get();

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final Logger schemaLogger = this.context.getLogger(ModelSchema.class.getName());

	private @Nullable Level level;

	@BeforeEach
	void captureDriftLines() {
		this.appender.setContext(this.context);
		this.appender.start();
		this.level = this.schemaLogger.getLevel();
		this.schemaLogger.setLevel(Level.DEBUG);
		this.schemaLogger.addAppender(this.appender);
	}

	@AfterEach
	void restoreLogging() {
		this.schemaLogger.detachAppender(this.appender);
		this.schemaLogger.setLevel(this.level);
	}

	static Stream<Arguments> driftCases() {
		List<Arguments> cases = new ArrayList<>();
		for (Class<?> model : MODELS) {
			schema(model).fields().forEach((name, kind) -> {
				for (Object wrong : wrongValues(kind)) {
					cases.add(Arguments.of(model.getSimpleName(), name, kind, wrong, model));
				}
			});
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}.{1} ({2}) sent as {3}")
	@MethodSource("driftCases")
	void aDriftedFieldNeverFailsAndLosesNothing(String modelName, String field, FieldKind kind, Object wrong,
			Class<?> model) throws Exception {
		Map<String, Object> body = validBody(model);
		ALIASES.getOrDefault(model.getSimpleName(), List.of()).forEach(body::remove);
		body.put(field, wrong);
		body.put("brand_new_field", Map.of("nested", List.of(1, "two", Map.of("three", 3.5))));
		byte[] bytes = json.writeBytes(body);

		Object read = json.read(bytes, json.type(model));

		Object typed = accessor(model, field).invoke(read);
		if (typed instanceof List<?> list) {
			assertThat(list).as("%s.%s()", modelName, field).isEmpty();
		}
		else if (typed instanceof Long number && accessor(model, field).getReturnType() == long.class) {
			assertThat(number).isZero();
		}
		else if (typed instanceof Boolean flag && accessor(model, field).getReturnType() == boolean.class) {
			assertThat(flag).as("%s.%s()", modelName, field).isFalse();
		}
		else {
			assertThat(typed).as("%s.%s()", modelName, field).isNull();
		}
		assertThat(tree(model.getMethod("rawField", String.class).invoke(read, field))).isEqualTo(tree(wrong));
		assertThat(tree(json.writeBytes(read))).as("serialized back").isEqualTo(tree(bytes));
		@SuppressWarnings("unchecked")
		Map<String, Object> additional = (Map<String, Object>) model.getMethod("additionalProperties").invoke(read);
		assertThat(additional).containsOnlyKeys("brand_new_field");
		assertThat(tree(additional.get("brand_new_field"))).isEqualTo(tree(body.get("brand_new_field")));
		assertThat(lines()).anySatisfy((line) -> assertThat(line).startsWith(schema(model).model() + "." + field
				+ " drifted: expected ").contains("rawField(\"" + field + "\")"))
			.allSatisfy((line) -> assertThat(line).doesNotContain(SECRET_TEXT));
		assertThat(read.toString()).doesNotContain("nested").contains("additionalProperties=[brand_new_field]");
	}

	static Stream<Arguments> models() {
		return MODELS.stream().map((model) -> Arguments.of(model.getSimpleName(), model));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("models")
	void aValidBodyIsReadWithoutDriftAndEveryFieldTyped(String name, Class<?> model) throws Exception {
		Map<String, Object> body = validBody(model);
		Object read = json.read(json.writeBytes(body), json.type(model));
		for (String field : schema(model).fields().keySet()) {
			Object typed = accessor(model, field).invoke(read);
			assertThat(typed).as("%s.%s", name, field).isNotNull();
			if (typed instanceof List<?> list) {
				assertThat(list).as("%s.%s", name, field).isNotEmpty();
			}
		}
		assertThat(lines()).isEmpty();
		assertThat(tree(json.writeBytes(read))).isEqualTo(tree(body));
		assertThat(model.getMethod("toBuilder").invoke(read)).extracting((builder) -> {
			try {
				return builder.getClass().getMethod("build").invoke(builder);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}).isEqualTo(read).hasSameHashCodeAs(read);
	}

	static Stream<Arguments> fernExamples() {
		return Stream.of(Arguments.of("projects.yml", "get", "", Project.class),
				Arguments.of("projects.yml", "list", "results", Project.class),
				Arguments.of("projects.yml", "validate_config", "", ProjectLabelConfig.class),
				Arguments.of("tasks.yml", "get", "", Task.class), Arguments.of("tasks.yml", "list", "tasks", Task.class),
				Arguments.of("tasks.yml", "create", "", Task.class), Arguments.of("tasks.yml", "update", "", Task.class),
				Arguments.of("tasks.yml", "create_many_status", "", ProjectImport.class),
				Arguments.of("annotations.yml", "get", "", Annotation.class),
				Arguments.of("annotations.yml", "list", "[]", Annotation.class),
				Arguments.of("predictions.yml", "get", "", Prediction.class),
				Arguments.of("predictions.yml", "list", "[]", Prediction.class),
				Arguments.of("users.yml", "get", "", User.class), Arguments.of("users.yml", "whoami", "", User.class),
				Arguments.of("views.yml", "get", "", View.class), Arguments.of("ml.yml", "get", "", MlBackend.class),
				Arguments.of("files.yml", "get", "", FileUpload.class));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("fernExamples")
	void theSeedsExamplesReadWithoutDriftOrLoss(String file, String endpoint, String path, Class<?> model)
			throws Exception {
		Assumptions.assumeTrue(ReferenceShapes.reference() != null, "shared/reference not found");
		Map<String, Object> element = withoutDroppedFields(model, element(ReferenceShapes.fernExample(file, endpoint), path));
		byte[] bytes = json.writeBytes(element);
		Object read = json.read(bytes, json.type(model));
		assertThat(tree(json.writeBytes(read))).isEqualTo(tree(bytes));
		assertEveryPresentFieldTypedOrReported(model, read, element);
	}

	static Stream<Arguments> openApiOperations() {
		return Stream.of(Arguments.of("get", "/api/projects/{id}/", "200", "", Project.class),
				Arguments.of("get", "/api/projects/", "200", "results", Project.class),
				Arguments.of("get", "/api/tasks/{id}/", "200", "", Task.class),
				Arguments.of("get", "/api/tasks/", "200", "tasks", Task.class),
				Arguments.of("post", "/api/tasks/", "201", "", Task.class),
				Arguments.of("patch", "/api/tasks/{id}/", "200", "", Task.class),
				Arguments.of("get", "/api/annotations/{id}/", "200", "", Annotation.class),
				Arguments.of("get", "/api/predictions/{id}/", "200", "", Prediction.class),
				Arguments.of("get", "/api/users/{id}/", "200", "", User.class),
				Arguments.of("get", "/api/current-user/whoami", "200", "", User.class),
				Arguments.of("get", "/api/current-user/token", "200", "", UserToken.class),
				Arguments.of("get", "/api/dm/views/{id}/", "200", "", View.class),
				Arguments.of("get", "/api/ml/{id}", "200", "", MlBackend.class),
				Arguments.of("get", "/api/ml/{id}/versions", "200", "", ModelVersions.class),
				Arguments.of("get", "/api/import/file-upload/{id}", "200", "", FileUpload.class),
				Arguments.of("get", "/api/projects/{id}/imports/{import_pk}/", "200", "", ProjectImport.class),
				Arguments.of("post", "/api/projects/{id}/import", "201", "", ImportResult.class),
				Arguments.of("post", "/api/projects/{id}/validate/", "200", "", ProjectLabelConfig.class),
				Arguments.of("get", "/api/dm/actions/", "200", "[]", Action.class),
				Arguments.of("get", "/api/projects/{id}/exports/", "200", "[]", Export.class),
				Arguments.of("get", "/api/projects/{id}/exports/{export_pk}", "200", "", Export.class),
				Arguments.of("post", "/api/projects/{id}/exports/", "201", "", Export.class),
				Arguments.of("post", "/api/projects/{id}/exports/{export_pk}/convert", "200", "", ConvertResult.class),
				Arguments.of("get", "/api/webhooks/", "200", "[]", Webhook.class),
				Arguments.of("get", "/api/webhooks/{id}/", "200", "", Webhook.class),
				Arguments.of("get", "/api/token/", "200", "[]", ApiToken.class),
				Arguments.of("post", "/api/token/", "201", "", ApiToken.class),
				Arguments.of("post", "/api/token/rotate/", "200", "", ApiToken.class),
				Arguments.of("post", "/api/token/refresh/", "200", "", AccessToken.class),
				Arguments.of("get", "/api/jwt/settings", "200", "", JwtSettings.class),
				Arguments.of("get", "/api/version/", "200", "", ServerVersion.class),
				Arguments.of("get", "/api/workspaces/", "200", "[]", Workspace.class),
				Arguments.of("get", "/api/workspaces/{id}/", "200", "", Workspace.class),
				Arguments.of("get", "/api/workspaces/{id}/memberships/", "200", "[]", WorkspaceMember.class),
				Arguments.of("post", "/api/tasks/{id}/events/", "201", "", TaskEvent.class),
				Arguments.of("get", "/api/projects/counts/", "200", "results", ProjectCounts.class));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("openApiOperations")
	void theOpenApiShapesNeverFailAndLoseNothing(String method, String path, String status, String element,
			Class<?> model) throws Exception {
		Assumptions.assumeTrue(ReferenceShapes.reference() != null, "shared/reference not found");
		Map<String, Object> object = withoutDroppedFields(model,
				element(ReferenceShapes.openApiBody(method, path, status), element));
		byte[] bytes = json.writeBytes(object);
		Object read = json.read(bytes, json.type(model));
		assertThat(tree(json.writeBytes(read))).isEqualTo(tree(bytes));
		assertEveryPresentFieldTypedOrReported(model, read, object);
	}

	@Test
	void droppedFieldsAreNeverKept() {
		MlBackend backend = json.read("{\"id\": 1, \"basic_auth_pass\": \"" + SECRET_TEXT
				+ "\", \"basic_auth_pass_is_set\": true}", MlBackend.class);
		assertThat(backend.rawField("basic_auth_pass")).isNull();
		assertThat(backend.additionalProperties()).isEmpty();
		assertThat(json.writeString(backend)).doesNotContain(SECRET_TEXT);
		assertThat(backend.toString()).doesNotContain(SECRET_TEXT);
		ProjectImport projectImport = json.read("{\"id\": 4, \"status\": \"completed\", \"tasks\": [{\"id\": 1}]}",
				ProjectImport.class);
		assertThat(projectImport.rawField("tasks")).isNull();
		assertThat(projectImport.isCompleted()).isTrue();
	}

	@Test
	void secretsAndAdditionalValuesNeverAppearInToString() {
		UserToken token = json.read("{\"token\": \"" + SECRET_TEXT + "\", \"api_key\": \"" + SECRET_TEXT + "\"}",
				UserToken.class);
		assertThat(token.token()).isEqualTo(SECRET_TEXT);
		assertThat(token.toString()).isEqualTo("UserToken[token=******, additionalProperties=[api_key]]");
		UserToken detail = json.read("{\"detail\": \"" + SECRET_TEXT + "\"}", UserToken.class);
		assertThat(detail.token()).isEqualTo(SECRET_TEXT);
		assertThat(detail.toString()).isEqualTo("UserToken[detail=******]");
		Project project = json.read("{\"id\": 3, \"title\": \"Cats\", \"task_data_password\": \"" + SECRET_TEXT
				+ "\", \"data\": {\"x\": 1}}", Project.class);
		assertThat(project.toString())
			.isEqualTo("Project[id=3, title='Cats', additionalProperties=[task_data_password, data]]");
		ApiToken rotated = json.read("{\"refresh\": \"" + SECRET_TEXT + "\", \"expires_at\": \"2026-01-01\"}", ApiToken.class);
		assertThat(rotated.token()).isEqualTo(SECRET_TEXT);
		assertThat(rotated.toString()).isEqualTo("ApiToken[refresh=******, expires_at='2026-01-01']");
		assertThat(ApiToken.builder().token(SECRET_TEXT).build().toString()).isEqualTo("ApiToken[token=******]");
		assertThat(json.read("{\"access\": \"" + SECRET_TEXT + "\"}", AccessToken.class))
			.hasToString("AccessToken[access=******]");
		Webhook webhook = json.read("{\"id\": 2, \"headers\": {\"X-Secret\": \"" + SECRET_TEXT
				+ "\", \"X-Other\": [\"" + SECRET_TEXT + "\"]}}", Webhook.class);
		assertThat(webhook.headers()).containsOnlyKeys("X-Secret");
		assertThat(webhook).hasToString("Webhook[id=2, headers={X-Secret=***, X-Other=***}]");
		assertThat(json.read("{\"headers\": \"" + SECRET_TEXT + "\"}", Webhook.class))
			.hasToString("Webhook[headers=******]");
	}

	@Test
	void leniencyIsTheDocumentedOne() {
		Project project = json.read("""
				{"id": "12", "workspace": " 7 ", "queue_total": 4.0, "queue_done": 4.5, "organization": "x1",
				 "created_at": "2025-01-02T03:04:05", "pinned_at": "2025-01-02T03:04:05.5+02:00"}""", Project.class);
		assertThat(project.id()).isEqualTo(12);
		assertThat(project.workspace()).isEqualTo(7);
		assertThat(project.queueTotal()).isEqualTo(4);
		assertThat(project.queueDone()).isNull();
		assertThat(project.organization()).isNull();
		assertThat(project.createdAt()).hasToString("2025-01-02T03:04:05Z");
		assertThat(project.pinnedAt()).hasToString("2025-01-02T03:04:05.500+02:00");
		Task task = json.read("{\"file_upload\": 31, \"updated_by\": 3, \"annotators\": \"7\"}", Task.class);
		assertThat(task.fileUpload()).isEqualTo("31");
		assertThat(task.updatedBy()).containsExactly(3);
		assertThat(task.annotators()).containsExactly("7");
		Action action = json.read("{\"id\": \"x\", \"permission\": \"tasks.change\"}", Action.class);
		assertThat(action.permission()).containsExactly("tasks.change");
	}

	@Test
	void readModelsAreDeeplyReadOnly() {
		Task task = json.read("{\"id\": 1, \"data\": {\"list\": [1], \"map\": {\"a\": 1}}, \"x\": {\"y\": [2]}}",
				Task.class);
		assertThat(task.data()).isNotNull();
		assertThatThrows(() -> task.data().put("z", 1));
		assertThatThrows(() -> ((List<Object>) task.data().get("list")).add(2));
		assertThatThrows(() -> ((Map<String, Object>) task.data().get("map")).clear());
		assertThatThrows(() -> task.additionalProperties().remove("x"));
		assertThatThrows(() -> ((Map<String, Object>) task.rawField("x")).put("y", 1));
		assertThatThrows(() -> task.rawJson().remove("id"));
		assertThat(json.writeString(task)).isEqualTo("{\"id\":1,\"data\":{\"list\":[1],\"map\":{\"a\":1}},\"x\":{\"y\":[2]}}");
	}

	@Test
	void typedNestedModelsAreTheSameJson() {
		Task task = json.read("""
				{"id": 1, "annotations": [{"id": 5, "result": [{"id": "r", "type": "choices", "from_name": "c",
				 "to_name": "t", "value": {"choices": ["A"]}, "future": 1}], "lead_time": 1.5, "new": true}],
				 "predictions": [{"id": 6, "score": 0.5, "result": []}]}""", Task.class);
		Annotation annotation = task.annotations().get(0);
		assertThat(annotation.id()).isEqualTo(5);
		assertThat(annotation.leadTime()).isEqualTo(1.5);
		assertThat(annotation.additionalProperties()).containsOnlyKeys("new");
		assertThat(annotation.result()).singleElement().satisfies((region) -> {
			assertThat(region.choices()).containsExactly("A");
			assertThat(region.additionalProperties()).containsEntry("future", 1);
		});
		assertThat(task.predictions()).extracting(Prediction::score).containsExactly(0.5);
		assertThat(task.annotations()).isSameAs(task.annotations());
		Task rebuilt = Task.builder().id(1L).annotations(task.annotations()).predictions(task.predictions()).build();
		assertThat(rebuilt).isEqualTo(task);
	}

	@Test
	void buildersRejectDeclaredNamesAsAdditionalProperties() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> Project.builder().additionalProperty("workspace", 3))
			.withMessage("name 'workspace' is a declared field of Project: use its own setter");
		assertThat(Project.builder().id(3).workspace(7L).additionalProperty("new", List.of(1L)).build().rawJson())
			.isEqualTo(Map.of("id", 3, "workspace", 7, "new", List.of(1)));
	}

	private static void assertThatThrows(Runnable mutation) {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(mutation::run);
	}

	private void assertEveryPresentFieldTypedOrReported(Class<?> model, Object read, Object body) throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, Object> object = (Map<String, Object>) body;
		List<String> lines = lines();
		ModelSchema schema = schema(model);
		Set<String> declared = schema.fields().keySet();
		for (Map.Entry<String, Object> entry : object.entrySet()) {
			String field = entry.getKey();
			if (!declared.contains(field)) {
				continue;
			}
			Object typed = accessor(model, field).invoke(read);
			boolean typedValue = typed != null && !(typed instanceof List<?> list && list.isEmpty()
					&& !((entry.getValue() instanceof List<?> sent) && sent.isEmpty()));
			boolean reported = lines.stream().anyMatch((line) -> line.startsWith(schema.model() + "." + field + " "));
			assertThat(typedValue || entry.getValue() == null || reported)
				.as("%s.%s is typed or reported as drift", schema.model(), field)
				.isTrue();
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> additional = (Map<String, Object>) model.getMethod("additionalProperties").invoke(read);
		assertThat(additional.keySet()).containsExactlyInAnyOrderElementsOf(
				object.keySet().stream().filter((name) -> !declared.contains(name)).toList());
	}

	/** Fields a model drops on purpose (a password, the imported tasks) are not expected back. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> withoutDroppedFields(Class<?> model, Object body) {
		Map<String, Object> object = new LinkedHashMap<>((Map<String, Object>) body);
		if (model == MlBackend.class) {
			object.remove("basic_auth_pass");
		}
		if (model == ProjectImport.class) {
			object.remove("tasks");
		}
		return object;
	}

	@SuppressWarnings("unchecked")
	private static Object element(Object body, String path) {
		if (path.isEmpty()) {
			return body;
		}
		if (path.equals("[]")) {
			return ((List<Object>) body).get(0);
		}
		return ((List<Object>) ((Map<String, Object>) body).get(path)).get(0);
	}

	private List<String> lines() {
		synchronized (this.appender) {
			return this.appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		}
	}

	static ModelSchema schema(Class<?> model) {
		try {
			Field field = model.getDeclaredField("SCHEMA");
			field.setAccessible(true);
			return (ModelSchema) field.get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Method accessor(Class<?> model, String field) throws NoSuchMethodException {
		String name = ACCESSORS.get(model.getSimpleName() + "." + field);
		if (name == null) {
			StringBuilder camel = new StringBuilder();
			boolean upper = false;
			for (char c : field.toCharArray()) {
				if (c == '_') {
					upper = true;
				}
				else {
					camel.append(upper ? Character.toUpperCase(c) : c);
					upper = false;
				}
			}
			name = camel.toString();
		}
		return model.getMethod(name);
	}

	static Map<String, Object> validBody(Class<?> model) {
		Map<String, Object> body = new LinkedHashMap<>();
		schema(model).fields().forEach((name, kind) -> body.put(name, validValue(kind)));
		return body;
	}

	static Object validValue(FieldKind kind) {
		return switch (kind) {
			case INTEGER -> 7;
			case INT -> 3;
			case NUMBER -> 1.5;
			case STRING -> "text";
			case TEXT -> "name";
			case BOOLEAN -> true;
			case OBJECT -> Map.of("key", "value");
			case ANY -> Map.of("key", List.of(1));
			case DATE_TIME -> "2025-05-01T10:00:00.123456Z";
			case LIST_OF_OBJECTS -> List.of(Map.of("id", 1, "key", "value"));
			case LIST_OF_INTEGERS -> List.of(1, 2);
			case LIST_OF_STRINGS -> List.of("a", "b");
			case LIST -> List.of(1, "a");
		};
	}

	static List<Object> wrongValues(FieldKind kind) {
		Object text = SECRET_TEXT;
		Object object = Map.of("secret", SECRET_TEXT);
		Object number = 12.5;
		Object flag = true;
		return switch (kind) {
			case INTEGER, INT -> List.of(text, object, List.of(1), flag, number);
			case NUMBER -> List.of(text, object, List.of(1.5), flag);
			case STRING -> List.of(12, object, List.of(text), flag);
			case TEXT -> List.of(object, List.of(text), flag);
			case BOOLEAN -> List.of(text, 1, object);
			case OBJECT -> List.of(text, 12, List.of(object), flag);
			case ANY -> List.of();
			case DATE_TIME -> List.of(text, 1700000000, object);
			case LIST_OF_OBJECTS -> List.of(text, object, 12, List.of(text));
			case LIST_OF_INTEGERS -> List.of(text, object, List.of(text));
			case LIST_OF_STRINGS -> List.of(12, object, List.of(12));
			case LIST -> List.of(object);
		};
	}

	private static JsonNode tree(@Nullable Object value) {
		if (value instanceof byte[] bytes) {
			return json.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
		}
		return json.mapper().valueToTree(value);
	}

}
