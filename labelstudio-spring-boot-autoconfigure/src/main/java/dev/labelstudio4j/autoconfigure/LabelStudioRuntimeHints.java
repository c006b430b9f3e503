package dev.labelstudio4j.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} for the Label Studio client: registers every type of the
 * {@code dev.labelstudio4j.client} packages that the client's JSON mapper binds, so that a native image can
 * read and write them. A type is bound when it, or one of its methods, carries a Jackson annotation (response
 * models read through a {@code @JsonCreator} and written through a {@code @JsonValue}, request params written
 * through {@code @JsonProperty} accessors, enums written through {@code @JsonValue}), when it is a record that
 * is not private (request bodies, page wrappers), or when it extends a bound type; the client-package
 * superclasses of bound types are registered with them. The types are found by reading the class files when
 * the hints are contributed, that is at build time, so a new model cannot be forgotten.
 */
class LabelStudioRuntimeHints implements RuntimeHintsRegistrar {

	static final String CLIENT_PACKAGE = "dev.labelstudio4j.client";

	private static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson.annotation.";

	private static final MemberCategory[] CATEGORIES = { MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
			MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS,
			MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS };

	private final BindingReflectionHintsRegistrar bindingRegistrar = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		for (Class<?> type : boundTypes(classLoader)) {
			hints.reflection().registerType(type, CATEGORIES);
			if (type.isRecord()) {
				this.bindingRegistrar.registerReflectionHints(hints.reflection(), type);
			}
		}
	}

	/**
	 * Return the types of the client's packages that its JSON mapper binds.
	 * @param classLoader the class loader to read the classes from
	 * @return the types, sorted by name
	 */
	static List<Class<?>> boundTypes(@Nullable ClassLoader classLoader) {
		Map<String, AnnotationMetadata> classes = readClasses(classLoader);
		Set<String> bound = new HashSet<>();
		for (AnnotationMetadata metadata : classes.values()) {
			if (isJacksonAnnotated(metadata) || Record.class.getName().equals(metadata.getSuperClassName())) {
				bound.add(metadata.getClassName());
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (AnnotationMetadata metadata : classes.values()) {
				String superClass = metadata.getSuperClassName();
				if (superClass != null && classes.containsKey(superClass)
						&& (bound.contains(superClass) != bound.contains(metadata.getClassName()))) {
					changed |= bound.add(metadata.getClassName()) | bound.add(superClass);
				}
			}
		}
		List<Class<?>> types = new ArrayList<>();
		for (String className : bound) {
			Class<?> type = ClassUtils.resolveClassName(className, classLoader);
			if (!(type.isRecord() && Modifier.isPrivate(type.getModifiers()))) {
				types.add(type);
			}
		}
		types.sort(Comparator.comparing(Class::getName));
		return types;
	}

	private static boolean isJacksonAnnotated(AnnotationMetadata metadata) {
		for (String annotation : metadata.getAnnotationTypes()) {
			if (annotation.startsWith(JACKSON_ANNOTATIONS)) {
				return true;
			}
		}
		for (MethodMetadata method : metadata.getDeclaredMethods()) {
			if (method.getAnnotations()
				.stream()
				.anyMatch((annotation) -> annotation.getType().getName().startsWith(JACKSON_ANNOTATIONS))) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, AnnotationMetadata> readClasses(@Nullable ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
		Map<String, AnnotationMetadata> classes = new LinkedHashMap<>();
		try {
			for (Resource resource : resolver.getResources(PathMatchingResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX
					+ ClassUtils.convertClassNameToResourcePath(CLIENT_PACKAGE) + "/**/*.class")) {
				MetadataReader reader = readers.getMetadataReader(resource);
				AnnotationMetadata metadata = reader.getAnnotationMetadata();
				if (!metadata.getClassName().endsWith("package-info") && !metadata.isAnnotation()) {
					classes.putIfAbsent(metadata.getClassName(), metadata);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading the Label Studio client's classes failed", ex);
		}
		return classes;
	}

}
