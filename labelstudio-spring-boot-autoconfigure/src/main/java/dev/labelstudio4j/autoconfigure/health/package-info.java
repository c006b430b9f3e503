/**
 * Health indicator for Label Studio and its auto-configuration.
 */
@NullMarked
package dev.labelstudio4j.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
