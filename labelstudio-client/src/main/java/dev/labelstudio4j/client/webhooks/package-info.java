/**
 * Label Studio webhooks: {@link dev.labelstudio4j.client.webhooks.WebhooksClient} to list, create, update and
 * delete them, the {@link dev.labelstudio4j.client.webhooks.Webhook} model and the open
 * {@link dev.labelstudio4j.client.webhooks.WebhookAction} type.
 */
@NullMarked
package dev.labelstudio4j.client.webhooks;

import org.jspecify.annotations.NullMarked;
