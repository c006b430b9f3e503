package dev.labelstudio4j.autoconfigure.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.webhooks.Webhook;
import dev.labelstudio4j.client.webhooks.WebhookAction;
import dev.labelstudio4j.client.webhooks.WebhookCreate;
import dev.labelstudio4j.client.webhooks.WebhookUpdate;
import dev.labelstudio4j.client.webhooks.WebhooksClient;

/**
 * Registers the application's webhook when the application is ready (its web server listens): finds the
 * project's webhook with the configured URL and updates it when it differs from what is wanted, or creates
 * it. Idempotent: a restart finds its webhook and sends nothing when it is as wanted. The webhook is active,
 * sends its payload, fires for the configured actions (every action when none is configured) and carries the
 * secret header; other custom headers it has are kept. A failure (Label Studio unreachable, refused) is
 * logged at WARN without the secret and the application goes on.
 */
final class WebhookRegistrar implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(WebhookRegistrar.class);

	private final WebhooksClient webhooks;

	private final Environment environment;

	private final long project;

	private final String url;

	private final List<WebhookAction> actions;

	private final String secretHeader;

	private final String secret;

	WebhookRegistrar(WebhooksClient webhooks, Environment environment, long project, String url,
			List<WebhookAction> actions, String secretHeader, String secret) {
		this.webhooks = webhooks;
		this.environment = environment;
		this.project = project;
		this.url = url;
		this.actions = List.copyOf(actions);
		this.secretHeader = secretHeader;
		this.secret = secret;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String resolved = this.environment.resolvePlaceholders(this.url);
		try {
			Webhook webhook = register(resolved);
			logger.info("Label Studio webhook " + webhook.id() + " of project " + this.project + " posts to " + resolved);
		}
		catch (LabelStudioException | IllegalArgumentException ex) {
			logger.warn("Could not register the Label Studio webhook of project " + this.project + " for " + resolved
					+ ": " + ex.getMessage());
		}
	}

	/**
	 * Create or update the webhook.
	 * @param url the resolved public URL
	 * @return the webhook as the server answered or listed it
	 */
	Webhook register(String url) {
		Webhook existing = this.webhooks.list(this.project)
			.stream()
			.filter((webhook) -> url.equals(webhook.url()))
			.findFirst()
			.orElse(null);
		boolean all = this.actions.isEmpty();
		if (existing == null) {
			return this.webhooks.create(WebhookCreate.builder(url)
				.project(this.project)
				.sendPayload(true)
				.sendForAllActions(all)
				.actions(this.actions)
				.isActive(true)
				.headers(Map.of(this.secretHeader, this.secret))
				.build());
		}
		Map<String, String> headers = new LinkedHashMap<>((existing.headers() != null) ? existing.headers() : Map.of());
		headers.put(this.secretHeader, this.secret);
		boolean same = Boolean.TRUE.equals(existing.isActive()) && Boolean.TRUE.equals(existing.sendPayload())
				&& Objects.equals(existing.sendForAllActions(), all)
				&& Objects.equals(existing.actions(), this.actions) && headers.equals(existing.headers());
		if (same) {
			return existing;
		}
		return this.webhooks.update(existing.id(), WebhookUpdate.builder(this.actions)
			.sendPayload(true)
			.sendForAllActions(all)
			.isActive(true)
			.headers(headers)
			.build());
	}

	@Override
	public String toString() {
		return "WebhookRegistrar[project=" + this.project + ", url=" + this.url + ", secret=***]";
	}

}
