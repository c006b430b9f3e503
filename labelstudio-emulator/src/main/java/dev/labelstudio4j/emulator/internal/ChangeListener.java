package dev.labelstudio4j.emulator.internal;

import java.util.List;

/**
 * Told of the changes the API makes to projects, tasks and annotations, right after each, under the state's
 * lock (so it sees the state as the change left it). The webhook deliveries listen here.
 */
interface ChangeListener {

	/** Listens to nothing. */
	ChangeListener NONE = new ChangeListener() {
	};

	default void projectCreated(long project) {
	}

	default void projectUpdated(long project) {
	}

	/** After the project and what belonged to it are gone. */
	default void projectDeleted(long project) {
	}

	default void tasksCreated(long project, List<Long> tasks) {
	}

	/** After the tasks are gone. */
	default void tasksDeleted(long project, List<Long> tasks) {
	}

	default void annotationCreated(long annotation) {
	}

	default void annotationUpdated(long annotation) {
	}

	/** After annotations were created in bulk ({@code POST /api/annotations/bulk/}). */
	default void annotationsCreated(long project, List<Long> annotations) {
	}

	/** After the annotations are gone. */
	default void annotationsDeleted(long project, List<Long> annotations) {
	}

}
