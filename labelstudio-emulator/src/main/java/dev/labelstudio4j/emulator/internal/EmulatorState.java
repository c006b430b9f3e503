package dev.labelstudio4j.emulator.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The emulator's data: one store per resource, ids handed out in order from 1, all guarded by one lock
 * (each request runs under it, so a request sees and leaves a consistent state).
 */
final class EmulatorState {

	final ReentrantLock lock = new ReentrantLock();

	final Clock clock;

	final Map<Long, Map<String, Object>> projects = new TreeMap<>();

	final Map<Long, Map<String, Object>> tasks = new TreeMap<>();

	final Map<Long, Map<String, Object>> annotations = new TreeMap<>();

	final Map<Long, Map<String, Object>> predictions = new TreeMap<>();

	final Map<Long, Map<String, Object>> users = new TreeMap<>();

	final Map<Long, Map<String, Object>> views = new TreeMap<>();

	final Map<Long, Map<String, Object>> mlBackends = new TreeMap<>();

	final Map<Long, Map<String, Object>> fileUploads = new TreeMap<>();

	final Map<Long, byte[]> fileContents = new TreeMap<>();

	final Map<Long, Map<String, Object>> imports = new TreeMap<>();

	private final Map<String, Long> sequences = new LinkedHashMap<>();

	EmulatorState(Clock clock) {
		this.clock = clock;
	}

	/** The next id of a resource: 1, 2, 3, ... */
	long nextId(String resource) {
		return this.sequences.merge(resource, 1L, Long::sum);
	}

	/** Now, as Label Studio writes timestamps. */
	String now() {
		return DateTimeFormatter.ISO_INSTANT.format(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	void clear() {
		this.projects.clear();
		this.tasks.clear();
		this.annotations.clear();
		this.predictions.clear();
		this.views.clear();
		this.mlBackends.clear();
		this.fileUploads.clear();
		this.fileContents.clear();
		this.imports.clear();
		this.users.keySet().removeIf((id) -> id != 1L);
		Long users = this.sequences.get("users");
		this.sequences.clear();
		if (users != null) {
			this.sequences.put("users", 1L);
		}
	}

}
