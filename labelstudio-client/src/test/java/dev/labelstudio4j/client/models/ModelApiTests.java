package dev.labelstudio4j.client.models;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.regions.Region;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models' public API shows no machinery: no public constructor, method or field of a model, its
 * builders or the region builders takes or returns a type of {@code dev.labelstudio4j.client.internal},
 * and no model extends one.
 */
class ModelApiTests {

	@Test
	void noInternalTypeInAPublicSignature() {
		List<Class<?>> types = new ArrayList<>();
		for (Class<?> model : ModelToleranceTests.MODELS) {
			types.add(model);
			types.addAll(List.of(model.getDeclaredClasses()));
		}
		types.addAll(List.of(Region.class.getDeclaredClasses()));
		List<String> leaks = new ArrayList<>();
		for (Class<?> type : types) {
			if (!Modifier.isPublic(type.getModifiers())) {
				continue;
			}
			for (Class<?> parent = type.getSuperclass(); parent != null; parent = parent.getSuperclass()) {
				if (isInternal(parent)) {
					leaks.add(type.getName() + " extends " + parent.getName());
				}
			}
			for (Method method : type.getMethods()) {
				check(method, method.getGenericReturnType(), leaks);
			}
			for (Constructor<?> constructor : type.getConstructors()) {
				check(constructor, null, leaks);
			}
			for (Field field : type.getFields()) {
				if (field.getGenericType().getTypeName().contains(".internal.")) {
					leaks.add(field.toString());
				}
			}
		}
		assertThat(types).hasSizeGreaterThan(ModelToleranceTests.MODELS.size() * 2);
		assertThat(leaks).isEmpty();
	}

	private static void check(Executable executable, Type returnType, List<String> leaks) {
		List<Type> signature = new ArrayList<>(List.of(executable.getGenericParameterTypes()));
		if (returnType != null) {
			signature.add(returnType);
		}
		for (Type type : signature) {
			if (type.getTypeName().contains("dev.labelstudio4j.client.internal.")) {
				leaks.add(executable.toGenericString());
			}
		}
	}

	private static boolean isInternal(Class<?> type) {
		return type.getPackageName().startsWith("dev.labelstudio4j.client.internal");
	}

}
