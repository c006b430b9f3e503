package dev.labelstudio4j.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.storages.AzureExportSettings;
import dev.labelstudio4j.client.storages.AzureImportSettings;
import dev.labelstudio4j.client.storages.GcsExportSettings;
import dev.labelstudio4j.client.storages.GcsImportSettings;
import dev.labelstudio4j.client.storages.LocalFilesExportSettings;
import dev.labelstudio4j.client.storages.LocalFilesImportSettings;
import dev.labelstudio4j.client.storages.RedisExportSettings;
import dev.labelstudio4j.client.storages.RedisImportSettings;
import dev.labelstudio4j.client.storages.S3ExportSettings;
import dev.labelstudio4j.client.storages.S3ImportSettings;
import dev.labelstudio4j.client.storages.S3sExportSettings;
import dev.labelstudio4j.client.storages.S3sImportSettings;
import dev.labelstudio4j.client.storages.Storage;
import dev.labelstudio4j.client.storages.StorageClient;
import dev.labelstudio4j.client.storages.StorageSettings;
import dev.labelstudio4j.client.storages.SyncOptions;
import dev.labelstudio4j.client.storages.SyncableStorageClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The emulator's storage answers (every operation of every type and direction, through each sync status)
 * validate against the official OpenAPI document, when it is found beside or above the repository.
 */
class StorageResponseContractTests {

	@Test
	void storageAnswersMatchTheOpenApiDocument(@TempDir Path root) throws Exception {
		Path spec = OpenApiResponseContractTests.findSpec();
		assumeTrue(spec != null, "No " + OpenApiResponseContractTests.SPEC + " in this directory or above it");
		Path in = Files.createDirectories(root.resolve("in"));
		Path out = Files.createDirectories(root.resolve("out"));
		Files.writeString(in.resolve("t.json"), "{\"text\": \"x\"}");
		try (LabelStudioEmulator emulator = LabelStudioEmulator.builder().localFilesDocumentRoot(root).start()) {
			LabelStudioClient client = emulator.client();
			long project = new Calls(client).createProject("Contract", Calls.SENTIMENT_CONFIG);
			exercise(client.importStorage().s3(), project, S3ImportSettings.builder().bucket("b").awsAccessKeyId("k")
				.awsSecretAccessKey("s").build());
			exercise(client.importStorage().gcs(), project, GcsImportSettings.builder().bucket("b").build());
			exercise(client.importStorage().azure(), project, AzureImportSettings.builder().container("c").build());
			exercise(client.importStorage().redis(), project, RedisImportSettings.builder().host("h").port(6379).build());
			exercise(client.importStorage().local(), project, LocalFilesImportSettings.builder().path(in.toString()).build());
			exercise(client.importStorage().s3s(), project, S3sImportSettings.builder().roleArn("arn:r").bucket("b").build());
			exercise(client.exportStorage().s3(), project, S3ExportSettings.builder().bucket("b").build());
			exercise(client.exportStorage().gcs(), project, GcsExportSettings.builder().bucket("b").build());
			exercise(client.exportStorage().azure(), project, AzureExportSettings.builder().container("c").build());
			exercise(client.exportStorage().redis(), project, RedisExportSettings.builder().host("h").build());
			exercise(client.exportStorage().local(), project, LocalFilesExportSettings.builder().path(out.toString()).build());
			exercise(client.exportStorage().s3s(), project, S3sExportSettings.builder().roleArn("arn:r").bucket("b").build());
			client.importStorage().listTypes();
			client.exportStorage().listTypes();

			ParseOptions options = new ParseOptions();
			options.setResolve(true);
			SwaggerParseResult parsed = new OpenAPIParser().readLocation(spec.toUri().toString(), null, options);
			OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(parsed.getOpenAPI())
				.withLevelResolver(LevelResolver.create()
					.withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
					.build())
				.build();
			List<String> problems = new ArrayList<>();
			int validated = 0;
			for (ServeEvent event : emulator.wireMock().getAllServeEvents()) {
				String url = event.getRequest().getUrl();
				String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
				if (!path.startsWith("/api/storages")) {
					continue;
				}
				// SDK 1.0.4 lists and creates s3s import storages without the slash the document has
				path = path.equals("/api/storages/s3s") ? "/api/storages/s3s/" : path;
				SimpleResponse.Builder response = SimpleResponse.Builder.status(event.getResponse().getStatus());
				String body = event.getResponse().getBodyAsString();
				if (body != null && !body.isEmpty()) {
					response.withContentType("application/json").withBody(body);
				}
				Request.Method method = Request.Method.valueOf(event.getRequest().getMethod().getName());
				ValidationReport report = validator.validateResponse(path, method, response.build());
				validated++;
				for (ValidationReport.Message message : report.getMessages()) {
					if (message.getLevel() == ValidationReport.Level.ERROR) {
						problems.add(method + " " + path + " -> " + event.getResponse().getStatus() + ": "
								+ message.getKey() + " " + message.getMessage());
					}
				}
			}
			assertThat(validated).isGreaterThanOrEqualTo(80);
			assertThat(problems).isEmpty();
		}
	}

	private static <S extends StorageSettings> void exercise(StorageClient<S> storages, long project, S settings) {
		storages.validate(project, settings);
		Storage storage = storages.create(project, settings);
		storages.list(project);
		storages.update(storage.id(), settings);
		if (storages instanceof SyncableStorageClient<S> syncable) {
			syncable.syncAndWait(storage.id(), SyncOptions.builder().pollInterval(Duration.ofMillis(1)).build());
		}
		storages.get(storage.id());
		storages.delete(storage.id());
	}

}
