package dev.labelstudio4j.client.exports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A format a project can be exported in, as {@link ExportsClient#listFormats(long)} answers it. Servers answer
 * objects ({@code name}, {@code title}, {@code description}, {@code link}, {@code tags}, {@code disabled});
 * the official API documents bare names, which are read as formats with only a name.
 *
 * @param format the format
 * @param title the title shown in Label Studio
 * @param description the description
 * @param link a link to the format's documentation
 * @param tags the kinds of labeling the format suits
 * @param disabled whether the format does not suit the project's labeling configuration
 */
public record ExportFormatInfo(ExportFormat format, @Nullable String title, @Nullable String description,
		@Nullable String link, List<String> tags, boolean disabled) {

	public ExportFormatInfo {
		if (format == null) {
			throw new IllegalArgumentException("format must not be null");
		}
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

}
