package dev.labelstudio4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Case 5: the cold start of a minimal Spring Boot application (no web server) with the starter's
 * auto-configuration against the same application, on the same class path, with the starter's
 * auto-configuration excluded by {@code spring.autoconfigure.exclude}. Each measurement is the first
 * start in a fresh JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class StartupBenchmark {

	private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

	private ConfigurableApplicationContext context;

	@Benchmark
	public Object ours_withStarter() {
		this.context = start(false);
		return this.context;
	}

	@Benchmark
	public Object plain_withoutStarter() {
		this.context = start(true);
		return this.context;
	}

	@TearDown(Level.Iteration)
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
	}

	static ConfigurableApplicationContext start(boolean excludeStarter) {
		SpringApplication application = new SpringApplication(Application.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("labelstudio.url", "http://127.0.0.1:8080");
		properties.put("labelstudio.api-key", Fixtures.API_KEY);
		if (excludeStarter) {
			properties.put("spring.autoconfigure.exclude", ourAutoConfigurations());
		}
		application.setDefaultProperties(properties);
		return application.run();
	}

	/** Every auto-configuration class of {@code dev.labelstudio4j} listed on the class path. */
	static String ourAutoConfigurations() {
		StringJoiner names = new StringJoiner(",");
		try {
			Enumeration<URL> resources = StartupBenchmark.class.getClassLoader().getResources(IMPORTS);
			while (resources.hasMoreElements()) {
				try (BufferedReader reader = new BufferedReader(
						new InputStreamReader(resources.nextElement().openStream(), StandardCharsets.UTF_8))) {
					reader.lines()
						.map(String::trim)
						.filter((line) -> line.startsWith("dev.labelstudio4j."))
						.forEach(names::add);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names.toString();
	}

	/** The application: nothing but auto-configuration. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
