package dev.labelstudio4j.client.tokens;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@link JwtSettingsClient#update(JwtSettingsUpdate)}. Immutable; fields that are not set are not
 * sent. Open-source servers read the two switches and ignore {@code api_token_ttl_days}; the official
 * document requires it (Enterprise servers validate it, 1 to 365).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class JwtSettingsUpdate {

	private final @Nullable Boolean apiTokensEnabled;

	private final @Nullable Boolean legacyApiTokensEnabled;

	private final @Nullable Integer apiTokenTtlDays;

	private JwtSettingsUpdate(Builder builder) {
		this.apiTokensEnabled = builder.apiTokensEnabled;
		this.legacyApiTokensEnabled = builder.legacyApiTokensEnabled;
		this.apiTokenTtlDays = builder.apiTokenTtlDays;
	}

	/**
	 * Create a new builder.
	 * @return a builder with no field set
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return whether personal access tokens authenticate.
	 * @return the flag or {@code null}
	 */
	@JsonProperty
	public @Nullable Boolean apiTokensEnabled() {
		return this.apiTokensEnabled;
	}

	/**
	 * Return whether legacy tokens authenticate.
	 * @return the flag or {@code null}
	 */
	@JsonProperty
	public @Nullable Boolean legacyApiTokensEnabled() {
		return this.legacyApiTokensEnabled;
	}

	/**
	 * Return the lifetime of new personal access tokens in days.
	 * @return the days or {@code null}
	 */
	@JsonProperty
	public @Nullable Integer apiTokenTtlDays() {
		return this.apiTokenTtlDays;
	}

	@Override
	public String toString() {
		return "JwtSettingsUpdate[apiTokensEnabled=" + this.apiTokensEnabled + ", legacyApiTokensEnabled="
				+ this.legacyApiTokensEnabled + ", apiTokenTtlDays=" + this.apiTokenTtlDays + "]";
	}

	/** Builder for {@link JwtSettingsUpdate}. */
	public static final class Builder {

		private @Nullable Boolean apiTokensEnabled;

		private @Nullable Boolean legacyApiTokensEnabled;

		private @Nullable Integer apiTokenTtlDays;

		private Builder() {
		}

		/**
		 * Set whether personal access tokens authenticate.
		 * @param enabled the flag
		 * @return this builder
		 */
		public Builder apiTokensEnabled(boolean enabled) {
			this.apiTokensEnabled = enabled;
			return this;
		}

		/**
		 * Set whether legacy tokens authenticate.
		 * @param enabled the flag
		 * @return this builder
		 */
		public Builder legacyApiTokensEnabled(boolean enabled) {
			this.legacyApiTokensEnabled = enabled;
			return this;
		}

		/**
		 * Set the lifetime of new personal access tokens.
		 * @param days the days, 1 to 365
		 * @return this builder
		 */
		public Builder apiTokenTtlDays(int days) {
			if (days < 1 || days > 365) {
				throw new IllegalArgumentException("apiTokenTtlDays must be between 1 and 365 but was " + days);
			}
			this.apiTokenTtlDays = days;
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 */
		public JwtSettingsUpdate build() {
			return new JwtSettingsUpdate(this);
		}

	}

}
