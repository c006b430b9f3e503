/**
 * The {@code predictions} resource: {@link dev.labelstudio4j.client.predictions.PredictionsClient} and its models.
 */
@NullMarked
package dev.labelstudio4j.client.predictions;

import org.jspecify.annotations.NullMarked;
