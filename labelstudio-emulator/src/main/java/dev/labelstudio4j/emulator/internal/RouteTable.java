package dev.labelstudio4j.emulator.internal;

import java.util.function.BiFunction;
import java.util.regex.Matcher;

/**
 * Where a route class registers its routes with {@link LabelStudioApi}: a method, a path pattern (matched
 * whole), whether the caller must authenticate, and the handler.
 */
@FunctionalInterface
interface RouteTable {

	void add(String method, String path, boolean authenticated, BiFunction<Call, Matcher, Reply> handler);

}
