package dev.labelstudio4j.sample;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.labelstudio4j.client.LabelStudioException;

/**
 * The JSON API: the dashboard's summary, and a sync that pulls finished annotations. A sync before the
 * project exists answers 409, a failed call to Label Studio 502.
 */
@RestController
public class SummaryController {

	private final DashboardService dashboard;

	private final LabelingPipeline pipeline;

	public SummaryController(DashboardService dashboard, LabelingPipeline pipeline) {
		this.dashboard = dashboard;
		this.pipeline = pipeline;
	}

	/**
	 * {@code GET /api/summary}: projects with their counts, the connection's health and the client's
	 * call metrics.
	 * @return the summary
	 */
	@GetMapping("/api/summary")
	public Summary summary() {
		return this.dashboard.summary();
	}

	/**
	 * {@code POST /api/sync}: pull the finished annotations of the sample's project.
	 * @return what was pulled
	 */
	@PostMapping("/api/sync")
	public LabelingPipeline.SyncResult sync() {
		return this.pipeline.sync();
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> projectMissing(LabelingPipeline.ProjectMissingException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", String.valueOf(ex.getMessage())));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> labelStudioFailed(LabelStudioException ex) {
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("error", String.valueOf(ex.getMessage())));
	}

}
