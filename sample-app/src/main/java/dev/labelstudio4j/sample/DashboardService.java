package dev.labelstudio4j.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Service;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.projects.Project;

/**
 * Gathers the {@link Summary}: projects from Label Studio, the {@code labelstudio} health indicator and
 * the client's {@code labelstudio.client.requests} timers from the {@link MeterRegistry}.
 */
@Service
public class DashboardService {

	/** Name of the client's timers unless {@code labelstudio.observations.name} says otherwise. */
	static final String DEFAULT_TIMER_NAME = "labelstudio.client.requests";

	/** Tag of the client's timers that names the operation. */
	static final String OPERATION_TAG = "labelstudio.operation";

	/** Name of the Label Studio health contributor. */
	static final String HEALTH_CONTRIBUTOR = "labelstudio";

	private static final Logger logger = LoggerFactory.getLogger(DashboardService.class);

	private final LabelStudioClient client;

	private final LabelingPipeline pipeline;

	private final MeterRegistry meterRegistry;

	private final ObjectProvider<HealthContributorRegistry> healthContributors;

	private final String timerName;

	public DashboardService(LabelStudioClient client, LabelingPipeline pipeline, MeterRegistry meterRegistry,
			ObjectProvider<HealthContributorRegistry> healthContributors,
			@Value("${labelstudio.observations.name:" + DEFAULT_TIMER_NAME + "}") String timerName) {
		this.client = client;
		this.pipeline = pipeline;
		this.meterRegistry = meterRegistry;
		this.healthContributors = healthContributors;
		this.timerName = timerName;
	}

	/**
	 * Gather the summary. A Label Studio that cannot be reached gives an empty project list.
	 * @return the summary
	 */
	public Summary summary() {
		Summary.Connection connection = connection();
		List<Summary.ProjectCounts> projects = projects();
		return new Summary(this.client.baseUrl().toString(), connection, this.pipeline.projectTitle(), projects,
				operationStats(this.meterRegistry, this.timerName));
	}

	private Summary.Connection connection() {
		HealthContributorRegistry registry = this.healthContributors.getIfAvailable();
		HealthContributor contributor = (registry != null) ? registry.getContributor(HEALTH_CONTRIBUTOR) : null;
		if (!(contributor instanceof HealthIndicator indicator)) {
			return new Summary.Connection("UNKNOWN", Map.of());
		}
		Health health = indicator.health(true);
		return new Summary.Connection(health.getStatus().getCode(), new TreeMap<>(health.getDetails()));
	}

	private List<Summary.ProjectCounts> projects() {
		List<Summary.ProjectCounts> projects = new ArrayList<>();
		try {
			for (Project project : this.client.projects().list().autoPaging()) {
				projects.add(new Summary.ProjectCounts(project.id(), project.title(), count(project.taskNumber()),
						count(project.totalAnnotationsNumber()), count(project.totalPredictionsNumber()),
						Objects.equals(project.title(), this.pipeline.projectTitle())));
			}
		}
		catch (LabelStudioException ex) {
			logger.warn("Could not list the projects: {}", ex.getMessage());
		}
		return projects;
	}

	private static long count(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	/**
	 * Call counts, failures and mean latency per operation, from the client's timers (one timer per
	 * combination of tags, so several per operation).
	 * @param meterRegistry the registry
	 * @param timerName the name of the client's timers
	 * @return the statistics, ordered by operation name
	 */
	static List<Summary.OperationStats> operationStats(MeterRegistry meterRegistry, String timerName) {
		Map<String, long[]> callsAndFailures = new TreeMap<>();
		Map<String, Double> totalMillis = new TreeMap<>();
		for (Timer timer : meterRegistry.find(timerName).timers()) {
			String operation = timer.getId().getTag(OPERATION_TAG);
			if (operation == null) {
				continue;
			}
			long[] counts = callsAndFailures.computeIfAbsent(operation, (key) -> new long[2]);
			counts[0] += timer.count();
			if (!"SUCCESS".equals(timer.getId().getTag("outcome"))) {
				counts[1] += timer.count();
			}
			totalMillis.merge(operation, timer.totalTime(TimeUnit.MILLISECONDS), Double::sum);
		}
		List<Summary.OperationStats> operations = new ArrayList<>();
		callsAndFailures.forEach((operation, counts) -> {
			double mean = (counts[0] > 0) ? totalMillis.get(operation) / counts[0] : 0;
			operations.add(new Summary.OperationStats(operation, counts[0], counts[1], Math.round(mean * 100) / 100.0));
		});
		return operations;
	}

}
