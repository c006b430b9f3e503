package dev.labelstudio4j.client.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * A request body written as a JSON array element by element straight to the connection, never held in
 * memory as a whole: the streamed bulk writes ({@code importTasks}, {@code importPredictions}).
 */
public final class JsonArrayWriter {

	private static final int WRITE_BUFFER_SIZE = 64 * 1024;

	private JsonArrayWriter() {
	}

	/**
	 * Checks an element before it is written; throws to stop the body.
	 * @param <T> the element type
	 */
	@FunctionalInterface
	public interface ElementCheck<T> {

		/**
		 * Check an element.
		 * @param element the element, possibly {@code null}
		 * @param index its position in the array, from 0
		 */
		void check(@Nullable T element, long index);

	}

	/**
	 * A writer of the elements as a JSON array.
	 * @param elements the elements, iterated once per write (a retry iterates again)
	 * @param check called for each element before it is written
	 * @param written set to the number of elements written so far, from 0 at each write; or {@code null}
	 * @return the writer
	 * @param <T> the element type
	 */
	public static <T> RequestBody.Writer of(Iterable<? extends T> elements, ElementCheck<? super T> check,
			@Nullable AtomicLong written) {
		return (out, json) -> {
			if (written != null) {
				written.set(0);
			}
			ObjectWriter writer = json.mapper().writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
			OutputStream buffered = new BufferedOutputStream(new KeepOpen(out), WRITE_BUFFER_SIZE);
			try (JsonGenerator generator = json.mapper().createGenerator(buffered)) {
				generator.writeStartArray();
				long index = 0;
				for (T element : elements) {
					check.check(element, index);
					writer.writeValue(generator, element);
					index++;
					if (written != null) {
						written.set(index);
					}
				}
				generator.writeEndArray();
			}
		};
	}

	/** Leaves the connection's stream open for the HTTP client to finish; closing only flushes. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
