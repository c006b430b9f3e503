package dev.labelstudio4j.client.projects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A labeling configuration, as sent to and answered by
 * {@link ProjectsClient#validateConfig(long, String)}.
 *
 * @param labelConfig the configuration in XML format
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectLabelConfig(String labelConfig) {
}
