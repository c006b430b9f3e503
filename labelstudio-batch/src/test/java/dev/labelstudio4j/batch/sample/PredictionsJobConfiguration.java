package dev.labelstudio4j.batch.sample;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.labelstudio4j.batch.LabelStudioPredictionItemWriter;
import dev.labelstudio4j.batch.LabelStudioPredictionItemWriterBuilder;
import dev.labelstudio4j.batch.LabelStudioTaskItemReader;
import dev.labelstudio4j.batch.LabelStudioTaskItemReaderBuilder;
import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;
import dev.labelstudio4j.client.actions.Filters;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskFields;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A nightly job that gives every task of a project without a prediction one from a (keyword) model: the
 * project is the job parameter {@code projectId}. Restartable: the reader continues after the last committed
 * task and the writer skips tasks that already have a prediction of the model version.
 */
@Configuration(proxyBeanMethods = false)
public class PredictionsJobConfiguration {

	/** The model version the job writes. */
	public static final String MODEL_VERSION = "keywords-v1";

	@Bean
	@StepScope
	LabelStudioTaskItemReader unpredictedTasks(LabelStudioClient client,
			@Value("#{jobParameters['projectId']}") long projectId) {
		return new LabelStudioTaskItemReaderBuilder().name("unpredictedTasks")
			.client(client)
			.projectId(projectId)
			.filters(Filters.and(Filter.number("filter:tasks:total_predictions", FilterOperator.EQUAL, 0)))
			.fields(TaskFields.TASK_ONLY)
			.pageSize(200)
			.build();
	}

	@Bean
	@StepScope
	LabelStudioPredictionItemWriter predictionWriter(LabelStudioClient client,
			@Value("#{jobParameters['projectId']}") long projectId) {
		return new LabelStudioPredictionItemWriterBuilder().client(client)
			.projectId(projectId)
			.idempotentByModelVersion(true)
			.build();
	}

	@Bean
	Step predictStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LabelStudioTaskItemReader unpredictedTasks, LabelStudioPredictionItemWriter predictionWriter) {
		return new StepBuilder("predict", jobRepository).<Task, PredictionCreate>chunk(200)
			.transactionManager(transactionManager)
			.reader(unpredictedTasks)
			.processor(PredictionsJobConfiguration::predict)
			.writer(predictionWriter)
			.build();
	}

	@Bean
	Job predictionsJob(JobRepository jobRepository, Step predictStep) {
		return new JobBuilder("predictions", jobRepository).start(predictStep).build();
	}

	static PredictionCreate predict(Task task) {
		String text = String.valueOf(task.data().get("text")).toLowerCase(Locale.ROOT);
		boolean positive = text.contains("good") || text.contains("great");
		return PredictionCreate.builder()
			.task(task.id())
			.modelVersion(MODEL_VERSION)
			.score(positive ? 0.8 : 0.6)
			.result(List.of(Map.of("from_name", "sentiment", "to_name", "text", "type", "choices", "value",
					Map.of("choices", List.of(positive ? "Positive" : "Negative")))))
			.build();
	}

}
