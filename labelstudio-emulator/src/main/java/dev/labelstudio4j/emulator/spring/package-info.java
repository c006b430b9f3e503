/**
 * Spring test support: {@link dev.labelstudio4j.emulator.spring.AutoConfigureLabelStudioEmulator}.
 */
@NullMarked
package dev.labelstudio4j.emulator.spring;

import org.jspecify.annotations.NullMarked;
