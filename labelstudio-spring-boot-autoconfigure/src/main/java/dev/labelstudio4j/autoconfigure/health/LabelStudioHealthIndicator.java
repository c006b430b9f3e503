package dev.labelstudio4j.autoconfigure.health;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioApiException;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.UnauthorizedException;
import dev.labelstudio4j.client.users.User;
import dev.labelstudio4j.client.versions.ServerVersion;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@link HealthIndicator} for a Label Studio server. Calls {@code users.whoami} once, with
 * its own read timeout and without retries, and caches the result for a while so that
 * frequent health probes do not hammer the server. The UP details show the server's
 * release and edition ({@code GET /api/version/}), read once and kept until the server is
 * found down (a restart may be an upgrade); that call gets only the time the check has
 * left, and when it fails or there is no time left the details simply lack the version.
 * Never throws; the API key never appears in the details.
 */
public class LabelStudioHealthIndicator implements HealthIndicator {

	private final LabelStudioClient client;

	private final RequestOptions options;

	private final long cacheTtlNanos;

	private final Object lock = new Object();

	private volatile @Nullable CachedHealth cached;

	private final Duration timeout;

	private volatile @Nullable ServerVersion version;

	/**
	 * Create a new {@link LabelStudioHealthIndicator}.
	 * @param client the client whose server is checked
	 * @param timeout the read timeout of the check's call
	 * @param cacheTtl how long a result is reused; zero to check on every call
	 */
	public LabelStudioHealthIndicator(LabelStudioClient client, Duration timeout, Duration cacheTtl) {
		this.client = Objects.requireNonNull(client, "client must not be null");
		Objects.requireNonNull(timeout, "timeout must not be null");
		Objects.requireNonNull(cacheTtl, "cacheTtl must not be null");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive");
		}
		if (cacheTtl.isNegative()) {
			throw new IllegalArgumentException("cacheTtl must not be negative");
		}
		this.timeout = timeout;
		this.options = RequestOptions.builder().readTimeout(timeout).maxAttempts(1).build();
		this.cacheTtlNanos = cacheTtl.toNanos();
	}

	@Override
	public Health health() {
		CachedHealth current = this.cached;
		if (current != null && current.isFresh(this.cacheTtlNanos)) {
			return current.health();
		}
		synchronized (this.lock) {
			current = this.cached;
			if (current != null && current.isFresh(this.cacheTtlNanos)) {
				return current.health();
			}
			Health health = check();
			this.cached = new CachedHealth(health, System.nanoTime());
			return health;
		}
	}

	private Health check() {
		String url = this.client.baseUrl().toString();
		long start = System.nanoTime();
		try {
			User user = this.client.users().whoami(this.options);
			long latency = Duration.ofNanos(System.nanoTime() - start).toMillis();
			Health.Builder builder = Health.up().withDetail("url", url).withDetail("userId", user.id());
			if (user.username() != null) {
				builder.withDetail("username", user.username());
			}
			builder.withDetail("latency", latency + "ms");
			ServerVersion version = serverVersion(Duration.ofNanos(System.nanoTime() - start));
			if (version != null && version.release() != null) {
				builder.withDetail("version", version.release());
			}
			if (version != null && version.edition() != null) {
				builder.withDetail("edition", version.edition());
			}
			return builder.build();
		}
		catch (UnauthorizedException ex) {
			return down(url, "unauthorized").withDetail("status", ex.getStatusCode()).build();
		}
		catch (LabelStudioApiException ex) {
			int status = ex.getStatusCode();
			String reason = (status == 403) ? "forbidden" : (status >= 500) ? "server error" : "unexpected status";
			return down(url, reason).withDetail("status", status).build();
		}
		catch (LabelStudioIoException ex) {
			return down(url, ex.isTimeout() ? "timeout" : "unreachable").build();
		}
		catch (RuntimeException ex) {
			return down(url, "error").withDetail("error", ex.getClass().getName()).build();
		}
	}

	/** The server's version, read once with what is left of the check's timeout; {@code null} when unknown. */
	private @Nullable ServerVersion serverVersion(Duration spent) {
		ServerVersion known = this.version;
		if (known != null) {
			return known;
		}
		Duration left = this.timeout.minus(spent);
		if (left.toMillis() < 1) {
			return null;
		}
		try {
			known = this.client.versions()
				.get(RequestOptions.builder().readTimeout(left).maxAttempts(1).build());
			this.version = known;
			return known;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private Health.Builder down(String url, String reason) {
		this.version = null;
		return Health.down().withDetail("url", url).withDetail("reason", reason);
	}

	private record CachedHealth(Health health, long checkedAtNanos) {

		boolean isFresh(long ttlNanos) {
			return System.nanoTime() - this.checkedAtNanos < ttlNanos;
		}

	}

}
