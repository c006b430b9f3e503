package dev.labelstudio4j.client.contract;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.testsupport.RecordedRequests;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every request the wire tests recorded ({@link RecordedRequests}: method, path, query, content type
 * and JSON body) against Label Studio's official OpenAPI document
 * ({@code shared/reference/openapi-sdk-4b86cb96/openapi.yaml}, looked for in each folder above the module,
 * or named by the system property {@code labelstudio.openapi}). Paths are matched strictly (trailing
 * slashes count) and unknown query parameters are errors. Runs after every other test (its own surefire
 * execution, {@code openapi-contract}); skipped when the document is absent, failed when no request was
 * recorded. Responses are not checked: they are the tests' own fixtures.
 */
class OpenApiContractTests {

	static final String OPENAPI = "shared/reference/openapi-sdk-4b86cb96/openapi.yaml";

	/**
	 * Where the official document disagrees with the seed (SDK 1.0.4) contract or with what the server
	 * really reads. Each entry lets one kind of message through for one operation, with the reason; any
	 * other message fails the test.
	 */
	static final List<KnownDisagreement> KNOWN_DISAGREEMENTS = List.of(
			new KnownDisagreement("POST", "/api/projects/\\d+/import", "application/json",
					"validation.request.body.schema.required", ".*/predictions/\\d+'\\].*\\[\"task\"\\].*",
					"projects.import_tasks with predictions inside the tasks: the document reuses PredictionRequest,"
							+ " which requires 'task', but a task being imported has no id yet (the server links the"
							+ " predictions to the tasks it creates)"),
			new KnownDisagreement("POST", "/api/projects/\\d+/import", "application/x-www-form-urlencoded",
					"validation.request.body.schema.type", ".*",
					"projects.import_tasks from a URL: the server reads the form field 'url' (data_import/api.py,"
							+ " 'application/x-www-form-urlencoded' branch) while the document types every import"
							+ " body as an array of tasks"),
			new KnownDisagreement("POST", "/api/projects/\\d+/import", "multipart/form-data",
					"validation.request.body.missing", ".*",
					"projects.import_tasks from files: the journal does not keep multipart bodies, and the"
							+ " document's multipart schema is an array of tasks where the server reads files"),
			new KnownDisagreement("GET", "/api/dm/actions/", "", "validation.request.parameter.query.missing",
					".*'project'.*",
					"actions.list: the seed operation takes no parameter; the document requires 'project'"),
			new KnownDisagreement("POST|PATCH", "/api/dm/(actions|views)/(\\d+/)?", "application/json",
					"validation.request.body.schema.(type|oneOf)", ".*/filters/items/\\d+/value'\\].*",
					"actions.create, views.create/update filter values: the seed types a value as string, integer,"
							+ " float, boolean or list; the document only allows objects"),
			new KnownDisagreement("POST|PATCH", "/api/dm/(actions|views)/(\\d+/)?", "application/json",
					"validation.request.body.schema.enum", ".*/filters/items/\\d+/filter'\\].*\"filter:tasks:data\\..*",
					"filters on task data fields: the seed documents 'filter:tasks:data.field_name'; the document's"
							+ " enum lists the fixed columns only"),
			new KnownDisagreement("POST|PATCH", "/api/dm/views/(\\d+/)?", "application/json",
					"validation.request.body.schema.enum", ".*/data/ordering/\\d+'\\].*\"-tasks:.*",
					"views ordering: the seed documents a leading '-' for descending order; the document's enum"
							+ " lists ascending fields only"),
			new KnownDisagreement("POST|PATCH", "/api/dm/views/(\\d+/)?", "application/json",
					"validation.request.body.schema.additionalProperties", ".*\\[Path '/data'\\].*",
					"views data: the server keeps 'data' as free JSON (the web UI stores title and hiddenColumns in"
							+ " it); the seed and the document type filters and ordering only"),
			new KnownDisagreement("DELETE", "/api/dm/views/reset/", "application/json",
					"validation.request.body.unexpected", ".*",
					"views.delete_all: the seed sends {\"project\": id} as a JSON body; the document moved it to"
							+ " the query (the client sends both)"),
			new KnownDisagreement("GET", "/api/projects/\\d+/export", "", "validation.request.parameter.query.unexpected",
					".*'exportType'.*",
					"projects.exports.create_export: the document and the seed name the format 'export_type', but"
							+ " current servers read 'exportType' first (data_export/api.py ExportAPI, and the"
							+ " document's own description uses it); the client sends both"),
			new KnownDisagreement("POST", "/api/dm/actions/", "", "validation.request.parameter.schema.enum",
					".*not found in enum.*",
					"actions.create with an action id outside the document's enum: ActionId accepts custom ids"
							+ " (plugins and Enterprise add actions); the test sends one on purpose"),
			new KnownDisagreement("DELETE", "/api/workspaces/\\d+/memberships", "application/json",
					"validation.request.body.unexpected", ".*",
					"workspaces.members.delete: SDK 1.0.4 (MembersDeleteRequest) sends the member as {\"user\": id}"
							+ " in the body; the document declares no body for this DELETE"),
			new KnownDisagreement("POST", "/api/annotations/bulk-delete/", "application/json",
					"validation.request.(operation.notAllowed|path.missing)", ".*",
					"annotations.delete_bulk: newer than this document (SDK commit 4b86cb96); the newest SDK's"
							+ " endpoint index (97fcff19) and reference list it, body {\"ids\": [...], \"project\": id}"));

	/**
	 * Paths the client sends in SDK 1.0.4's form, without the trailing slash the document's (newer) paths
	 * have. Label Studio's {@code CommonMiddlewareAppendSlashWithoutRedirect} serves a path that finds no route
	 * as the same path with a slash (inside the server: same method, same body), so servers with either
	 * generation of routes serve them. Such a request is checked against the slashed path, so that its method,
	 * query and body are still checked.
	 */
	static final List<PathAlias> SLASHLESS_PATHS = List.of(
			new PathAlias("/api/workspaces(/\\d+(/memberships)?)?",
					"workspaces and workspaces.members: SDK 1.0.4 paths, no trailing slash (WorkspacesClient)"),
			new PathAlias("/api/storages/s3s",
					"import_storage.s3s.list/create: SDK 1.0.4 path, no trailing slash (the document has"
							+ " /api/storages/s3s/; the other s3s paths agree)"));

	@Test
	void everyRecordedRequestMatchesTheOfficialOpenApiDocument() throws IOException {
		Path openApi = findOpenApi();
		Assumptions.assumeTrue(openApi != null,
				() -> "Skipped: " + OPENAPI + " not found above " + Path.of("").toAbsolutePath()
						+ " (the reference material beside the checkout is absent)");
		assertThat(RecordedRequests.FILE).as("the journal of recorded requests (written by WireMockTestBase)")
			.exists();
		List<String> lines = Files.readAllLines(RecordedRequests.FILE, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank())
			.toList();
		assertThat(lines).as("recorded requests in " + RecordedRequests.FILE).isNotEmpty();

		// Parsed leniently: the document has a few schema defects (in operations the client does not use)
		// that the validator's own loader refuses outright.
		ParseOptions parseOptions = new ParseOptions();
		parseOptions.setResolve(false);
		OpenAPI api = new OpenAPIV3Parser().read(openApi.toString(), null, parseOptions);
		assertThat(api).as("the OpenAPI document " + openApi).isNotNull();
		assertThat(api.getPaths()).as("paths of " + openApi).isNotEmpty();
		OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(api)
			.withStrictOperationPathMatching()
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
				.build())
			.build();

		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (String line : lines) {
			Recorded recorded = Recorded.parse(line);
			if (isMachineryTest(recorded)) {
				continue;
			}
			ValidationReport report = validator.validateRequest(recorded.toRequest(slashed(recorded)));
			checked++;
			for (ValidationReport.Message message : report.getMessages()) {
				if (message.getLevel() != ValidationReport.Level.ERROR || isKnown(recorded, message)) {
					continue;
				}
				failures.add(recorded.test + ": " + recorded.method + " " + recorded.url + " ["
						+ recorded.contentType + "] -> " + message.getKey() + ": " + message.getMessage());
			}
		}
		assertThat(checked).isPositive();
		assertThat(failures).as("requests that break the OpenAPI contract (" + checked + " checked)").isEmpty();
	}

	/**
	 * Tests of the shared machinery (retries, auth, observations, base URLs; the classes in the root
	 * package) call made-up endpoints such as {@code /api/things/} or a server under a sub-path on
	 * purpose; they say nothing about the API surface, which the resource packages' tests cover.
	 */
	private static boolean isMachineryTest(Recorded recorded) {
		int lastDot = recorded.test.lastIndexOf('.');
		return lastDot > 0 && recorded.test.substring(0, lastDot).equals("dev.labelstudio4j.client");
	}

	private static String slashed(Recorded recorded) {
		for (PathAlias alias : SLASHLESS_PATHS) {
			if (Pattern.matches(alias.pathRegex(), recorded.path())) {
				System.out.println("OpenAPI contract: " + recorded.method + " " + recorded.path() + " checked as "
						+ recorded.path() + "/ (" + alias.reason() + ")");
				return recorded.path() + "/";
			}
		}
		return recorded.path();
	}

	private static boolean isKnown(Recorded recorded, ValidationReport.Message message) {
		for (KnownDisagreement known : KNOWN_DISAGREEMENTS) {
			if (known.matches(recorded, message)) {
				System.out.println("OpenAPI contract: allowed " + message.getKey() + " for " + recorded.method + " "
						+ recorded.url + " (" + known.reason() + ")");
				return true;
			}
		}
		return false;
	}

	static @Nullable Path findOpenApi() {
		String explicit = System.getProperty("labelstudio.openapi");
		if (explicit != null && !explicit.isBlank()) {
			Path path = Path.of(explicit);
			return Files.isRegularFile(path) ? path : null;
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(OPENAPI);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** One request of the journal. */
	record Recorded(String test, String method, String url, @Nullable String contentType, boolean multipart,
			@Nullable String body) {

		@SuppressWarnings("unchecked")
		static Recorded parse(String line) {
			Map<String, Object> fields = LabelStudioJson.get().read(line, Map.class);
			return new Recorded(String.valueOf(fields.get("test")), String.valueOf(fields.get("method")),
					String.valueOf(fields.get("url")), (String) fields.get("contentType"),
					Boolean.TRUE.equals(fields.get("multipart")), (String) fields.get("body"));
		}

		String path() {
			int query = this.url.indexOf('?');
			return (query >= 0) ? this.url.substring(0, query) : this.url;
		}

		Map<String, List<String>> query() {
			Map<String, List<String>> params = new LinkedHashMap<>();
			int start = this.url.indexOf('?');
			if (start < 0) {
				return params;
			}
			for (String pair : this.url.substring(start + 1).split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int eq = pair.indexOf('=');
				String name = decode((eq >= 0) ? pair.substring(0, eq) : pair);
				String value = (eq >= 0) ? decode(pair.substring(eq + 1)) : "";
				params.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
			return params;
		}

		Request toRequest(String path) {
			// The raw (encoded) path: an encoded '/' stays inside its segment, as on the wire.
			SimpleRequest.Builder builder = new SimpleRequest.Builder(this.method, path)
				.withAuthorization("Token " + WireMockTestBase.API_KEY);
			query().forEach(builder::withQueryParam);
			if (this.contentType != null) {
				builder.withContentType(this.contentType);
			}
			if (this.body != null) {
				builder.withBody(this.body);
			}
			return builder.build();
		}

		private static String decode(String text) {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}

	}

	/** A path sent without the trailing slash the document has, and why. */
	record PathAlias(String pathRegex, String reason) {
	}

	/**
	 * A documented disagreement between the official document and the contract the client follows: the
	 * method, path, content type (prefix; empty for any) and message key/text patterns it covers, and why.
	 */
	record KnownDisagreement(String methodRegex, String pathRegex, String contentType, String keyRegex,
			String messageRegex, String reason) {

		boolean matches(Recorded recorded, ValidationReport.Message message) {
			String type = (recorded.contentType != null) ? recorded.contentType.toLowerCase(Locale.ROOT) : "";
			return Pattern.matches(this.methodRegex, recorded.method)
					&& Pattern.matches(this.pathRegex, recorded.path())
					&& type.startsWith(this.contentType)
					&& Pattern.matches(this.keyRegex, message.getKey())
					&& Pattern.compile(this.messageRegex, Pattern.DOTALL).matcher(message.getMessage()).matches();
		}

	}

}
