package dev.labelstudio4j.sample;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample pointed at a Label Studio that does not answer: no emulator is started, the application
 * still starts, and the dashboard and the sync say what is wrong.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "labelstudio.url=http://127.0.0.1:9", "labelstudio.api-key=unreachable-secret-key" })
class UnreachableLabelStudioTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
			new ParameterizedTypeReference<>() {
			};

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void noEmulatorIsStarted() {
		assertThat(this.context.containsBean(EmbeddedEmulatorListener.BEAN_NAME)).isFalse();
	}

	@Test
	void theSummaryShowsTheConnectionDownAndNoProjects() {
		Map<String, Object> summary = http().get().uri("/api/summary").retrieve().body(JSON_OBJECT);
		assertThat(summary).containsEntry("labelStudioUrl", "http://127.0.0.1:9/")
			.containsEntry("projects", List.of());
		assertThat(summary.get("connection")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("status", "DOWN");
		assertThat(summary.toString()).doesNotContain("unreachable-secret-key");
	}

	@Test
	void syncAnswersBadGatewayNamingTheFailedOperation() {
		ResponseEntity<String> response = http().post()
			.uri("/api/sync")
			.exchange((request, answer) -> ResponseEntity.status(answer.getStatusCode())
				.body(answer.bodyTo(String.class)));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
		assertThat(response.getBody()).contains("projects.list").doesNotContain("unreachable-secret-key");
	}

	private RestClient http() {
		return RestClient.create("http://localhost:" + this.port);
	}

}
