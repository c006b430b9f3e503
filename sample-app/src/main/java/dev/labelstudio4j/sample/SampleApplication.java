package dev.labelstudio4j.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.labelstudio4j.client.LabelStudioException;

/**
 * The sample application. On start it sets up a sentiment-labeling project in Label Studio (see
 * {@link LabelingPipeline}); with no {@code labelstudio.url} configured it talks to an in-memory
 * emulator started by {@link EmbeddedEmulatorListener}.
 */
@SpringBootApplication
@EnableConfigurationProperties(SampleProperties.class)
public class SampleApplication {

	private static final Logger logger = LoggerFactory.getLogger(SampleApplication.class);

	/**
	 * Start the sample.
	 * @param args the command line arguments, for example {@code --labelstudio.url=https://...}
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

	/**
	 * Set up the labeling project once the application has started. A Label Studio that cannot be
	 * reached does not stop the application: the dashboard then shows the connection as down.
	 * @param pipeline the pipeline
	 * @return the runner
	 */
	@Bean
	ApplicationRunner labelingProjectSetUp(LabelingPipeline pipeline) {
		return (args) -> {
			try {
				pipeline.setUp();
			}
			catch (LabelStudioException ex) {
				logger.warn("Could not set up the labeling project: {}", ex.getMessage());
			}
		};
	}

}
