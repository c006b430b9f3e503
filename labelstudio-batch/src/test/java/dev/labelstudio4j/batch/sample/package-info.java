/**
 * A complete job as an application defines it: the one the README shows.
 */
@NullMarked
package dev.labelstudio4j.batch.sample;

import org.jspecify.annotations.NullMarked;
