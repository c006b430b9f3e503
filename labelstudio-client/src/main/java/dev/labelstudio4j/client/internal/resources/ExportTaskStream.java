package dev.labelstudio4j.client.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;

import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.LabelStudioIoException;
import dev.labelstudio4j.client.exports.ExportedTask;
import dev.labelstudio4j.client.internal.LabelStudioJson;

/**
 * A JSON array of tasks read lazily with Jackson's streaming parser: one {@link ExportedTask} is bound per
 * {@code tryAdvance}, so only the task being read is in memory. Closing the stream closes the parser and the
 * source (a file or an HTTP response body, whose connection is then released).
 */
public final class ExportTaskStream implements Spliterator<ExportedTask> {

	private static final ObjectReader READER = LabelStudioJson.get().mapper().readerFor(ExportedTask.class);

	private final String operation;

	private final InputStream source;

	private @Nullable JsonParser parser;

	private boolean done;

	private long index;

	private ExportTaskStream(String operation, InputStream source) {
		this.operation = operation;
		this.source = source;
	}

	/**
	 * The tasks of a JSON array; the source is read as the stream is consumed and closed with it.
	 * @param operation the operation name, for messages
	 * @param source the JSON
	 * @return the stream
	 */
	public static Stream<ExportedTask> of(String operation, InputStream source) {
		ExportTaskStream tasks = new ExportTaskStream(operation, source);
		return StreamSupport.stream(tasks, false).onClose(tasks::close);
	}

	@Override
	public boolean tryAdvance(Consumer<? super ExportedTask> action) {
		if (this.done) {
			return false;
		}
		ExportedTask task;
		try {
			JsonParser parser = parser();
			JsonToken token = parser.nextToken();
			if (token == JsonToken.END_ARRAY || token == null) {
				this.done = true;
				return false;
			}
			if (token != JsonToken.START_OBJECT) {
				throw invalid("element " + this.index + " is " + token + ", not a task object", null);
			}
			task = READER.readValue(parser);
		}
		catch (JacksonIOException ex) {
			this.done = true;
			IOException cause = ex.getCause();
			throw new LabelStudioIoException(this.operation, this.operation + " failed while reading task "
					+ this.index + ": " + cause.getClass().getSimpleName()
					+ ((cause.getMessage() != null) ? " (" + cause.getMessage() + ")" : ""), cause, false,
					cause instanceof java.net.SocketTimeoutException
							|| cause instanceof java.net.http.HttpTimeoutException);
		}
		catch (JacksonException ex) {
			this.done = true;
			throw invalid("element " + this.index + ": " + ex.getOriginalMessage(), ex);
		}
		this.index++;
		action.accept(task);
		return true;
	}

	private JsonParser parser() {
		if (this.parser == null) {
			JsonParser parser = LabelStudioJson.get().mapper().createParser(this.source);
			this.parser = parser;
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw invalid("the body is empty", null);
			}
			if (first != JsonToken.START_ARRAY) {
				throw invalid("it starts with " + first + ", not an array", null);
			}
		}
		return this.parser;
	}

	private LabelStudioException invalid(String what, @Nullable Throwable cause) {
		this.done = true;
		return new LabelStudioException(this.operation,
				this.operation + " returned a body that is not a JSON export of tasks: " + what, cause);
	}

	void close() {
		this.done = true;
		try {
			if (this.parser != null) {
				this.parser.close();
			}
		}
		catch (JacksonException ex) {
			// closing a parser over a broken source; the source is closed next
		}
		finally {
			try {
				this.source.close();
			}
			catch (IOException ex) {
				// nothing more to read from it; a failed close leaves nothing to release
			}
		}
	}

	@Override
	public @Nullable Spliterator<ExportedTask> trySplit() {
		return null;
	}

	@Override
	public long estimateSize() {
		return Long.MAX_VALUE;
	}

	@Override
	public int characteristics() {
		return Spliterator.ORDERED | Spliterator.NONNULL;
	}

}
