package dev.labelstudio4j.client.api;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.internal.ApiInvoker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the public API: no public or protected member of a public type outside the {@code internal}
 * packages takes, returns, throws or extends an internal type, and no resource client can be built
 * outside {@link LabelStudioClient}.
 */
class PublicApiTests {

	private static final String ROOT = "dev.labelstudio4j.client";

	private static final String INTERNAL = ROOT + ".internal";

	@Test
	void noPublicSignatureOutsideInternalNamesAnInternalType() throws Exception {
		List<Class<?>> publicTypes = publicApiTypes();
		assertThat(publicTypes).hasSizeGreaterThan(50).contains(LabelStudioClient.class, LabelStudioClient.Builder.class);
		List<String> leaks = new ArrayList<>();
		publicTypes.forEach((type) -> leaks.addAll(leaksOf(type)));
		assertThat(leaks).isEmpty();
	}

	@Test
	void resourceClientsAreInterfacesWithoutPublicImplementationsOutsideInternal() throws Exception {
		List<Class<?>> clients = publicApiTypes().stream()
			.filter((type) -> type.getSimpleName().endsWith("Client") && type != LabelStudioClient.class)
			.toList();
		assertThat(clients).extracting(Class::getSimpleName)
			.contains("ProjectsClient", "TasksClient", "AnnotationsClient", "PredictionsClient", "UsersClient",
					"ViewsClient", "FilesClient", "MlClient", "ActionsClient");
		assertThat(clients).allSatisfy((client) -> assertThat(client.isInterface()).as(client.getName()).isTrue());
		for (Class<?> type : publicApiTypes()) {
			for (Class<?> client : clients) {
				// an interface may refine another (SyncableStorageClient extends StorageClient); classes may not
				if (type != client && !type.isInterface() && client.isAssignableFrom(type)) {
					throw new AssertionError(type.getName() + " implements " + client.getName() + " outside internal");
				}
			}
		}
		for (Method accessor : LabelStudioClient.class.getMethods()) {
			if (clients.contains(accessor.getReturnType())) {
				assertThat(accessor.getParameterCount()).isZero();
			}
		}
	}

	@Test
	void theCheckFindsALeak() {
		assertThat(leaksOf(Leaky.class)).hasSize(4)
			.anySatisfy((leak) -> assertThat(leak).contains("invoker()").contains(ApiInvoker.class.getName()))
			.anySatisfy((leak) -> assertThat(leak).contains("Leaky(").contains(ApiInvoker.class.getName()))
			.anySatisfy((leak) -> assertThat(leak).contains("invokers"))
			.anySatisfy((leak) -> assertThat(leak).contains("field"));
	}

	static List<String> leaksOf(Class<?> type) {
		List<String> leaks = new ArrayList<>();
		check(type.getName() + " extends", type.getGenericSuperclass(), leaks);
		for (Type implemented : type.getGenericInterfaces()) {
			check(type.getName() + " implements", implemented, leaks);
		}
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (visible(constructor)) {
				checkExecutable(type.getName() + "(", constructor, leaks);
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
				check(type.getName() + "." + method.getName() + "()", method.getGenericReturnType(), leaks);
				checkExecutable(type.getName() + "." + method.getName() + "(", method, leaks);
			}
		}
		for (Field field : type.getDeclaredFields()) {
			if (visible(field) && !field.isSynthetic()) {
				check(type.getName() + " field " + field.getName(), field.getGenericType(), leaks);
			}
		}
		return leaks;
	}

	private static void checkExecutable(String where, Executable executable, List<String> leaks) {
		for (Type parameter : executable.getGenericParameterTypes()) {
			check(where + "parameter", parameter, leaks);
		}
		for (Type thrown : executable.getGenericExceptionTypes()) {
			check(where + "throws", thrown, leaks);
		}
	}

	private static boolean visible(Member member) {
		return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
	}

	private static void check(String where, Type type, List<String> leaks) {
		check(where, type, leaks, new HashSet<>());
	}

	private static void check(String where, Type type, List<String> leaks, Set<TypeVariable<?>> seen) {
		if (type == null) {
			return;
		}
		if (type instanceof Class<?> raw) {
			Class<?> component = raw;
			while (component.isArray()) {
				component = component.getComponentType();
			}
			if (component.getName().startsWith(INTERNAL + ".") || component.getName().equals(INTERNAL)) {
				leaks.add(where + " names " + component.getName());
			}
		}
		else if (type instanceof ParameterizedType parameterized) {
			check(where, parameterized.getRawType(), leaks, seen);
			for (Type argument : parameterized.getActualTypeArguments()) {
				check(where, argument, leaks, seen);
			}
		}
		else if (type instanceof WildcardType wildcard) {
			Stream.of(wildcard.getUpperBounds()).forEach((bound) -> check(where, bound, leaks, seen));
			Stream.of(wildcard.getLowerBounds()).forEach((bound) -> check(where, bound, leaks, seen));
		}
		else if (type instanceof GenericArrayType array) {
			check(where, array.getGenericComponentType(), leaks, seen);
		}
		else if (type instanceof TypeVariable<?> variable && seen.add(variable)) {
			for (Type bound : variable.getBounds()) {
				check(where, bound, leaks, seen);
			}
		}
	}

	/** Every public type (top-level or nested in a public type) of the client outside {@code internal}. */
	static List<Class<?>> publicApiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
		Path classes = Path.of(LabelStudioClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path root = classes.resolve(ROOT.replace('.', '/'));
		List<Class<?>> types = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).sorted().toList()) {
				String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
				name = name.substring(0, name.length() - ".class".length());
				if (name.startsWith(INTERNAL + ".") || name.endsWith("package-info")) {
					continue;
				}
				Class<?> type = Class.forName(name, false, LabelStudioClient.class.getClassLoader());
				if (isPublicApi(type)) {
					types.add(type);
				}
			}
		}
		return types;
	}

	private static boolean isPublicApi(Class<?> type) {
		for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
			if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
				return false;
			}
		}
		return true;
	}

	/** A type that leaks the invoker in four ways, to prove that the check sees them. */
	public static final class Leaky {

		public final ApiInvoker field = null;

		public Leaky(ApiInvoker invoker) {
		}

		public ApiInvoker invoker() {
			return null;
		}

		public void invokers(List<? extends ApiInvoker> invokers) {
		}

	}

}
