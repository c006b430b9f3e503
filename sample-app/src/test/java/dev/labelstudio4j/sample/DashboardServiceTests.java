package dev.labelstudio4j.sample;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardServiceTests {

	private static final String TIMER = "labelstudio.client.requests";

	@Test
	void operationStatsGroupTimersByOperationTag() {
		MeterRegistry registry = new SimpleMeterRegistry();
		record(TIMER, "projects.list", "SUCCESS", "200", registry, Duration.ofMillis(10), Duration.ofMillis(30));
		record(TIMER, "projects.list", "SERVER_ERROR", "503", registry, Duration.ofMillis(50));
		record(TIMER, "projects.create", "SUCCESS", "201", registry, Duration.ofMillis(8));
		record("http.client.requests", "other.timer", "SUCCESS", "200", registry, Duration.ofMillis(1));
		Timer.builder(TIMER).tag("outcome", "SUCCESS").register(registry).record(Duration.ofMillis(1));

		List<Summary.OperationStats> stats = DashboardService.operationStats(registry, TIMER);

		assertThat(stats).containsExactly(new Summary.OperationStats("projects.create", 1, 0, 8.0),
				new Summary.OperationStats("projects.list", 3, 1, 30.0));
	}

	@Test
	void operationStatsReadTheConfiguredTimerName() {
		MeterRegistry registry = new SimpleMeterRegistry();
		record(TIMER, "projects.list", "SUCCESS", "200", registry, Duration.ofMillis(10));
		record("ls.calls", "tasks.list", "SUCCESS", "200", registry, Duration.ofMillis(4));

		assertThat(DashboardService.operationStats(registry, "ls.calls"))
			.containsExactly(new Summary.OperationStats("tasks.list", 1, 0, 4.0));
	}

	@Test
	void operationStatsAreEmptyWithoutCalls() {
		assertThat(DashboardService.operationStats(new SimpleMeterRegistry(), TIMER)).isEmpty();
	}

	@Test
	void theDefaultTimerNameIsTheClients() {
		assertThat(DashboardService.DEFAULT_TIMER_NAME).isEqualTo(TIMER);
	}

	private static void record(String name, String operation, String outcome, String status, MeterRegistry registry,
			Duration... durations) {
		Timer timer = Timer.builder(name)
			.tag("labelstudio.operation", operation)
			.tag("outcome", outcome)
			.tag("status", status)
			.register(registry);
		for (Duration duration : durations) {
			timer.record(duration);
		}
	}

}
