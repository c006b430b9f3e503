package dev.labelstudio4j.autoconfigure;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.actions.Action;
import dev.labelstudio4j.client.actions.ActionCreate;
import dev.labelstudio4j.client.actions.Filter;
import dev.labelstudio4j.client.actions.FilterOperator;
import dev.labelstudio4j.client.actions.Filters;
import dev.labelstudio4j.client.actions.SelectedItems;
import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.annotations.AnnotationUpdate;
import dev.labelstudio4j.client.exports.ConvertResult;
import dev.labelstudio4j.client.exports.ConvertedFormat;
import dev.labelstudio4j.client.exports.Export;
import dev.labelstudio4j.client.exports.ExportFormatInfo;
import dev.labelstudio4j.client.exports.ExportedAnnotation;
import dev.labelstudio4j.client.exports.ExportedPrediction;
import dev.labelstudio4j.client.exports.ExportedTask;
import dev.labelstudio4j.client.files.FileUpload;
import dev.labelstudio4j.client.ml.MlBackend;
import dev.labelstudio4j.client.ml.MlBackendCreate;
import dev.labelstudio4j.client.ml.MlBackendUpdate;
import dev.labelstudio4j.client.ml.ModelVersions;
import dev.labelstudio4j.client.predictions.Prediction;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.predictions.PredictionUpdate;
import dev.labelstudio4j.client.projects.ImportResult;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectCounts;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.projects.ProjectImport;
import dev.labelstudio4j.client.projects.ProjectLabelConfig;
import dev.labelstudio4j.client.projects.ProjectUpdate;
import dev.labelstudio4j.client.regions.Region;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.tasks.TaskEvent;
import dev.labelstudio4j.client.tasks.TaskUpdate;
import dev.labelstudio4j.client.tokens.AccessToken;
import dev.labelstudio4j.client.tokens.ApiToken;
import dev.labelstudio4j.client.tokens.JwtSettings;
import dev.labelstudio4j.client.users.User;
import dev.labelstudio4j.client.users.UserCreate;
import dev.labelstudio4j.client.users.UserToken;
import dev.labelstudio4j.client.users.UserUpdate;
import dev.labelstudio4j.client.versions.ServerVersion;
import dev.labelstudio4j.client.views.View;
import dev.labelstudio4j.client.views.ViewCreate;
import dev.labelstudio4j.client.views.ViewUpdate;
import dev.labelstudio4j.client.webhooks.Webhook;
import dev.labelstudio4j.client.webhooks.WebhookActionInfo;
import dev.labelstudio4j.client.workspaces.Workspace;
import dev.labelstudio4j.client.workspaces.WorkspaceMember;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LabelStudioRuntimeHints}.
 */
class LabelStudioRuntimeHintsTests {

	static final List<Class<?>> MODELS = List.of(Project.class, Task.class, Annotation.class, Prediction.class,
			Region.class, User.class, UserToken.class, View.class, MlBackend.class, ModelVersions.class,
			FileUpload.class, ImportResult.class, ProjectImport.class, ProjectLabelConfig.class, Action.class,
			Action.Dialog.class, Export.class, ConvertedFormat.class, ConvertResult.class, ExportFormatInfo.class,
			ExportedTask.class, ExportedAnnotation.class, ExportedPrediction.class, Webhook.class,
			WebhookActionInfo.class, ApiToken.class, AccessToken.class, JwtSettings.class, ServerVersion.class,
			Workspace.class, WorkspaceMember.class, TaskEvent.class, ProjectCounts.class);

	static final List<Class<?>> REQUEST_BODIES = List.of(ProjectCreate.class, ProjectUpdate.class, TaskUpdate.class,
			AnnotationCreate.class, AnnotationUpdate.class, PredictionCreate.class, PredictionUpdate.class,
			UserCreate.class, UserUpdate.class, ViewCreate.class, ViewUpdate.class, MlBackendCreate.class,
			MlBackendUpdate.class, ActionCreate.class, Filters.class, Filter.class, SelectedItems.class,
			FilterOperator.class);

	private final RuntimeHints hints = hints();

	@Test
	void registrarIsListedInAotFactories() {
		List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
			.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class);
		assertThat(registrars).hasAtLeastOneElementOfType(LabelStudioRuntimeHints.class);
	}

	@Test
	void findsModelsRequestBodiesTheirSuperclassesAndPageWrappers() {
		List<Class<?>> types = LabelStudioRuntimeHints.boundTypes(getClass().getClassLoader());
		assertThat(types).containsAll(MODELS).containsAll(REQUEST_BODIES);
		assertThat(types).extracting(Class::getSimpleName)
			.contains("AbstractProjectParams", "AbstractAnnotationParams", "AbstractPredictionParams",
					"AbstractUserParams", "AbstractViewParams", "AbstractMlBackendParams", "PageBody",
					"TaskCreateBody", "Conjunction");
		assertThat(types).allSatisfy((type) -> assertThat(type.getPackageName()).startsWith("dev.labelstudio4j.client"))
			.noneMatch((type) -> type.getName().endsWith("$Builder"))
			.doesNotContain(LabelStudioRuntimeHintsTests.class);
	}

	@Test
	void modelsCanBeReadAndWrittenReflectively() throws NoSuchMethodException {
		for (Class<?> model : MODELS) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(model)
				.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS))
				.as(model.getName())
				.accepts(this.hints);
			Method creator = model.getDeclaredMethod("fromJson", java.util.Map.class);
			assertThat(creator.isAnnotationPresent(JsonCreator.class)).isTrue();
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(creator)).as(creator.toString())
				.accepts(this.hints);
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(model.getMethod("rawJson")))
				.as(model.getName() + ".rawJson()")
				.accepts(this.hints);
		}
	}

	@Test
	void requestBodiesCanBeWrittenReflectively() throws NoSuchMethodException {
		for (Class<?> body : REQUEST_BODIES) {
			assertThat(RuntimeHintsPredicates.reflection().onType(body)
				.withMemberCategories(MemberCategory.INVOKE_DECLARED_METHODS)).as(body.getName()).accepts(this.hints);
		}
		Method task = AnnotationCreate.class.getSuperclass().getDeclaredMethod("task");
		assertThat(task.getDeclaringClass().getSimpleName()).isEqualTo("AbstractAnnotationParams");
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(task)).accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(LabelStudioRuntimeHintsTests.class)).rejects(this.hints);
	}

	@Test
	void everyClientTypeWithAJacksonCreatorValueOrPropertyIsRegistered() throws IOException {
		List<Class<?>> jacksonTypes = new ArrayList<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (Resource resource : resolver.getResources("classpath*:dev/labelstudio4j/client/**/*.class")) {
			String path = resource.getURL().toString();
			String className = ClassUtils.convertResourcePathToClassName(path
				.substring(path.lastIndexOf("dev/labelstudio4j/client/"), path.length() - ".class".length()));
			Class<?> type;
			try {
				type = ClassUtils.forName(className, getClass().getClassLoader());
			}
			catch (ClassNotFoundException | LinkageError ex) {
				continue;
			}
			try {
				if (Stream.of(type.getDeclaredMethods()).anyMatch((method) -> method.isAnnotationPresent(JsonCreator.class)
						|| method.isAnnotationPresent(JsonValue.class) || method.isAnnotationPresent(JsonProperty.class))) {
					jacksonTypes.add(type);
				}
			}
			catch (LinkageError ex) {
				// a type of an optional dependency that is absent: not bound by Jackson
			}
		}
		assertThat(jacksonTypes).hasSizeGreaterThan(MODELS.size()).containsAll(MODELS);
		assertThat(jacksonTypes).allSatisfy((type) -> assertThat(RuntimeHintsPredicates.reflection()
			.onType(type)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_METHODS)).as(type.getName()).accepts(this.hints));
	}

	private static RuntimeHints hints() {
		RuntimeHints hints = new RuntimeHints();
		new LabelStudioRuntimeHints().registerHints(hints, LabelStudioRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

}
