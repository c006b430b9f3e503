package dev.labelstudio4j.autoconfigure;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} for the Label Studio client: registers every public record
 * in the {@code dev.labelstudio4j.client} packages (the models the client reads and writes
 * as JSON) for reflective binding, so that a native image can serialize and deserialize
 * them. The records are found by scanning the classpath when the hints are contributed,
 * that is at build time.
 *
 * @author labelstudio4j
 */
class LabelStudioRuntimeHints implements RuntimeHintsRegistrar {

	static final String MODEL_PACKAGE = "dev.labelstudio4j.client";

	private final BindingReflectionHintsRegistrar bindingRegistrar = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		for (Class<?> type : modelRecords(classLoader)) {
			this.bindingRegistrar.registerReflectionHints(hints.reflection(), type);
		}
	}

	/**
	 * Return the public records in the client's packages.
	 * @param classLoader the class loader to scan
	 * @return the record types, sorted by name
	 */
	static List<Class<?>> modelRecords(@Nullable ClassLoader classLoader) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition beanDefinition) {
				return beanDefinition.getMetadata().isIndependent();
			}

		};
		scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
		scanner.addIncludeFilter(
				(reader, factory) -> Record.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
		List<Class<?>> records = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(MODEL_PACKAGE)) {
			String className = candidate.getBeanClassName();
			if (className != null) {
				Class<?> type = ClassUtils.resolveClassName(className, classLoader);
				if (isPublic(type)) {
					records.add(type);
				}
			}
		}
		records.sort(Comparator.comparing(Class::getName));
		return records;
	}

	private static boolean isPublic(Class<?> type) {
		for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
			if (!Modifier.isPublic(current.getModifiers())) {
				return false;
			}
		}
		return true;
	}

}
