package dev.labelstudio4j.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.exports.Export;
import dev.labelstudio4j.client.exports.ExportCreate;
import dev.labelstudio4j.client.exports.ExportFormat;
import dev.labelstudio4j.client.exports.ExportsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The emulator's JSON answers about snapshots (list, create, get, convert) validate against the official
 * OpenAPI document. Not checked: the formats list, which the document types as strings while servers (and
 * the emulator) answer objects, and the downloads, which are files.
 */
class ExportResponseContractTests {

	static LabelStudioEmulator emulator;

	@BeforeAll
	static void start() {
		emulator = LabelStudioEmulator.start();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void snapshotAnswersMatchTheOpenApiDocument() {
		java.nio.file.Path spec = OpenApiResponseContractTests.findSpec();
		assumeTrue(spec != null, "No " + OpenApiResponseContractTests.SPEC + " in this directory or above it");
		LabelStudioClient client = emulator.client();
		Calls calls = new Calls(client);
		long project = calls.createProject("Exports", Calls.SENTIMENT_CONFIG);
		calls.importTasks(project, List.of(Map.of("text", "a"), Map.of("text", "b")));
		calls.createAnnotation(1, Map.of("result", List.of(Calls.choice("Positive"))));
		ExportsClient exports = client.projects().exports();
		Export snapshot = exports.create(project, ExportCreate.builder().title("t").onlyWithAnnotations(true).build());
		exports.get(project, snapshot.id());
		exports.convert(project, snapshot.id(), ExportFormat.CSV);
		exports.convert(project, snapshot.id(), ExportFormat.COCO);
		exports.get(project, snapshot.id());
		exports.list(project);
		exports.delete(project, snapshot.id());

		SwaggerParseResult parsed = new OpenAPIParser().readLocation(spec.toUri().toString(), null, resolving());
		OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(parsed.getOpenAPI())
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
				.build())
			.build();
		List<String> problems = new ArrayList<>();
		int validated = 0;
		for (ServeEvent event : emulator.wireMock().getAllServeEvents()) {
			String path = event.getRequest().getUrl().replaceFirst("\\?.*", "");
			if (!path.matches("/api/projects/\\d+/exports/(\\d+(/convert)?)?")) {
				continue;
			}
			SimpleResponse.Builder response = SimpleResponse.Builder.status(event.getResponse().getStatus());
			String body = event.getResponse().getBodyAsString();
			if (body != null && !body.isEmpty()) {
				response.withContentType("application/json").withBody(body);
			}
			Request.Method method = Request.Method.valueOf(event.getRequest().getMethod().getName());
			validated++;
			for (ValidationReport.Message message : validator.validateResponse(path, method, response.build())
				.getMessages()) {
				if (message.getLevel() == ValidationReport.Level.ERROR) {
					problems.add(method + " " + path + ": " + message.getKey() + " " + message.getMessage());
				}
			}
		}
		assertThat(validated).isEqualTo(7);
		assertThat(problems).isEmpty();
	}

	private static ParseOptions resolving() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		return options;
	}

}
