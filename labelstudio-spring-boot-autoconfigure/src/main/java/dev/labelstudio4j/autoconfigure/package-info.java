/**
 * Auto-configuration for the Label Studio client.
 */
@NullMarked
package dev.labelstudio4j.autoconfigure;

import org.jspecify.annotations.NullMarked;
