package dev.labelstudio4j.sample;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the dashboard shows: the Label Studio connection, its projects and the client's call metrics.
 *
 * @param labelStudioUrl the URL of the Label Studio the application talks to
 * @param connection the health of the connection
 * @param projectTitle the title of the sample's labeling project
 * @param projects the projects on the server, or an empty list when they could not be read
 * @param operations call counts and latencies per client operation, by operation name
 */
public record Summary(String labelStudioUrl, Connection connection, String projectTitle,
		List<ProjectCounts> projects, List<OperationStats> operations) {

	/**
	 * The health of the Label Studio connection, as the {@code labelstudio} health indicator reports it.
	 * @param status the status, for example {@code UP} or {@code DOWN}
	 * @param details the indicator's details
	 */
	public record Connection(String status, Map<String, Object> details) {
	}

	/**
	 * A project and its counts, as the server reports them.
	 * @param id the project id
	 * @param title the title
	 * @param tasks the number of tasks
	 * @param annotations the number of annotations
	 * @param predictions the number of predictions
	 * @param sample whether it is the sample's own project
	 */
	public record ProjectCounts(long id, @Nullable String title, long tasks, long annotations, long predictions,
			boolean sample) {
	}

	/**
	 * Calls of one client operation, from the {@code labelstudio.client.requests} timers.
	 * @param operation the operation, for example {@code projects.create}
	 * @param calls the number of calls
	 * @param failures the number of calls whose outcome was not a success
	 * @param meanMillis the mean latency in milliseconds
	 */
	public record OperationStats(String operation, long calls, long failures, double meanMillis) {
	}

}
