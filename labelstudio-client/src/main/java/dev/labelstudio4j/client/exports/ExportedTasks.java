package dev.labelstudio4j.client.exports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.internal.resources.ExportTaskStream;

/**
 * Reads a JSON export ({@link ExportFormat#JSON}: an array of tasks) lazily, one task at a time, with a
 * streaming JSON parser: however large the export, only the task being read is in memory. The stream owns the
 * source: close it (try-with-resources) to release the file or the connection. A read error while iterating
 * is a {@link LabelStudioIoException}; a body that is not a JSON array of tasks a
 * {@link dev.labelstudio4j.client.LabelStudioException}.
 *
 * <pre class="code">
 * try (Stream&lt;ExportedTask&gt; tasks = ExportedTasks.stream(Path.of("export.json"))) {
 *     tasks.forEach(...);
 * }
 * </pre>
 */
public final class ExportedTasks {

	private ExportedTasks() {
	}

	/**
	 * The tasks of a JSON export file.
	 * @param file the file
	 * @return the tasks; closing the stream closes the file
	 * @throws LabelStudioIoException when the file cannot be opened
	 */
	public static Stream<ExportedTask> stream(Path file) {
		if (file == null) {
			throw new IllegalArgumentException("file must not be null");
		}
		InputStream in;
		try {
			in = Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new LabelStudioIoException("exports.read", "exports.read failed: could not open " + file + " ("
					+ ex.getClass().getSimpleName() + ")", ex, false, false);
		}
		return ExportTaskStream.of("exports.read", in);
	}

	/**
	 * The tasks of a JSON export read from a stream.
	 * @param in the JSON; closing the returned stream closes it
	 * @return the tasks
	 */
	public static Stream<ExportedTask> stream(InputStream in) {
		if (in == null) {
			throw new IllegalArgumentException("in must not be null");
		}
		return ExportTaskStream.of("exports.read", in);
	}

}
