/**
 * Shared machinery behind every resource client: the invoker, retries, authentication, JSON and
 * observations. Resource clients call {@link dev.labelstudio4j.client.internal.ApiInvoker}; application
 * code does not need anything here.
 */
@NullMarked
package dev.labelstudio4j.client.internal;

import org.jspecify.annotations.NullMarked;
