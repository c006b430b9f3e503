package dev.labelstudio4j.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.storages.ExportStorageClient;
import dev.labelstudio4j.client.storages.ImportStorageClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The storage clients are beans next to the other resource clients, and back off from the user's. */
class LabelStudioAutoConfigurationStorageTests {

	private static final String API_KEY = "0123456789abcdef0123456789abcdef01234567";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class, HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, SslAutoConfiguration.class))
		.withPropertyValues("labelstudio.url=https://label-studio.example.com", "labelstudio.api-key=" + API_KEY);

	@Test
	void storageClientsAreTheClientsOwn() {
		this.contextRunner.run((context) -> {
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			assertThat(context).hasBean("labelStudioImportStorageClient").hasBean("labelStudioExportStorageClient");
			assertThat(context.getBean(ImportStorageClient.class)).isSameAs(client.importStorage());
			assertThat(context.getBean(ExportStorageClient.class)).isSameAs(client.exportStorage());
		});
	}

	@Test
	void backsOffFromUserDefinedStorageClients() {
		LabelStudioClient other = LabelStudioClient.create("http://other.example.com", API_KEY);
		this.contextRunner.withBean("myImports", ImportStorageClient.class, other::importStorage)
			.withBean("myExports", ExportStorageClient.class, other::exportStorage)
			.run((context) -> {
				assertThat(context).hasSingleBean(ImportStorageClient.class).hasBean("myImports");
				assertThat(context).hasSingleBean(ExportStorageClient.class).hasBean("myExports");
				assertThat(context.getBean(ImportStorageClient.class)).isSameAs(other.importStorage());
				assertThat(context.getBean(ExportStorageClient.class)).isSameAs(other.exportStorage());
			});
	}

}
