package dev.labelstudio4j.emulator.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Annotation for a Spring test class that starts a {@link dev.labelstudio4j.emulator.LabelStudioEmulator}
 * for the test's application context and points {@code labelstudio.url} and {@code labelstudio.api-key}
 * at it (ahead of every other property source). The emulator is a bean of the context, so it can be
 * injected, and stops when the context closes.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureLabelStudioEmulator
 * class PipelineTests {
 *
 *     &#64;Autowired
 *     LabelStudioClient client;
 *
 *     &#64;Autowired
 *     LabelStudioEmulator emulator;
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureLabelStudioEmulator {

	/** The legacy API key the emulator accepts and the context is given; empty for the default. */
	String apiKey() default "";

	/**
	 * Whether to give the context the emulator's personal access token (a JWT exchanged for access
	 * tokens) as {@code labelstudio.api-key} instead of the legacy key.
	 */
	boolean usePersonalAccessToken() default false;

	/**
	 * Whether imports run asynchronously ({@code {"import": id}}, then the import status moves to
	 * {@code completed} or {@code failed}), as on newer servers.
	 */
	boolean asyncImports() default false;

}
