package dev.labelstudio4j.emulator.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates a {@link LabelStudioEmulatorContextCustomizer} for test classes annotated with
 * {@link AutoConfigureLabelStudioEmulator}. Registered in {@code META-INF/spring.factories}.
 */
public class LabelStudioEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureLabelStudioEmulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureLabelStudioEmulator.class);
		if (annotation == null) {
			return null;
		}
		return new LabelStudioEmulatorContextCustomizer(annotation.apiKey(), annotation.usePersonalAccessToken(),
				annotation.asyncImports());
	}

}
