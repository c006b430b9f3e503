package dev.labelstudio4j.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.RetrySettings;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.users.User;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LabelStudioRuntimeHints}.
 */
class LabelStudioRuntimeHintsTests {

	@Test
	void registrarIsListedInAotFactories() {
		List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
			.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class);
		assertThat(registrars).hasAtLeastOneElementOfType(LabelStudioRuntimeHints.class);
	}

	@Test
	void findsThePublicModelRecords() {
		List<Class<?>> records = LabelStudioRuntimeHints.modelRecords(getClass().getClassLoader());
		assertThat(records).contains(User.class, Project.class, RetrySettings.class)
			.allSatisfy((type) -> assertThat(type.isRecord()).isTrue())
			.allSatisfy((type) -> assertThat(type.getPackageName()).startsWith("dev.labelstudio4j.client"));
	}

	@Test
	void modelRecordsCanBeBoundReflectively() throws NoSuchMethodException {
		RuntimeHints hints = new RuntimeHints();
		new LabelStudioRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.reflection().onType(User.class)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(User.class.getMethod("username")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(Project.class)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(Project.class.getMethod("title")))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(LabelStudioRuntimeHintsTests.class)).rejects(hints);
	}

}
