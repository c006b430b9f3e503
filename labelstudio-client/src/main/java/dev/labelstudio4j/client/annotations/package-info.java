/**
 * The {@code annotations} resource: {@link dev.labelstudio4j.client.annotations.AnnotationsClient} and its models.
 */
@NullMarked
package dev.labelstudio4j.client.annotations;

import org.jspecify.annotations.NullMarked;
