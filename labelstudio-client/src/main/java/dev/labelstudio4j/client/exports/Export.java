package dev.labelstudio4j.client.exports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An export snapshot: a file of a project's tasks and annotations produced by the server at one point in
 * time, in Label Studio's JSON, and the conversions of it into other formats.
 *
 * @param id the snapshot id ({@code export_pk} in the paths)
 * @param title the title
 * @param createdBy the user who created it, as sent ({@code id}, {@code email}, names)
 * @param createdAt creation time
 * @param finishedAt when it completed or failed
 * @param status the snapshot's status
 * @param md5 the MD5 of the file
 * @param counters what was exported, for example {@code {"task_number": 120}}
 * @param convertedFormats its conversions into other formats
 * @param taskFilterOptions the task filter it was created with (answered by create)
 * @param annotationFilterOptions the annotation filter it was created with (answered by create)
 * @param serializationOptions the serialization options it was created with (answered by create)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Export(long id, @Nullable String title, @Nullable Map<String, Object> createdBy,
		@Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime finishedAt, @Nullable ExportStatus status,
		@Nullable String md5, @Nullable Map<String, Object> counters, @Nullable List<ConvertedFormat> convertedFormats,
		@Nullable Map<String, Object> taskFilterOptions, @Nullable Map<String, Object> annotationFilterOptions,
		@Nullable Map<String, Object> serializationOptions) {

	/** Whether the snapshot is {@code completed}. */
	public boolean isCompleted() {
		return this.status != null && this.status.isCompleted();
	}

	/** Whether the snapshot is {@code failed}. */
	public boolean isFailed() {
		return this.status != null && this.status.isFailed();
	}

	/**
	 * The conversion with the given id.
	 * @param convertedFormatId the conversion id
	 * @return the conversion, or {@code null} when the snapshot has none with that id
	 */
	public @Nullable ConvertedFormat convertedFormat(long convertedFormatId) {
		if (this.convertedFormats == null) {
			return null;
		}
		for (ConvertedFormat format : this.convertedFormats) {
			if (format != null && format.id() != null && format.id() == convertedFormatId) {
				return format;
			}
		}
		return null;
	}

	/**
	 * The newest conversion into the given format.
	 * @param format the format
	 * @return the conversion, or {@code null} when there is none
	 */
	public @Nullable ConvertedFormat convertedFormat(ExportFormat format) {
		ConvertedFormat found = null;
		if (this.convertedFormats != null) {
			for (ConvertedFormat converted : this.convertedFormats) {
				if (converted != null && format.name().equals(converted.exportType())
						&& (found == null || (converted.id() != null && found.id() != null && converted.id() > found.id()))) {
					found = converted;
				}
			}
		}
		return found;
	}

}
