package dev.labelstudio4j.client.testsupport;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.RetrySettings;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Base for wire tests: a WireMock server on a random port, a client pointed at it with the legacy key
 * {@link #API_KEY} and fast retries, and every request the test sent appended to the journal that the
 * OpenAPI contract test checks afterwards ({@link RecordedRequests}).
 */
public abstract class WireMockTestBase {

	/** The legacy key every test client uses. */
	public static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	@RegisterExtension
	protected static final WireMockExtension wm = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.configureStaticDsl(true)
		.build();

	/**
	 * Every wire suite runs on the transport its surefire execution stands for: Apache HttpClient 5 where
	 * it is on the class path, the JDK {@code HttpClient} where it is not.
	 */
	@BeforeAll
	static void checkDefaultTransport() {
		TestTransport.assertExpected(LabelStudioClient.builder().baseUrl(wm.baseUrl()).apiKey(API_KEY).build());
	}

	/** A client for the WireMock server: legacy key, 3 attempts with 1-10 ms back-off. */
	protected LabelStudioClient client() {
		return clientBuilder().build();
	}

	protected LabelStudioClient.Builder clientBuilder() {
		return LabelStudioClient.builder()
			.baseUrl(wm.baseUrl())
			.apiKey(API_KEY)
			.retrySettings(RetrySettings.defaults()
				.withInitialInterval(Duration.ofMillis(1))
				.withMaxInterval(Duration.ofMillis(10)));
	}

	protected WireMock wireMock() {
		return wm.getRuntimeInfo().getWireMock();
	}

	@AfterEach
	void recordRequests() {
		RecordedRequests.append(getClass(), wm.getAllServeEvents());
	}

}
