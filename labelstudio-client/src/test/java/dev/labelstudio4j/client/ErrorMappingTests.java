package dev.labelstudio4j.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every exception type from Label Studio's own error bodies, from an HTML page of a proxy and from an
 * empty body.
 */
class ErrorMappingTests extends WireMockTestBase {

	private static final String PROJECT = "/api/projects/7/";

	private static final String ERROR_ID = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f";

	static List<Arguments> statuses() {
		return List.of(Arguments.of(400, "Bad request", BadRequestException.class),
				Arguments.of(401, "Invalid token.", UnauthorizedException.class),
				Arguments.of(403, "You do not have permission to perform this action.", ForbiddenException.class),
				Arguments.of(404, "Not found.", NotFoundException.class),
				Arguments.of(409, "Project with this title already exists", ConflictException.class),
				Arguments.of(429, "Request was throttled.", RateLimitedException.class),
				Arguments.of(500, "Internal server error", ServerErrorException.class),
				Arguments.of(503, "Service unavailable", ServerErrorException.class),
				Arguments.of(422, "Unprocessable", BadRequestException.class),
				Arguments.of(418, "I'm a teapot", LabelStudioApiException.class));
	}

	private static String labelStudioError(int status, String detail) {
		return "{\"id\":\"" + ERROR_ID + "\",\"status_code\":" + status + ",\"version\":\"1.20.0\",\"detail\":\""
				+ detail + "\",\"exc_info\":null}";
	}

	private LabelStudioClient noRetries() {
		return clientBuilder().retrySettings(RetrySettings.disabled()).build();
	}

	@ParameterizedTest
	@MethodSource("statuses")
	void labelStudioErrorBodyIsMappedToItsType(int status, String detail, Class<? extends LabelStudioApiException> type) {
		String body = labelStudioError(status, detail);
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("X-Request-Id", "req-1")
			.withBody(body)));
		LabelStudioApiException ex = catchThrowableOfType(LabelStudioApiException.class,
				() -> noRetries().projects().get(7));
		assertThat(ex).isExactlyInstanceOf(type).isInstanceOf(LabelStudioException.class);
		assertThat(ex.getStatusCode()).isEqualTo(status);
		assertThat(ex.getDetail()).isEqualTo(detail);
		assertThat(ex.getErrorId()).isEqualTo(ERROR_ID);
		assertThat(ex.getBody()).isEqualTo(body);
		assertThat(ex.getValidationErrors()).isEmpty();
		assertThat(ex.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-1");
		assertThat(ex.getOperation()).isEqualTo("projects.get");
		assertThat(ex.getMessage()).isEqualTo("projects.get failed with HTTP " + status + ": " + detail)
			.doesNotContain(API_KEY);
		verify(exactly(1), getRequestedFor(urlEqualTo(PROJECT)));
	}

	@Test
	void validationErrorsAreParsed() {
		String body = "{\"id\":\"" + ERROR_ID + "\",\"status_code\":400,\"version\":\"1.20.0\","
				+ "\"detail\":\"Validation error\",\"exc_info\":null,"
				+ "\"validation_errors\":{\"title\":[\"Ensure this field has no more than 50 characters.\"],"
				+ "\"label_config\":[\"Not a valid XML\",\"Empty config\"]}}";
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(body)));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> client().projects().get(7))
			.satisfies((ex) -> {
				assertThat(ex.getDetail()).isEqualTo("Validation error");
				assertThat(ex.getValidationErrors()).containsExactlyInAnyOrderEntriesOf(
						Map.of("title", List.of("Ensure this field has no more than 50 characters."), "label_config",
								List.of("Not a valid XML", "Empty config")));
				assertThat(ex.getMessage()).startsWith("projects.get failed with HTTP 400: Validation error")
					.contains("Not a valid XML");
			});
	}

	@Test
	void plainRestFrameworkFieldErrorsAreValidationErrors() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"title\":[\"This field may not be blank.\"]}")));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> client().projects().get(7))
			.satisfies((ex) -> {
				assertThat(ex.getDetail()).isNull();
				assertThat(ex.getValidationErrors()).containsExactly(
						Map.entry("title", List.of("This field may not be blank.")));
			});
	}

	@Test
	void htmlBadGatewayIsAServerError() {
		String html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
				+ "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody(html)));
		assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> noRetries().projects().get(7))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(502);
				assertThat(ex.getBody()).isEqualTo(html);
				assertThat(ex.getDetail()).isNull();
				assertThat(ex.getErrorId()).isNull();
				assertThat(ex.getValidationErrors()).isEmpty();
				assertThat(ex.getMessage()).isEqualTo("projects.get failed with HTTP 502");
			});
	}

	@Test
	void emptyBodyStillGivesTheType() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(404)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client().projects().get(7))
			.satisfies((ex) -> {
				assertThat(ex.getBody()).isEmpty();
				assertThat(ex.getDetail()).isNull();
				assertThat(ex.getMessage()).isEqualTo("projects.get failed with HTTP 404");
			});
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(403)));
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> client().projects().get(7));
	}

	@Test
	void invalidJsonErrorBodyIsKeptRaw() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": truncat")));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> client().projects().get(7))
			.satisfies((ex) -> {
				assertThat(ex.getBody()).isEqualTo("{\"detail\": truncat");
				assertThat(ex.getDetail()).isNull();
			});
	}

	@Test
	void rateLimitedCarriesRetryAfter() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "120")
			.withBody(labelStudioError(429, "Request was throttled. Expected available in 120 seconds."))));
		assertThatExceptionOfType(RateLimitedException.class).isThrownBy(() -> client().projects().get(7))
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).hasSeconds(120));
	}

	@Test
	void exceptionHeadersAreReadOnly() {
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(404).withHeader("X-A", "1")));
		LabelStudioApiException ex = catchThrowableOfType(LabelStudioApiException.class,
				() -> client().projects().get(7));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> ex.getHeaders().add("X-B", "2"));
	}

	@Test
	void unreadableSuccessBodyIsADecodingException() {
		stubFor(get(PROJECT).willReturn(okJson("[1,2")));
		assertThatExceptionOfType(LabelStudioDecodingException.class).isThrownBy(() -> client().projects().get(7))
			.withMessageStartingWith("projects.get returned a body that is not a valid Project (HTTP 200: ")
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(200));
		verify(exactly(1), getRequestedFor(urlEqualTo(PROJECT)));
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(200)));
		assertThatExceptionOfType(LabelStudioDecodingException.class).isThrownBy(() -> client().projects().get(7))
			.withMessage("projects.get returned an empty body where a Project was expected");
	}

	@Test
	void decodingErrorsNeverQuoteTheBody() {
		stubFor(get(PROJECT).willReturn(okJson("{\"id\": sk-secret-token-in-body}")));
		assertThatExceptionOfType(LabelStudioDecodingException.class).isThrownBy(() -> client().projects().get(7))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("sk-secret").contains("line 1, column"));
		stubFor(get(PROJECT).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
			.withBody("<html><body>secret-proxy-page</body></html>")));
		assertThatExceptionOfType(LabelStudioDecodingException.class).isThrownBy(() -> client().projects().get(7))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("secret-proxy-page"));
	}

}
