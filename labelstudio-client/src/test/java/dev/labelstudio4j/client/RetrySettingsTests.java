package dev.labelstudio4j.client;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The default retry settings and their back-off, without waiting for it.
 */
class RetrySettingsTests {

	@Test
	void defaults() {
		RetrySettings defaults = RetrySettings.defaults();
		assertThat(defaults.enabled()).isTrue();
		assertThat(defaults.maxAttempts()).isEqualTo(3);
		assertThat(defaults.effectiveMaxAttempts()).isEqualTo(3);
		assertThat(defaults.initialInterval()).isEqualTo(Duration.ofMillis(500));
		assertThat(defaults.multiplier()).isEqualTo(2.0);
		assertThat(defaults.maxInterval()).isEqualTo(Duration.ofSeconds(10));
		assertThat(defaults.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
		assertThat(defaults.jitter()).isBetween(0.0, 1.0);
	}

	@Test
	void defaultBackoffDoublesFrom500MillisUpTo10Seconds() {
		RetrySettings defaults = RetrySettings.defaults();
		assertThat(defaults.backoff(1)).isEqualTo(Duration.ofMillis(500));
		assertThat(defaults.backoff(2)).isEqualTo(Duration.ofSeconds(1));
		assertThat(defaults.backoff(3)).isEqualTo(Duration.ofSeconds(2));
		assertThat(defaults.backoff(5)).isEqualTo(Duration.ofSeconds(8));
		assertThat(defaults.backoff(6)).isEqualTo(Duration.ofSeconds(10));
		assertThat(defaults.backoff(60)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void disabledMakesOneAttempt() {
		assertThat(RetrySettings.disabled().enabled()).isFalse();
		assertThat(RetrySettings.disabled().effectiveMaxAttempts()).isEqualTo(1);
	}

	@Test
	void withersChangeOneValue() {
		RetrySettings settings = RetrySettings.defaults()
			.withMaxAttempts(5)
			.withInitialInterval(Duration.ofMillis(100))
			.withMultiplier(3)
			.withMaxInterval(Duration.ofSeconds(1))
			.withMaxRetryAfter(Duration.ofSeconds(5))
			.withJitter(0);
		assertThat(settings).isEqualTo(new RetrySettings(true, 5, Duration.ofMillis(100), 3.0, Duration.ofSeconds(1),
				Duration.ofSeconds(5), 0.0));
		assertThat(settings.backoff(3)).isEqualTo(Duration.ofMillis(900));
		assertThat(settings.backoff(4)).isEqualTo(Duration.ofSeconds(1));
		// a longer initial interval raises the maximum with it
		assertThat(RetrySettings.defaults().withInitialInterval(Duration.ofSeconds(20)).maxInterval())
			.isEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void valuesAreValidated() {
		RetrySettings defaults = RetrySettings.defaults();
		assertThatIllegalArgumentException().isThrownBy(() -> defaults.withMaxAttempts(0))
			.withMessage("maxAttempts must be at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> defaults.withInitialInterval(Duration.ofMillis(-1)))
			.withMessage("initialInterval must not be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> defaults.withMultiplier(0.5))
			.withMessage("multiplier must be at least 1.0");
		assertThatIllegalArgumentException().isThrownBy(() -> defaults.withMaxInterval(Duration.ofMillis(100)))
			.withMessage("maxInterval must not be shorter than initialInterval");
		assertThatIllegalArgumentException().isThrownBy(() -> defaults.withMaxRetryAfter(Duration.ofSeconds(-1)))
			.withMessage("maxRetryAfter must not be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> defaults.withJitter(1.0))
			.withMessage("jitter must be in [0, 1)");
		assertThatNullPointerException().isThrownBy(() -> defaults.withMaxRetryAfter(null))
			.withMessage("maxRetryAfter must not be null");
	}

}
