package dev.labelstudio4j.sample;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Download annotations": the sample streams Label Studio's export through the client to the browser. Its
 * own application context (and emulator), since it annotates tasks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.page-size=8", "spring.application.name=sample-export-tests" })
class ExportControllerTests {

	@LocalServerPort
	private int port;

	@Autowired
	private LabelStudioClient client;

	@Autowired
	private LabelStudioEmulator emulator;

	private RestClient http;

	private long projectId;

	@BeforeEach
	void annotateTheFirstTask() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
		Project project = this.client.projects().list().items().get(0);
		this.projectId = project.id();
		Task first = this.client.tasks().list(this.projectId).stream().findFirst().orElseThrow();
		if (this.client.annotations().list(first.id()).isEmpty()) {
			this.client.annotations()
				.create(first.id(), AnnotationCreate.builder().regions(LabelingPipeline.choice("Positive")).build());
		}
	}

	@Test
	void csvIsStreamedFromLabelStudiosExport() {
		ResponseEntity<String> answer = this.http.get()
			.uri("/api/projects/{id}/annotations?format=csv", this.projectId)
			.retrieve()
			.toEntity(String.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("project-" + this.projectId + "-annotations.csv");
		List<String> lines = answer.getBody().lines().toList();
		assertThat(lines.get(0)).startsWith("id,text,sentiment,annotator");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains(",Positive,");
		this.emulator.wireMock()
			.verify(getRequestedFor(urlEqualTo("/api/projects/" + this.projectId
					+ "/export?exportType=CSV&export_type=CSV&download_resources=false")));
	}

	@Test
	void jsonIsStreamedFromLabelStudiosExport() {
		ResponseEntity<String> answer = this.http.get()
			.uri("/api/projects/{id}/annotations?format=JSON", this.projectId)
			.retrieve()
			.toEntity(String.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody()).startsWith("[{").contains("\"choices\":[\"Positive\"]");
	}

	@Test
	void otherFormatsAreRefused() {
		ResponseEntity<String> answer = this.http.get()
			.uri("/api/projects/{id}/annotations?format=YOLO", this.projectId)
			.retrieve()
			.toEntity(String.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

}
