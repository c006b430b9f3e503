/**
 * A sample application: a sentiment-labeling project in Label Studio, set up at start-up, with a small
 * dashboard, a JSON summary and an annotation sync.
 */
@NullMarked
package dev.labelstudio4j.sample;

import org.jspecify.annotations.NullMarked;
