/**
 * The implementations of the resource clients, created by
 * {@link dev.labelstudio4j.client.LabelStudioClient}; not part of the public API.
 */
@NullMarked
package dev.labelstudio4j.client.internal.resources;

import org.jspecify.annotations.NullMarked;
