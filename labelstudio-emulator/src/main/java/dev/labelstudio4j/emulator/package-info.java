/**
 * An in-memory Label Studio API for tests: {@link dev.labelstudio4j.emulator.LabelStudioEmulator}.
 */
@NullMarked
package dev.labelstudio4j.emulator;

import org.jspecify.annotations.NullMarked;
