package dev.labelstudio4j.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.batch.sample.PredictionsJobConfiguration;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.tasks.Task;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's job, run as an application would run it. */
class PredictionsJobSampleTests {

	@Test
	void predictsEveryTaskThatHadNoPrediction() throws Exception {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				BatchTestConfiguration.class, PredictionsJobConfiguration.class)) {
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			long project = Projects.create(client, "nightly");
			List<Map<String, Object>> reviews = new ArrayList<>();
			for (int n = 0; n < 1_000; n++) {
				reviews.add(Map.of("data", Map.of("text", (n % 4 == 0) ? "a good phone " + n : "it broke " + n)));
			}
			client.projects().importTasks(project, reviews);
			List<Long> ids = Projects.taskIds(client, project);
			List<PredictionCreate> manual = new ArrayList<>();
			for (int i = 0; i < ids.size(); i += 10) {
				manual.add(PredictionCreate.builder().task(ids.get(i)).modelVersion("manual")
					.result(List.of(Projects.choice("Negative"))).build());
			}
			client.projects().importPredictions(project, manual);

			JobExecution execution = context.getBean(JobOperator.class)
				.start(context.getBean("predictionsJob", Job.class),
						new JobParametersBuilder().addLong("projectId", project).toJobParameters());

			assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(execution.getStepExecutions().iterator().next().getReadCount()).isEqualTo(900);
			List<Task> tasks = Projects.tasks(client, project);
			for (int i = 0; i < tasks.size(); i++) {
				Task task = tasks.get(i);
				assertThat(task.predictions()).hasSize(1);
				String expected = (i % 10 == 0) ? "manual" : PredictionsJobConfiguration.MODEL_VERSION;
				assertThat(task.predictions().get(0).modelVersion()).isEqualTo(expected);
			}
			assertThat(tasks.get(4).predictions().get(0).result().get(0).value())
				.isEqualTo(Map.of("choices", List.of("Positive")));
		}
	}

}
