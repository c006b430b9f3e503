package dev.labelstudio4j.sample;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API: the dashboard's summary, and a sync that pulls finished annotations.
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

}
