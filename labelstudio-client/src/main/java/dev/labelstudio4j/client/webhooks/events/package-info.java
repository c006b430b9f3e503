/**
 * The events Label Studio POSTs to a webhook, as typed values: {@link dev.labelstudio4j.client.webhooks.events.WebhookEvents#parse(byte[])}
 * reads a delivery's body into one of the {@link dev.labelstudio4j.client.webhooks.events.WebhookEvent} types.
 * Plain Java, without a web stack: the Spring Boot starter publishes them as application events, and any other
 * receiver (a servlet, a reactive handler, a queue consumer) can parse them the same way.
 */
@NullMarked
package dev.labelstudio4j.client.webhooks.events;

import org.jspecify.annotations.NullMarked;
