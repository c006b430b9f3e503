package dev.labelstudio4j.autoconfigure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.users.User;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the application's JSON mapper settings, Jackson 3 or Jackson 2, never change
 * what the auto-configured {@link LabelStudioClient} sends or how it reads answers.
 */
class LabelStudioAutoConfigurationJsonMapperTests {

	private static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	private static final String USER = """
			{"id": 9, "username": "ann", "first_name": "Ann", "last_name": "Lee",
			 "date_joined": "2024-05-01T10:00:00Z", "unknown_field": true}
			""";

	@RegisterExtension
	static final WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, JacksonAutoConfiguration.class,
				HttpMessageConvertersAutoConfiguration.class, RestClientAutoConfiguration.class));

	@Test
	void applicationJackson3SettingsDoNotChangeTheWireFormat() {
		this.contextRunner
			.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY,
					"spring.jackson.property-naming-strategy=UPPER_CAMEL_CASE",
					"spring.jackson.deserialization.fail-on-unknown-properties=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(JsonMapper.class);
				assertThat(context.getBean(JsonMapper.class).writeValueAsString(new Payload(1L, "x", null)))
					.contains("\"LabelConfig\"");
				assertWireFormatIsLabelStudios(context.getBean(LabelStudioClient.class));
			});
	}

	@Test
	void preferringJackson2DoesNotChangeTheWireFormat() {
		ObjectMapper jackson2 = new ObjectMapper()
			.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		this.contextRunner
			.withPropertyValues("labelstudio.url=" + wm.baseUrl(), "labelstudio.api-key=" + API_KEY,
					"spring.http.converters.preferred-json-mapper=jackson2")
			.withBean(ObjectMapper.class, () -> jackson2)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(ObjectMapper.class);
				assertWireFormatIsLabelStudios(context.getBean(LabelStudioClient.class));
			});
	}

	private void assertWireFormatIsLabelStudios(LabelStudioClient client) {
		wm.stubFor(get("/api/current-user/whoami").willReturn(okJson(USER)));
		wm.stubFor(post("/api/projects/").willReturn(okJson("{\"id\": 3, \"label_config\": \"<View/>\"}")));
		User user = client.users().whoami();
		assertThat(user.id()).isEqualTo(9);
		assertThat(user.firstName()).isEqualTo("Ann");
		assertThat(user.lastName()).isEqualTo("Lee");
		assertThat(user.dateJoined()).isNotNull();
		Payload created = ClientInternals.invoker(client)
			.execute(ApiRequest.post("projects.create", "/api/projects/")
				.jsonBody(new Payload(null, "<View/>", null))
				.returns(Payload.class));
		assertThat(created.labelConfig()).isEqualTo("<View/>");
		wm.verify(postRequestedFor(urlPathEqualTo("/api/projects/"))
			.withRequestBody(equalToJson("{\"label_config\": \"<View/>\"}")));
	}

	record Payload(@Nullable Long id, String labelConfig, @Nullable String description) {
	}

}
