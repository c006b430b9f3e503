/**
 * The emulator's machinery: in-memory state, routing and Label Studio's semantics. Not API: may change
 * without notice.
 */
@NullMarked
package dev.labelstudio4j.emulator.internal;

import org.jspecify.annotations.NullMarked;
