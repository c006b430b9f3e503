/**
 * Label Studio API client: {@link dev.labelstudio4j.client.LabelStudioClient} and the types every
 * resource client shares (credentials, per-call options, paging, exceptions).
 */
@NullMarked
package dev.labelstudio4j.client;

import org.jspecify.annotations.NullMarked;
