/**
 * Tests of the response models against Label Studio's documented shapes and against drift.
 */
@NullMarked
package dev.labelstudio4j.client.models;

import org.jspecify.annotations.NullMarked;
