package dev.labelstudio4j.client.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.ServerErrorException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry policy's decisions and its Resilience4j retry, without HTTP.
 */
class RetryPolicyTests {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private final RetryPolicy policy = new RetryPolicy(RetrySettings.defaults(), null, "labelstudio");

	private static LabelStudioIoException io(boolean notSent) {
		return new LabelStudioIoException("x.op", "x.op failed", new IOException(), notSent, false);
	}

	private static ServerErrorException status(int status, HttpHeaders headers) {
		return new ServerErrorException("x.op", status, headers, "", null, Map.of(), null);
	}

	@Test
	void defaultBackoffHasJitterAroundTheExponentialValue() {
		for (int i = 0; i < 200; i++) {
			assertThat(this.policy.delayBeforeRetry(HttpMethod.GET, false, io(false), 1, CLOCK))
				.isBetween(Duration.ofMillis(250), Duration.ofMillis(750));
			assertThat(this.policy.delayBeforeRetry(HttpMethod.GET, false, io(false), 2, CLOCK))
				.isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
			assertThat(this.policy.delayBeforeRetry(HttpMethod.GET, false, io(false), 10, CLOCK))
				.isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
		}
	}

	@Test
	void noJitterGivesTheExactBackoff() {
		RetryPolicy exact = new RetryPolicy(RetrySettings.defaults().withJitter(0), null, "labelstudio");
		assertThat(exact.delayBeforeRetry(HttpMethod.DELETE, false, io(false), 3, CLOCK)).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void postIsRetriedOnlyWhenTheRequestCannotHaveBeenProcessed() {
		assertThat(this.policy.delayBeforeRetry(HttpMethod.POST, false, io(false), 1, CLOCK)).isNull();
		assertThat(this.policy.delayBeforeRetry(HttpMethod.POST, false, io(true), 1, CLOCK)).isNotNull();
		assertThat(this.policy.delayBeforeRetry(HttpMethod.PATCH, false, status(500, new HttpHeaders()), 1, CLOCK))
			.isNull();
		assertThat(this.policy.delayBeforeRetry(HttpMethod.PATCH, false, status(503, new HttpHeaders()), 1, CLOCK))
			.isNotNull();
		assertThat(this.policy.delayBeforeRetry(HttpMethod.PATCH, true, status(500, new HttpHeaders()), 1, CLOCK))
			.isNotNull();
		assertThat(this.policy.delayBeforeRetry(HttpMethod.GET, false,
				new NotFoundException("x.op", 404, new HttpHeaders(), "", null, Map.of(), null), 1, CLOCK))
			.isNull();
	}

	@Test
	void retryAfterDateIsMeasuredAgainstTheClientClock() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("Retry-After", "Mon, 02 Mar 2026 10:00:42 GMT");
		assertThat(this.policy.delayBeforeRetry(HttpMethod.GET, false, status(503, headers), 1, CLOCK))
			.isEqualTo(Duration.ofSeconds(42));
		headers.set("Retry-After", "Mon, 02 Mar 2026 09:00:00 GMT");
		assertThat(this.policy.delayBeforeRetry(HttpMethod.GET, false, status(503, headers), 1, CLOCK))
			.isEqualTo(Duration.ZERO);
		headers.set("Retry-After", "Mon, 02 Mar 2026 10:01:01 GMT");
		assertThat(this.policy.delayBeforeRetry(HttpMethod.GET, false, status(503, headers), 1, CLOCK)).isNull();
		headers.set("Retry-After", "soon");
		assertThat(this.policy.delayBeforeRetry(HttpMethod.GET, false, status(503, headers), 1, CLOCK)).isNotNull();
	}

	@Test
	void clientsWithTheSameSettingsShareTheRegistrysRetry() {
		RetryRegistry registry = RetryRegistry.ofDefaults();
		RetryPolicy first = new RetryPolicy(RetrySettings.defaults(), registry, "labelstudio");
		RetryPolicy second = new RetryPolicy(RetrySettings.defaults(), registry, "labelstudio");
		assertThat(first.retry()).isSameAs(registry.retry("labelstudio")).isSameAs(second.retry());
		RetryPolicy other = new RetryPolicy(RetrySettings.defaults().withMaxAttempts(5), registry, "labelstudio");
		assertThat(other.retry()).isNotSameAs(first.retry());
		assertThat(other.retry().getRetryConfig().getMaxAttempts()).isEqualTo(5);
		assertThat(registry.retry("labelstudio")).isSameAs(first.retry());
	}

	@Test
	void anApplicationsRetryUnderTheNameIsReplaced() {
		RetryRegistry registry = RetryRegistry.ofDefaults();
		Retry application = registry.retry("labelstudio", RetryConfig.custom().maxAttempts(7).build());
		RetryPolicy policy = new RetryPolicy(RetrySettings.defaults(), registry, "labelstudio");
		assertThat(policy.retry()).isNotSameAs(application).isSameAs(registry.retry("labelstudio"));
		assertThat(policy.retry().getRetryConfig().getMaxAttempts()).isEqualTo(3);
	}

	@Test
	void anotherNameIsUsedWhenAsked() {
		RetryRegistry registry = RetryRegistry.ofDefaults();
		new RetryPolicy(RetrySettings.defaults(), registry, "ls-tenant-a");
		assertThat(registry.find("ls-tenant-a")).isPresent();
		assertThat(registry.find("labelstudio")).isEmpty();
	}

	@Test
	void disabledSettingsHaveNoRetry() {
		assertThat(new RetryPolicy(RetrySettings.disabled(), RetryRegistry.ofDefaults(), "labelstudio").retry())
			.isNull();
		assertThat(new RetryPolicy(RetrySettings.defaults().withMaxAttempts(1), null, "labelstudio").retry()).isNull();
	}

	@Test
	void aBodyThatCannotBeReplayedGetsOneAttempt() {
		assertThat(this.policy.attemptsFor(null, true)).isEqualTo(3);
		assertThat(this.policy.attemptsFor(5, true)).isEqualTo(5);
		assertThat(this.policy.attemptsFor(5, false)).isEqualTo(1);
		assertThat(this.policy.retryFor(1)).isNull();
		assertThat(this.policy.retryFor(3)).isSameAs(this.policy.retry());
		assertThat(this.policy.retryFor(4).getRetryConfig().getMaxAttempts()).isEqualTo(4);
	}

	@Test
	void perCallAttemptsRunOnRetriesRegisteredUnderDerivedNamesBounded() {
		RetryRegistry registry = RetryRegistry.ofDefaults();
		RetryPolicy policy = new RetryPolicy(RetrySettings.defaults(), registry, "labelstudio");
		Retry five = policy.retryFor(5);
		assertThat(five.getName()).isEqualTo("labelstudio.attempts-5");
		assertThat(registry.find("labelstudio.attempts-5")).containsSame(five);
		assertThat(policy.retryFor(5)).isSameAs(five);
		for (int attempts = 2; attempts < 100; attempts++) {
			assertThat(policy.retryFor(attempts).getRetryConfig().getMaxAttempts()).isEqualTo(attempts);
		}
		assertThat(registry.getAllRetries()).hasSize(1 + RetryPolicy.MAX_DERIVED)
			.allSatisfy((retry) -> assertThat(retry.getName()).startsWith("labelstudio"));
		// another client with the same settings shares them
		RetryPolicy second = new RetryPolicy(RetrySettings.defaults(), registry, "labelstudio");
		assertThat(second.retryFor(5)).isSameAs(five);
	}

	@Test
	void theRetrysPredicateAndIntervalAreThePolicys() {
		RetryConfig config = this.policy.retry().getRetryConfig();
		assertThat(config.getExceptionPredicate().test(io(false))).as("only failed attempts of the policy").isFalse();
		assertThat(config.isFailAfterMaxAttempts()).isFalse();
	}

}
