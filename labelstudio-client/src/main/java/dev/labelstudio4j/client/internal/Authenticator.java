package dev.labelstudio4j.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioCredentials;
import dev.labelstudio4j.client.LabelStudioException;

/**
 * Produces the {@code Authorization} header. For a legacy token that is constant. For a personal
 * access token the access token is cached until shortly before its {@code exp}; one thread refreshes
 * while the others wait for its result, so concurrent callers cause one refresh call.
 */
public final class Authenticator {

	/**
	 * Refresh this long before the access token's {@code exp} (half its remaining lifetime when it is
	 * shorter than twice this).
	 */
	static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

	/** Lifetime assumed for an access token without an {@code exp} claim. */
	static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(4);

	/** Exchanges a refresh token for an access token. */
	@FunctionalInterface
	public interface TokenRefresher {

		/**
		 * Call {@code POST /api/token/refresh/}.
		 * @param refreshToken the personal access token
		 * @return the new access token
		 */
		String refresh(String refreshToken);

	}

	private final LabelStudioCredentials credentials;

	private final @Nullable TokenRefresher refresher;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private volatile @Nullable CachedToken cached;

	public Authenticator(LabelStudioCredentials credentials, @Nullable TokenRefresher refresher, Clock clock) {
		this.credentials = credentials;
		this.refresher = refresher;
		this.clock = clock;
	}

	public LabelStudioCredentials credentials() {
		return this.credentials;
	}

	/** Whether a 401 may be answered by refreshing and replaying once. */
	public boolean canRefresh() {
		return this.credentials instanceof LabelStudioCredentials.PersonalAccessToken;
	}

	/** The value of the {@code Authorization} header, refreshing the access token when needed. */
	public String authorization() {
		if (this.credentials instanceof LabelStudioCredentials.LegacyToken legacy) {
			return "Token " + legacy.secret();
		}
		CachedToken token = this.cached;
		if (token != null && token.freshAt(this.clock.instant())) {
			return token.header;
		}
		this.lock.lock();
		try {
			token = this.cached;
			if (token != null && token.freshAt(this.clock.instant())) {
				return token.header;
			}
			if (this.refresher == null) {
				throw new IllegalStateException("no token refresher");
			}
			String access = this.refresher.refresh(this.credentials.secret());
			CachedToken fresh = new CachedToken("Bearer " + access, expiryOf(access));
			this.cached = fresh;
			return fresh.header;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Forget the access token behind {@code authorization} (the server refused it), unless another
	 * thread has already replaced it.
	 * @param authorization the header value that was refused
	 */
	public void invalidate(String authorization) {
		this.lock.lock();
		try {
			CachedToken token = this.cached;
			if (token != null && token.header.equals(authorization)) {
				this.cached = null;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private Instant expiryOf(String jwt) {
		Instant now = this.clock.instant();
		String[] parts = jwt.split("\\.");
		if (parts.length >= 2) {
			try {
				byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
				Map<String, Object> claims = LabelStudioJson.get().readMapOrNull(payload);
				if (claims != null && claims.get("exp") instanceof Number exp) {
					Instant expiry = Instant.ofEpochSecond(exp.longValue());
					// a token that lives less than twice the margin is kept for half its lifetime
					Duration lifetime = Duration.between(now, expiry);
					Duration margin = (lifetime.compareTo(EXPIRY_MARGIN.multipliedBy(2)) < 0) ? lifetime.dividedBy(2)
							: EXPIRY_MARGIN;
					return expiry.minus(margin);
				}
			}
			catch (IllegalArgumentException ex) {
				// not base64url: fall through
			}
		}
		return now.plus(DEFAULT_LIFETIME);
	}

	@Override
	public String toString() {
		return "Authenticator[" + this.credentials + "]";
	}

	private record CachedToken(String header, Instant refreshAt) {

		boolean freshAt(Instant now) {
			return now.isBefore(this.refreshAt);
		}

		@Override
		public String toString() {
			return "CachedToken[***]";
		}

	}

	/** Reads the {@code access} field of a refresh answer. */
	static String accessFrom(String operation, Map<String, Object> answer) {
		Object access = answer.get("access");
		if (!(access instanceof String value) || value.isBlank()) {
			throw new LabelStudioException(operation, operation + " answered without an access token");
		}
		return value;
	}

}
