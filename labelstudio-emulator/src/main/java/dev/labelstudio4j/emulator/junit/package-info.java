/**
 * JUnit Jupiter support: {@link dev.labelstudio4j.emulator.junit.LabelStudioEmulatorExtension}.
 */
@NullMarked
package dev.labelstudio4j.emulator.junit;

import org.jspecify.annotations.NullMarked;
