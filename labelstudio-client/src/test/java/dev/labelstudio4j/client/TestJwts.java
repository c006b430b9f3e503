package dev.labelstudio4j.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Unsigned test JWTs: base64url header and payload with an {@code exp} claim, and a fake signature.
 */
final class TestJwts {

	private TestJwts() {
	}

	/** A refresh token (personal access token) that expires at {@code exp}. */
	static String refreshToken(String id, Instant exp) {
		return jwt("{\"token_type\":\"refresh\",\"exp\":" + exp.getEpochSecond() + ",\"jti\":\"" + id
				+ "\",\"user_id\":1}", "refreshsig" + id);
	}

	/** An access token that expires at {@code exp}. */
	static String accessToken(String id, Instant exp) {
		return jwt("{\"token_type\":\"access\",\"exp\":" + exp.getEpochSecond() + ",\"jti\":\"" + id
				+ "\",\"user_id\":1}", "accesssig" + id);
	}

	private static String jwt(String payload, String signature) {
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ encoder.encodeToString(signature.getBytes(StandardCharsets.UTF_8));
	}

}
