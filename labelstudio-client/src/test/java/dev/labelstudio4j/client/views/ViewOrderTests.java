package dev.labelstudio4j.client.views;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link ViewsClient#updateOrder(long, List)}.
 */
class ViewOrderTests extends WireMockTestBase {

	private final LabelStudioClient client = client();

	@Test
	void updateOrderSendsProjectAndIds() {
		stubFor(post(urlEqualTo("/api/dm/views/order/")).willReturn(aResponse().withStatus(200)));
		this.client.views().updateOrder(2, List.of(7L, 5L, 6L));
		verify(exactly(1), postRequestedFor(urlEqualTo("/api/dm/views/order/"))
			.withRequestBody(equalToJson("{\"project\": 2, \"ids\": [7, 5, 6]}")));
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.views().updateOrder(2, List.of()))
			.withMessageContaining("viewIds");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.views().updateOrder(0, List.of(1L)))
			.withMessageContaining("projectId");
		verify(exactly(0), anyRequestedFor(anyUrl()));
	}

}
