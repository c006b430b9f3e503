package dev.labelstudio4j.batch;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No public or protected signature of the module takes, returns or throws a type of the client's machinery. */
class BatchPublicApiTests {

	private static final List<Class<?>> API = List.of(LabelStudioTaskItemReader.class,
			LabelStudioTaskItemReaderBuilder.class, LabelStudioExportedTaskItemReader.class,
			LabelStudioExportedTaskItemReaderBuilder.class, LabelStudioTaskItemWriter.class,
			LabelStudioTaskItemWriterBuilder.class, LabelStudioPredictionItemWriter.class,
			LabelStudioPredictionItemWriterBuilder.class, LabelStudioTaskRangePartitioner.class);

	@Test
	void noSignatureMentionsTheClientsInternalPackage() {
		List<String> offending = new ArrayList<>();
		for (Class<?> type : API) {
			assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
			List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
			members.addAll(List.<Constructor<?>>of(type.getDeclaredConstructors()));
			for (Executable member : members) {
				if (!visible(member.getModifiers())) {
					continue;
				}
				List<Type> types = new ArrayList<>(List.of(member.getGenericParameterTypes()));
				types.addAll(List.of(member.getGenericExceptionTypes()));
				if (member instanceof Method method) {
					types.add(method.getGenericReturnType());
				}
				types.stream().filter(BatchPublicApiTests::internal).forEach((t) -> offending.add(member + ": " + t));
			}
			for (Field field : type.getDeclaredFields()) {
				if (visible(field.getModifiers()) && internal(field.getGenericType())) {
					offending.add(field.toString());
				}
			}
			if (internal(type.getGenericSuperclass())) {
				offending.add(type + " extends " + type.getGenericSuperclass());
			}
		}
		assertThat(offending).isEmpty();
	}

	private static boolean visible(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}

	private static boolean internal(Type type) {
		return type != null && type.getTypeName().contains("dev.labelstudio4j.client.internal");
	}

}
