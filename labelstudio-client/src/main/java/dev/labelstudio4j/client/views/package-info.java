/**
 * The {@code views} resource: {@link dev.labelstudio4j.client.views.ViewsClient} and its models.
 */
@NullMarked
package dev.labelstudio4j.client.views;

import org.jspecify.annotations.NullMarked;
