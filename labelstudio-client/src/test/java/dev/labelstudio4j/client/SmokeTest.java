package dev.labelstudio4j.client;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.projects.Project;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class SmokeTest {

	@Test
	void getProjectUnderSubPath(WireMockRuntimeInfo wm) {
		stubFor(get("/ls/api/projects/7/").willReturn(okJson("{\"id\":7,\"title\":\"T\",\"task_number\":3,\"extra\":1}")));
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		LabelStudioClient client = LabelStudioClient.builder()
			.baseUrl(wm.getHttpBaseUrl() + "/ls/")
			.apiKey("abc123")
			.observationRegistry(observations)
			.retrySettings(RetrySettings.defaults().withInitialInterval(Duration.ofMillis(1)))
			.build();
		Project p = client.projects().get(7);
		assertThat(p.title()).isEqualTo("T");
		assertThat(p.taskNumber()).isEqualTo(3);
		verify(getRequestedFor(urlEqualTo("/ls/api/projects/7/")).withHeader("Authorization", equalTo("Token abc123")));
		System.out.println(meters.getMetersAsString());
	}

}
