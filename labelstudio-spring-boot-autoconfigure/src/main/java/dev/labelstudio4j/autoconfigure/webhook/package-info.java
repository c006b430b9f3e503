/**
 * The webhook receiver: an endpoint that checks Label Studio's deliveries for the shared secret, reads them
 * into typed events and publishes them as Spring application events off the request thread, and the optional
 * registration of the application's webhook on start-up.
 */
@NullMarked
package dev.labelstudio4j.autoconfigure.webhook;

import org.jspecify.annotations.NullMarked;
