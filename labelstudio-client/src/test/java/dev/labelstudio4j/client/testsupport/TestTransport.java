package dev.labelstudio4j.client.testsupport;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which default transport a test run expects. The module's surefire executions run the wire suites with
 * and without Apache HttpClient 5 on the class path and say which they mean in the system property
 * {@value #PROPERTY} ({@code jdk} or {@code apache}); a run without it (an IDE) checks nothing.
 */
public final class TestTransport {

	/** The system property naming the expected default transport. */
	public static final String PROPERTY = "labelstudio.test.transport";

	/** Spring's request factory for Apache HttpClient 5, by name: the JDK runs lack Apache. */
	public static final String APACHE_FACTORY = "org.springframework.http.client.HttpComponentsClientHttpRequestFactory";

	/** Spring's request factory for the JDK {@code HttpClient}. */
	public static final String JDK_FACTORY = "org.springframework.http.client.JdkClientHttpRequestFactory";

	private TestTransport() {
	}

	/**
	 * The expected default request factory's class name, or {@code null} when the run does not say.
	 * @return the class name or {@code null}
	 */
	public static @Nullable String expectedFactory() {
		String transport = System.getProperty(PROPERTY);
		if (transport == null) {
			return null;
		}
		return switch (transport) {
			case "apache" -> APACHE_FACTORY;
			case "jdk" -> JDK_FACTORY;
			default -> throw new IllegalStateException(PROPERTY + " must be apache or jdk, not " + transport);
		};
	}

	/**
	 * Assert that a client built without a request factory sends on the transport this run expects.
	 * @param client a client built without a request factory
	 */
	public static void assertExpected(LabelStudioClient client) {
		String expected = expectedFactory();
		if (expected != null) {
			assertThat(client.requestFactoryType().getName()).as("default transport (" + PROPERTY + ")")
				.isEqualTo(expected);
		}
	}

	/**
	 * Whether a client sends with the JDK {@code HttpClient}, which itself sends a GET a second time when
	 * the connection closes before the response (Apache's automatic retries are disabled).
	 * @param client the client
	 * @return whether its request factory is the JDK one
	 */
	public static boolean isJdk(LabelStudioClient client) {
		return client.requestFactoryType().getName().equals(JDK_FACTORY);
	}

}
