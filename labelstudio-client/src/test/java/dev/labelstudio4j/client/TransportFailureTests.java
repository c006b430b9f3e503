package dev.labelstudio4j.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.client.ClientHttpRequestFactory;

import dev.labelstudio4j.client.internal.ClientInternals;
import dev.labelstudio4j.client.internal.ApiRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How transport failures map to {@link LabelStudioIoException}, with a request factory that fails the
 * way the JDK {@code HttpClient} does.
 */
class TransportFailureTests {

	private final AtomicInteger requests = new AtomicInteger();

	private LabelStudioClient failingWith(IOException failure) {
		ClientHttpRequestFactory factory = (uri, method) -> {
			this.requests.incrementAndGet();
			throw failure;
		};
		return LabelStudioClient.builder()
			.baseUrl("http://ls.invalid/")
			.apiKey("secretkey123")
			.requestFactory(factory, null)
			.retrySettings(RetrySettings.defaults().withInitialInterval(Duration.ofMillis(1)).withMaxInterval(Duration.ofMillis(5)))
			.build();
	}

	private static void create(LabelStudioClient client) {
		ClientInternals.invoker(client)
			.execute(ApiRequest.post("projects.create", "/api/projects/").jsonBody(Map.of("title", "T")).returnsNothing());
	}

	@Test
	void connectionRefusedWasNotSentAndIsRetriedEvenForPost() {
		LabelStudioClient client = failingWith(new ConnectException("Connection refused"));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> create(client)).satisfies((ex) -> {
			assertThat(ex.isRequestNotSent()).isTrue();
			assertThat(ex.isTimeout()).isFalse();
			assertThat(ex.getMessage())
				.isEqualTo("projects.create failed: I/O error (ConnectException: Connection refused)");
			assertThat(ex.getCause()).isInstanceOf(ConnectException.class);
		});
		assertThat(this.requests).hasValue(3);
	}

	@Test
	void connectTimeoutWasNotSent() {
		LabelStudioClient client = failingWith(new HttpConnectTimeoutException("HTTP connect timed out"));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> create(client)).satisfies((ex) -> {
			assertThat(ex.isRequestNotSent()).isTrue();
			assertThat(ex.isTimeout()).isTrue();
			assertThat(ex.getMessage()).startsWith("projects.create failed: connect timeout");
		});
		assertThat(this.requests).hasValue(3);
	}

	@Test
	void unknownHostWasNotSent() {
		LabelStudioClient client = failingWith(new UnknownHostException("ls.invalid"));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(1))
			.satisfies((ex) -> assertThat(ex.isRequestNotSent()).isTrue());
	}

	@Test
	void readTimeoutMayHaveBeenProcessed() {
		LabelStudioClient client = failingWith(new HttpTimeoutException("request timed out"));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> create(client)).satisfies((ex) -> {
			assertThat(ex.isRequestNotSent()).isFalse();
			assertThat(ex.isTimeout()).isTrue();
			assertThat(ex.getMessage()).startsWith("projects.create failed: timeout");
		});
		assertThat(this.requests).hasValue(1);
	}

	@Test
	void resetMayHaveBeenProcessed() {
		LabelStudioClient client = failingWith(new SocketException("Connection reset"));
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> create(client)).satisfies((ex) -> {
			assertThat(ex.isRequestNotSent()).isFalse();
			assertThat(ex.isTimeout()).isFalse();
		});
		assertThat(this.requests).hasValue(1);
		this.requests.set(0);
		assertThatExceptionOfType(LabelStudioIoException.class).isThrownBy(() -> client.projects().get(1));
		assertThat(this.requests).hasValue(3);
	}

	@Test
	void perCallReadTimeoutNeedsAVariantOfTheGivenFactory() {
		LabelStudioClient client = failingWith(new SocketException("Connection reset"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> client.projects().get(1, RequestOptions.builder().readTimeout(Duration.ofSeconds(1)).build()))
			.withMessageStartingWith("readTimeout cannot be set per call");
		assertThat(this.requests).hasValue(0);
	}

}
