/**
 * The {@code ml} resource: {@link dev.labelstudio4j.client.ml.MlClient} and its models.
 */
@NullMarked
package dev.labelstudio4j.client.ml;

import org.jspecify.annotations.NullMarked;
