package dev.labelstudio4j.client.internal.json;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How a model reads a nested model of another package (a task its annotations, an annotation its regions)
 * from the JSON object Jackson already built, without a copy and without a public constructor: each model
 * that can be nested registers its factory when its class is initialized.
 */
public final class ModelFactories {

	private static final Map<Class<?>, Function<Map<String, Object>, ?>> factories = new ConcurrentHashMap<>();

	private ModelFactories() {
	}

	/**
	 * Register the factory of a model.
	 * @param <T> the model type
	 * @param type the model class
	 * @param factory makes a model from a JSON object the model may keep
	 */
	public static <T> void register(Class<T> type, Function<Map<String, Object>, T> factory) {
		factories.put(type, factory);
	}

	/**
	 * Make a model from a JSON object; the model keeps the object, so it must not change afterwards.
	 * @param <T> the model type
	 * @param type the model class
	 * @param json the JSON object
	 * @return the model
	 */
	@SuppressWarnings("unchecked")
	public static <T> T wrap(Class<T> type, Map<String, Object> json) {
		Function<Map<String, Object>, ?> factory = factories.get(type);
		if (factory == null) {
			initialize(type);
			factory = factories.get(type);
			if (factory == null) {
				throw new IllegalStateException(type.getName() + " registers no model factory");
			}
		}
		return (T) factory.apply(json);
	}

	private static void initialize(Class<?> type) {
		try {
			Class.forName(type.getName(), true, type.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
