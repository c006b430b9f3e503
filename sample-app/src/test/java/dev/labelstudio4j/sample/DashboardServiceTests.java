package dev.labelstudio4j.sample;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardServiceTests {

	@Test
	void operationStatsGroupTimersByOperationTag() {
		MeterRegistry registry = new SimpleMeterRegistry();
		record("projects.list", "SUCCESS", "200", registry, Duration.ofMillis(10), Duration.ofMillis(30));
		record("projects.list", "SERVER_ERROR", "503", registry, Duration.ofMillis(50));
		record("projects.create", "SUCCESS", "201", registry, Duration.ofMillis(8));
		Timer.builder("http.client.requests").tag("labelstudio.operation", "other.timer").register(registry)
			.record(Duration.ofMillis(1));
		Timer.builder(DashboardService.TIMER_NAME).tag("outcome", "SUCCESS").register(registry)
			.record(Duration.ofMillis(1));

		List<Summary.OperationStats> stats = DashboardService.operationStats(registry);

		assertThat(stats).containsExactly(new Summary.OperationStats("projects.create", 1, 0, 8.0),
				new Summary.OperationStats("projects.list", 3, 1, 30.0));
	}

	@Test
	void operationStatsAreEmptyWithoutCalls() {
		assertThat(DashboardService.operationStats(new SimpleMeterRegistry())).isEmpty();
	}

	private static void record(String operation, String outcome, String status, MeterRegistry registry,
			Duration... durations) {
		Timer timer = Timer.builder(DashboardService.TIMER_NAME)
			.tag("labelstudio.operation", operation)
			.tag("outcome", outcome)
			.tag("status", status)
			.register(registry);
		for (Duration duration : durations) {
			timer.record(duration);
		}
	}

}
