package dev.labelstudio4j.client;

import com.github.tomakehurst.wiremock.http.Fault;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import dev.labelstudio4j.client.internal.LabelStudioObservationConvention;
import dev.labelstudio4j.client.projects.ProjectUpdate;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each HTTP exchange is an observation {@code labelstudio.client.requests} with the operation and
 * resource as low-cardinality keys; with a meter registry behind it, one timer per endpoint.
 */
class ObservationTests extends WireMockTestBase {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ObservationRegistry observations = ObservationRegistry.create();

	ObservationTests() {
		this.observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
	}

	@Test
	void eachExchangeIsAnObservationWithTheOperationKeys() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		stubFor(get("/api/projects/7/").willReturn(okJson("{\"id\":7}")));
		clientBuilder().observationRegistry(registry).build().projects().get(7);
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("labelstudio.client.requests", 1)
			.hasObservationWithNameEqualTo("labelstudio.client.requests")
			.that()
			.hasLowCardinalityKeyValue("labelstudio.operation", "projects.get")
			.hasLowCardinalityKeyValue("labelstudio.resource", "projects")
			.hasLowCardinalityKeyValue("method", "GET")
			.hasLowCardinalityKeyValue("status", "200")
			.hasLowCardinalityKeyValue("outcome", "SUCCESS")
			.hasLowCardinalityKeyValue("exception", "none")
			.hasLowCardinalityKeyValue("uri", "/api/projects/{id}/")
			.hasLowCardinalityKeyValue("client.name", java.net.URI.create(wm.baseUrl()).getHost())
			.hasHighCardinalityKeyValue("http.url", wm.baseUrl() + "/api/projects/7/")
			.hasBeenStarted()
			.hasBeenStopped();
	}

	@Test
	void twoOperationsGiveTwoTimersWithTheirTagsAndCounts() {
		stubFor(get("/api/projects/7/").willReturn(okJson("{\"id\":7}")));
		stubFor(get("/api/current-user/whoami").willReturn(okJson("{\"id\":1}")));
		LabelStudioClient client = clientBuilder().observationRegistry(this.observations).build();
		client.projects().get(7);
		client.projects().get(7);
		client.projects().get(7);
		client.users().whoami();

		assertThat(this.meters.find("labelstudio.client.requests").timers()).hasSize(2);
		Timer projects = this.meters.get("labelstudio.client.requests")
			.tag("labelstudio.operation", "projects.get")
			.timer();
		assertThat(projects.count()).isEqualTo(3);
		assertThat(projects.getId().getTags()).contains(Tag.of("labelstudio.resource", "projects"),
				Tag.of("method", "GET"), Tag.of("status", "200"), Tag.of("outcome", "SUCCESS"),
				Tag.of("exception", "none"), Tag.of("uri", "/api/projects/{id}/"));
		Timer whoami = this.meters.get("labelstudio.client.requests")
			.tag("labelstudio.operation", "users.whoami")
			.timer();
		assertThat(whoami.count()).isEqualTo(1);
		assertThat(whoami.getId().getTags()).contains(Tag.of("labelstudio.resource", "users"),
				Tag.of("uri", "/api/current-user/whoami"));
	}

	@Test
	void errorStatusAndRetriesAreTagged() {
		stubFor(get("/api/projects/7/").willReturn(aResponse().withStatus(503)));
		stubFor(get("/api/projects/8/").willReturn(aResponse().withStatus(404)));
		LabelStudioClient client = clientBuilder().observationRegistry(this.observations).build();
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> client.projects().get(7));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client.projects().get(8));
		Timer unavailable = this.meters.get("labelstudio.client.requests").tag("status", "503").timer();
		assertThat(unavailable.count()).isEqualTo(3);
		assertThat(unavailable.getId().getTag("outcome")).isEqualTo("SERVER_ERROR");
		Timer notFound = this.meters.get("labelstudio.client.requests").tag("status", "404").timer();
		assertThat(notFound.count()).isEqualTo(1);
		assertThat(notFound.getId().getTag("outcome")).isEqualTo("CLIENT_ERROR");
		assertThat(notFound.getId().getTag("labelstudio.operation")).isEqualTo("projects.get");
	}

	@Test
	void transportFailureIsTaggedWithItsException() {
		stubFor(get("/api/projects/7/").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		LabelStudioClient client = clientBuilder().observationRegistry(this.observations)
			.retrySettings(RetrySettings.disabled())
			.build();
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(7));
		Timer failed = this.meters.get("labelstudio.client.requests").tag("labelstudio.operation", "projects.get").timer();
		assertThat(failed.count()).isEqualTo(1);
		assertThat(failed.getId().getTag("exception")).isEqualTo("ResourceAccessException");
		assertThat(failed.getId().getTag("outcome")).isEqualTo("UNKNOWN");
	}

	@Test
	void observationNameCanBeChanged() {
		stubFor(get("/api/projects/7/").willReturn(okJson("{\"id\":7}")));
		clientBuilder().observationRegistry(this.observations).observationName("ls.calls").build().projects().get(7);
		assertThat(this.meters.find("ls.calls").tag("labelstudio.operation", "projects.get").timer()).isNotNull();
		assertThat(this.meters.find("labelstudio.client.requests").timer()).isNull();
	}

	@Test
	void otherRestClientsOfTheApplicationAreNotChanged() {
		stubFor(get("/api/projects/7/").willReturn(okJson("{\"id\":7}")));
		stubFor(get("/other").willReturn(okJson("{}")));
		clientBuilder().observationRegistry(this.observations).build().projects().get(7);
		RestClient.builder().observationRegistry(this.observations).build()
			.get().uri(wm.baseUrl() + "/other").retrieve().toBodilessEntity();
		Timer other = this.meters.get("http.client.requests").timer();
		assertThat(other.count()).isEqualTo(1);
		assertThat(other.getId().getTag("labelstudio.operation")).isNull();
		assertThat(this.meters.find("labelstudio.client.requests").timers()).hasSize(1);
	}

	@Test
	void twoOperationsOnOneTemplateKeepTheirOwnTags() {
		stubFor(get("/api/projects/7/").willReturn(okJson("{\"id\":7}")));
		stubFor(patch(urlEqualTo("/api/projects/7/")).willReturn(okJson("{\"id\":7}")));
		LabelStudioClient client = clientBuilder().observationRegistry(this.observations).build();
		client.projects().get(7);
		client.projects().update(7, ProjectUpdate.builder().title("T").build());
		client.projects().get(7);
		Timer get = this.meters.get("labelstudio.client.requests").tag("labelstudio.operation", "projects.get").timer();
		Timer update = this.meters.get("labelstudio.client.requests")
			.tag("labelstudio.operation", "projects.update")
			.timer();
		assertThat(get.count()).isEqualTo(2);
		assertThat(get.getId().getTag("method")).isEqualTo("GET");
		assertThat(update.count()).isEqualTo(1);
		assertThat(update.getId().getTag("method")).isEqualTo("PATCH");
		assertThat(update.getId().getTag("uri")).isEqualTo("/api/projects/{id}/");
	}

	@Test
	void theConventionOnARequestTheClientDidNotMakeSaysUnknown() {
		stubFor(get("/other/5").willReturn(okJson("{}")));
		TestObservationRegistry registry = TestObservationRegistry.create();
		RestClient.builder()
			.observationRegistry(registry)
			.observationConvention(new LabelStudioObservationConvention())
			.build()
			.get()
			.uri(wm.baseUrl() + "/other/{id}", 5)
			.retrieve()
			.toBodilessEntity();
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("labelstudio.client.requests")
			.that()
			.hasLowCardinalityKeyValue("labelstudio.operation", "unknown")
			.hasLowCardinalityKeyValue("labelstudio.resource", "unknown")
			.hasLowCardinalityKeyValue("uri", "/other/{id}")
			.hasLowCardinalityKeyValue("client.name", java.net.URI.create(wm.baseUrl()).getHost())
			.hasHighCardinalityKeyValue("http.url", wm.baseUrl() + "/other/5")
			.hasLowCardinalityKeyValue("status", "200");
	}

	@Test
	void noObservationRegistryMeansNoObservations() {
		stubFor(get("/api/projects/7/").willReturn(okJson("{\"id\":7}")));
		client().projects().get(7);
		assertThat(this.meters.getMeters()).isEmpty();
	}

}
