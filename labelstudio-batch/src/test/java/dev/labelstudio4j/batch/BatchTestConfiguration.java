package dev.labelstudio4j.batch;

import javax.sql.DataSource;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.emulator.LabelStudioEmulator;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Spring Batch with its JDBC job repository (the schema script it ships) on an in-memory H2 database that
 * also holds the tests' source and warehouse tables, and a client of a running emulator.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository
class BatchTestConfiguration {

	@Bean(destroyMethod = "shutdown")
	org.springframework.jdbc.datasource.embedded.EmbeddedDatabase dataSource() {
		return new EmbeddedDatabaseBuilder().generateUniqueName(true)
			.setType(EmbeddedDatabaseType.H2)
			.addScript("classpath:org/springframework/batch/core/schema-h2.sql")
			.addScript("classpath:test-schema.sql")
			.build();
	}

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}

	@Bean
	JdbcTemplate jdbcTemplate(DataSource dataSource) {
		return new JdbcTemplate(dataSource);
	}

	@Bean(destroyMethod = "stop")
	LabelStudioEmulator emulator() {
		return LabelStudioEmulator.start();
	}

	@Bean
	LabelStudioClient labelStudioClient(LabelStudioEmulator emulator) {
		return emulator.client();
	}

	/** The reader of one partition: its id range from the partition's context, the project from the job. */
	@Bean
	@StepScope
	LabelStudioTaskItemReader partitionReader(LabelStudioClient client,
			@Value("#{jobParameters['projectId']}") long projectId,
			@Value("#{stepExecutionContext['minTaskId']}") long minTaskId,
			@Value("#{stepExecutionContext['maxTaskId']}") long maxTaskId) {
		return new LabelStudioTaskItemReaderBuilder().name("partitionTasks")
			.client(client)
			.projectId(projectId)
			.taskIdRange(minTaskId, maxTaskId)
			.pageSize(100)
			.build();
	}

}
