package dev.labelstudio4j.autoconfigure.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import dev.labelstudio4j.client.webhooks.events.InvalidWebhookPayloadException;
import dev.labelstudio4j.client.webhooks.events.WebhookEvent;
import dev.labelstudio4j.client.webhooks.events.WebhookEvents;

/**
 * The endpoint's handler. In order: checks the secret header in constant time (401, the body unread, nothing
 * published), the body's size (413 past the limit, read no further than it), reads the body into a typed
 * event (400 when it is not a webhook delivery) and hands the event to the dispatcher (200 once queued, 503
 * when the listener queue is full). Answers never echo the secret or the body.
 */
final class WebhookReceiver {

	private final String secretHeader;

	private final byte[] secretDigest;

	private final long maxBodySize;

	private final WebhookEventDispatcher dispatcher;

	private final WebhookMetrics metrics;

	WebhookReceiver(String secretHeader, String secret, long maxBodySize, WebhookEventDispatcher dispatcher,
			WebhookMetrics metrics) {
		this.secretHeader = secretHeader;
		this.secretDigest = sha256(secret);
		this.maxBodySize = maxBodySize;
		this.dispatcher = dispatcher;
		this.metrics = metrics;
	}

	ServerResponse handle(ServerRequest request) throws IOException {
		String given = request.headers().firstHeader(this.secretHeader);
		// digests of equal length, compared in time independent of their content
		if (given == null || !MessageDigest.isEqual(sha256(given), this.secretDigest)) {
			this.metrics.record(WebhookMetrics.NO_ACTION, WebhookOutcome.UNAUTHORIZED);
			return error(HttpStatus.UNAUTHORIZED, "Missing or wrong " + this.secretHeader + " header");
		}
		long declared = request.headers().contentLength().orElse(-1);
		if (declared > this.maxBodySize) {
			return tooLarge();
		}
		byte[] body = readAtMost(request.servletRequest().getInputStream(), this.maxBodySize);
		if (body == null) {
			return tooLarge();
		}
		WebhookEvent event;
		try {
			event = WebhookEvents.parse(body);
		}
		catch (InvalidWebhookPayloadException ex) {
			this.metrics.record(WebhookMetrics.NO_ACTION, WebhookOutcome.INVALID);
			return error(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		if (!this.dispatcher.dispatch(event)) {
			return error(HttpStatus.SERVICE_UNAVAILABLE, "The listener queue is full");
		}
		return ServerResponse.ok().build();
	}

	private ServerResponse tooLarge() {
		this.metrics.record(WebhookMetrics.NO_ACTION, WebhookOutcome.TOO_LARGE);
		return error(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + this.maxBodySize + " bytes");
	}

	private static ServerResponse error(HttpStatus status, @Nullable String detail) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("detail", (detail != null) ? detail : status.getReasonPhrase()));
	}

	/** The stream's bytes, or {@code null} when there are more than {@code limit}. */
	private static byte @Nullable [] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > limit) {
				return null;
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "WebhookReceiver[secretHeader=" + this.secretHeader + ", secret=***]";
	}

}
