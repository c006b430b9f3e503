package dev.labelstudio4j.autoconfigure;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.tokens.JwtSettingsClient;
import dev.labelstudio4j.client.tokens.TokensClient;
import dev.labelstudio4j.client.versions.VersionsClient;
import dev.labelstudio4j.client.workspaces.WorkspacesClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspaces, tokens, JWT settings and versions clients as beans of {@link LabelStudioAutoConfiguration}.
 */
class LabelStudioRestApiBeansTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LabelStudioAutoConfiguration.class))
		.withPropertyValues("labelstudio.url=https://label-studio.example.com",
				"labelstudio.api-key=0123456789abcdef0123456789abcdef01234567");

	@Test
	void resourceClientsAreTheClientsOwn() {
		this.contextRunner.run((context) -> {
			LabelStudioClient client = context.getBean(LabelStudioClient.class);
			assertThat(context.getBean(WorkspacesClient.class)).isSameAs(client.workspaces());
			assertThat(context.getBean(TokensClient.class)).isSameAs(client.tokens());
			assertThat(context.getBean(JwtSettingsClient.class)).isSameAs(client.jwtSettings());
			assertThat(context.getBean(VersionsClient.class)).isSameAs(client.versions());
		});
	}

	@Test
	void aUserBeanWins() {
		LabelStudioClient other = LabelStudioClient.create("https://other.example.com", "other-key");
		this.contextRunner.withBean("myTokens", TokensClient.class, other::tokens).run((context) -> {
			assertThat(context).hasSingleBean(TokensClient.class);
			assertThat(context.getBean(TokensClient.class)).isSameAs(other.tokens());
		});
		other.close();
	}

}
