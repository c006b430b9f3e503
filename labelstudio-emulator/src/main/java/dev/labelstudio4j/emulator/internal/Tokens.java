package dev.labelstudio4j.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs and checks the emulator's JWTs (HS256 with a key made for each emulator): personal access
 * tokens ({@code token_type} {@code refresh}) and the access tokens they are exchanged for.
 */
public final class Tokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final String HEADER = ENCODER
		.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

	private final byte[] key = new byte[32];

	private final JsonMapper json;

	private final Clock clock;

	/**
	 * Create the token service with a new random signing key.
	 * @param json the mapper for the claims
	 * @param clock the clock for {@code iat} and {@code exp}
	 */
	public Tokens(JsonMapper json, Clock clock) {
		new SecureRandom().nextBytes(this.key);
		this.json = json;
		this.clock = clock;
	}

	/** A refresh token (personal access token) for the user, valid for ten years. */
	public String refreshToken(long userId) {
		return sign("refresh", userId, Duration.ofDays(3650));
	}

	/** An access token for the user, expiring after {@code lifetime}. */
	public String accessToken(long userId, Duration lifetime) {
		return sign("access", userId, lifetime);
	}

	private String sign(String type, long userId, Duration lifetime) {
		long now = this.clock.instant().getEpochSecond();
		Map<String, Object> claims = Map.of("token_type", type, "exp", now + lifetime.toSeconds(), "iat", now, "jti",
				UUID.randomUUID().toString().replace("-", ""), "user_id", userId);
		String payload = ENCODER.encodeToString(this.json.writeValueAsBytes(claims));
		return HEADER + "." + payload + "." + signature(HEADER + "." + payload);
	}

	/**
	 * The user a token of the given type belongs to, when it carries this emulator's signature and has
	 * not expired.
	 * @param token the token
	 * @param type {@code access} or {@code refresh}
	 * @return the user id, or {@code null} when the token is not valid
	 */
	public @Nullable Long verify(String token, String type) {
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return null;
		}
		byte[] expected = signature(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		Map<?, ?> claims;
		try {
			claims = this.json.readValue(DECODER.decode(parts[1]), Map.class);
		}
		catch (RuntimeException ex) {
			return null;
		}
		if (!type.equals(claims.get("token_type")) || !(claims.get("exp") instanceof Number exp)
				|| exp.longValue() <= this.clock.instant().getEpochSecond()
				|| !(claims.get("user_id") instanceof Number user)) {
			return null;
		}
		return user.longValue();
	}

	private String signature(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return ENCODER.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 not available", ex);
		}
	}

	@Override
	public String toString() {
		return "Tokens[***]";
	}

}
