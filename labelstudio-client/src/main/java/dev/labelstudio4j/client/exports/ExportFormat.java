package dev.labelstudio4j.client.exports;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * An export format, by the name Label Studio gives it ({@code JSON}, {@code CSV}, {@code YOLO}, ...). An open
 * type: the constants are the formats Label Studio's converter knows, and {@link #of(String)} keeps any other
 * name a server answers (a format added by a newer server stays usable). Compared by name, case-sensitively,
 * as the server does.
 */
public final class ExportFormat {

	private static final Map<String, ExportFormat> KNOWN = new ConcurrentHashMap<>();

	/** Label Studio's own JSON: tasks with their annotations and predictions (the snapshot's native format). */
	public static final ExportFormat JSON = known("JSON", false);

	/** One JSON object per task with the annotation results flattened into fields. */
	public static final ExportFormat JSON_MIN = known("JSON_MIN", false);

	/** Comma-separated values, one row per task. */
	public static final ExportFormat CSV = known("CSV", false);

	/** Tab-separated values, one row per task. */
	public static final ExportFormat TSV = known("TSV", false);

	/** CoNLL 2003 for named entity recognition. */
	public static final ExportFormat CONLL2003 = known("CONLL2003", false);

	/** COCO for object detection (an archive). */
	public static final ExportFormat COCO = known("COCO", true);

	/** Pascal VOC XML (an archive). */
	public static final ExportFormat VOC = known("VOC", true);

	/** Brush labels as NumPy arrays (an archive). */
	public static final ExportFormat BRUSH_TO_NUMPY = known("BRUSH_TO_NUMPY", true);

	/** Brush labels as PNG images (an archive). */
	public static final ExportFormat BRUSH_TO_PNG = known("BRUSH_TO_PNG", true);

	/** ASR manifest for speech recognition. */
	public static final ExportFormat ASR_MANIFEST = known("ASR_MANIFEST", false);

	/** YOLO (an archive). */
	public static final ExportFormat YOLO = known("YOLO", true);

	/** YOLOv8 oriented bounding boxes (an archive). */
	public static final ExportFormat YOLO_OBB = known("YOLO_OBB", true);

	/** The legacy CSV converter. */
	public static final ExportFormat CSV_OLD = known("CSV_OLD", false);

	/** YOLO with the images (an archive). */
	public static final ExportFormat YOLO_WITH_IMAGES = known("YOLO_WITH_IMAGES", true);

	/** COCO with the images (an archive). */
	public static final ExportFormat COCO_WITH_IMAGES = known("COCO_WITH_IMAGES", true);

	/** YOLOv8 oriented bounding boxes with the images (an archive). */
	public static final ExportFormat YOLO_OBB_WITH_IMAGES = known("YOLO_OBB_WITH_IMAGES", true);

	private final String name;

	private final boolean archive;

	private ExportFormat(String name, boolean archive) {
		this.name = name;
		this.archive = archive;
	}

	private static ExportFormat known(String name, boolean archive) {
		ExportFormat format = new ExportFormat(name, archive);
		KNOWN.put(name, format);
		return format;
	}

	/**
	 * The format with the given name: one of the constants when the name is one of theirs, else a format
	 * that carries the name as given.
	 * @param name the name as Label Studio spells it, for example {@code "YOLO"}; surrounding blanks are removed
	 * @return the format
	 * @throws IllegalArgumentException if the name is null or blank
	 */
	@JsonCreator
	public static ExportFormat of(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name must not be null or blank");
		}
		String stripped = name.strip();
		ExportFormat known = KNOWN.get(stripped);
		return (known != null) ? known : new ExportFormat(stripped, false);
	}

	/** The name as sent to and answered by the server. */
	/**
	 * Read a format from a JSON value: a non-blank string, anything else answers {@code null}.
	 * @param value the JSON value
	 * @return the format or {@code null}
	 */
	static @Nullable ExportFormat read(@Nullable Object value) {
		return (value instanceof String text && !text.isBlank()) ? of(text) : null;
	}

	@JsonValue
	public String name() {
		return this.name;
	}

	/** Whether this is one of the formats Label Studio's converter is known to have. */
	public boolean isKnown() {
		return KNOWN.get(this.name) == this;
	}

	/**
	 * Whether a snapshot must be converted to this format before it can be downloaded in it (every format
	 * but {@link #JSON}, the snapshot's own).
	 */
	public boolean needsConversion() {
		return !this.name.equals(JSON.name);
	}

	/** Whether the converter is known to produce an archive (zip) in this format. */
	public boolean isArchive() {
		return this.archive;
	}

	/** The file extension a download in this format usually has, without the dot ({@code json}, {@code zip}). */
	public String fileExtension() {
		if (this.archive) {
			return "zip";
		}
		return switch (this.name) {
			case "JSON", "JSON_MIN", "ASR_MANIFEST" -> "json";
			case "CSV", "CSV_OLD" -> "csv";
			case "TSV" -> "tsv";
			case "CONLL2003" -> "conll";
			default -> this.name.toLowerCase(Locale.ROOT);
		};
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof ExportFormat that && this.name.equals(that.name));
	}

	@Override
	public int hashCode() {
		return this.name.hashCode();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
