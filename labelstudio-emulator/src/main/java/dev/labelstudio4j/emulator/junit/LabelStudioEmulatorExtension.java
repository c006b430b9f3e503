package dev.labelstudio4j.emulator.junit;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

/**
 * A JUnit Jupiter extension that runs a {@link LabelStudioEmulator} and injects it, or a
 * {@link LabelStudioClient} for it, into test and lifecycle method parameters.
 * <p>
 * Registered on a {@code static} field, or declared with
 * {@code @ExtendWith(LabelStudioEmulatorExtension.class)}, the emulator lives for the test class and
 * data is kept between its tests unless {@link Builder#resetBeforeEach(boolean)} is set. Registered on
 * an instance field, each test gets an emulator of its own.
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static LabelStudioEmulatorExtension labelStudio = LabelStudioEmulatorExtension.create();
 *
 * &#64;Test
 * void importsTasks(LabelStudioClient client) { ... }
 * </pre>
 */
public final class LabelStudioEmulatorExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private final Consumer<LabelStudioEmulator.Builder> customizer;

	private final boolean resetBeforeEach;

	private volatile @Nullable LabelStudioEmulator emulator;

	private volatile @Nullable LabelStudioClient client;

	private volatile boolean startedForEach;

	/** An extension with default settings, for {@code @ExtendWith}. */
	public LabelStudioEmulatorExtension() {
		this((builder) -> {
		}, false);
	}

	private LabelStudioEmulatorExtension(Consumer<LabelStudioEmulator.Builder> customizer, boolean resetBeforeEach) {
		this.customizer = customizer;
		this.resetBeforeEach = resetBeforeEach;
	}

	/** An extension with default settings. */
	public static LabelStudioEmulatorExtension create() {
		return new LabelStudioEmulatorExtension();
	}

	/** A builder for an extension with another port, credentials or reset policy. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The running emulator.
	 * @return the emulator
	 * @throws IllegalStateException when it is not running (outside the tests it serves)
	 */
	public LabelStudioEmulator emulator() {
		LabelStudioEmulator running = this.emulator;
		if (running == null) {
			throw new IllegalStateException("The Label Studio emulator is not running");
		}
		return running;
	}

	/** A client for the running emulator, authenticated with its API key. */
	public LabelStudioClient client() {
		LabelStudioClient current = this.client;
		if (current == null) {
			current = emulator().client();
			this.client = current;
		}
		return current;
	}

	/** The emulator's base URL. */
	public String baseUrl() {
		return emulator().baseUrl();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		startIfNeeded();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.emulator == null) {
			startIfNeeded();
			this.startedForEach = true;
		}
		else if (this.resetBeforeEach) {
			this.emulator.reset();
			this.client = null;
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.startedForEach) {
			stop();
			this.startedForEach = false;
		}
	}

	private synchronized void startIfNeeded() {
		if (this.emulator == null) {
			LabelStudioEmulator.Builder builder = LabelStudioEmulator.builder();
			this.customizer.accept(builder);
			this.emulator = builder.start();
		}
	}

	private synchronized void stop() {
		LabelStudioEmulator running = this.emulator;
		this.emulator = null;
		this.client = null;
		if (running != null) {
			running.stop();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == LabelStudioEmulator.class || type == LabelStudioClient.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		startIfNeeded();
		Class<?> type = parameterContext.getParameter().getType();
		if (type == LabelStudioEmulator.class) {
			return emulator();
		}
		if (type == LabelStudioClient.class) {
			return client();
		}
		throw new ParameterResolutionException("Cannot resolve a parameter of type " + type.getName());
	}

	@Override
	public String toString() {
		return "LabelStudioEmulatorExtension[" + this.emulator + "]";
	}

	/** Builder for {@link LabelStudioEmulatorExtension}. */
	public static final class Builder {

		private Consumer<LabelStudioEmulator.Builder> customizer = (builder) -> {
		};

		private boolean resetBeforeEach;

		private Builder() {
		}

		/** Configure the emulator (port, API key, personal access token, clock). */
		public Builder emulator(Consumer<LabelStudioEmulator.Builder> customizer) {
			if (customizer == null) {
				throw new IllegalArgumentException("customizer must not be null");
			}
			this.customizer = this.customizer.andThen(customizer);
			return this;
		}

		/** Whether to forget all data, stubs and recorded requests before each test; default {@code false}. */
		public Builder resetBeforeEach(boolean resetBeforeEach) {
			this.resetBeforeEach = resetBeforeEach;
			return this;
		}

		/**
		 * Build the extension.
		 * @return the extension
		 */
		public LabelStudioEmulatorExtension build() {
			return new LabelStudioEmulatorExtension(this.customizer, this.resetBeforeEach);
		}

	}

}
