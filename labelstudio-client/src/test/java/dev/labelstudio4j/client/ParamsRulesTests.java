package dev.labelstudio4j.client;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.annotations.AnnotationCreate;
import dev.labelstudio4j.client.annotations.AnnotationUpdate;
import dev.labelstudio4j.client.ml.MlBackendCreate;
import dev.labelstudio4j.client.ml.MlBackendUpdate;
import dev.labelstudio4j.client.predictions.PredictionCreate;
import dev.labelstudio4j.client.predictions.PredictionUpdate;
import dev.labelstudio4j.client.projects.ProjectCreate;
import dev.labelstudio4j.client.projects.ProjectListParams;
import dev.labelstudio4j.client.projects.ProjectUpdate;
import dev.labelstudio4j.client.tasks.TaskListParams;
import dev.labelstudio4j.client.users.UserCreate;
import dev.labelstudio4j.client.views.ViewCreate;
import dev.labelstudio4j.client.views.ViewUpdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests the one rule every params builder follows for strings and lists: names and identifiers
 * not blank, free text as given, {@code null} for "not set" only where the parameter is nullable, no
 * {@code null} elements.
 */
class ParamsRulesTests {

	@Test
	void blankNamesAreRefusedInEveryParamsBuilder() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProjectCreate.builder().title(""))
			.withMessage("title must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ProjectUpdate.builder().title(" "))
			.withMessage("title must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ProjectCreate.builder().labelConfig(""))
			.withMessage("labelConfig must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ProjectCreate.builder().modelVersion("\t"))
			.withMessage("modelVersion must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ViewCreate.builder().title(""))
			.withMessageStartingWith("title must not be");
		assertThatIllegalArgumentException().isThrownBy(() -> ViewUpdate.builder().title(" "))
			.withMessageStartingWith("title must not be");
		assertThatIllegalArgumentException().isThrownBy(() -> MlBackendCreate.builder().title(""))
			.withMessage("title must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> MlBackendUpdate.builder().url(" "))
			.withMessage("url must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> UserCreate.builder().username(""))
			.withMessageStartingWith("username must not be");
		assertThatIllegalArgumentException().isThrownBy(() -> PredictionUpdate.builder().modelVersion(""))
			.withMessageStartingWith("modelVersion must not be");
		assertThatIllegalArgumentException().isThrownBy(() -> ProjectListParams.builder().ordering(""))
			.withMessage("ordering must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> TaskListParams.builder().include(" "))
			.withMessage("include must not be blank");
	}

	@Test
	void nullableNamesTakeNullAsNotSet() {
		assertThat(ProjectCreate.builder().title(null).build().title()).isNull();
		assertThat(MlBackendCreate.builder().url(null).build().url()).isNull();
	}

	@Test
	void freeTextIsSentAsGivenEvenEmpty() {
		assertThat(ProjectUpdate.builder().description("").build().description()).isEmpty();
		assertThat(ProjectUpdate.builder().expertInstruction("").build().expertInstruction()).isEmpty();
		assertThat(UserCreate.builder().firstName("").build().firstName()).isEmpty();
		assertThat(MlBackendUpdate.builder().description("").build().description()).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void resultRefusesNullRegions() {
		List<Map<String, Object>> withNull = Arrays.asList(Map.of("type", "choices"), (Map<String, Object>) null);
		assertThatIllegalArgumentException().isThrownBy(() -> AnnotationCreate.builder().result(withNull))
			.withMessage("result must not contain null elements but element 1 is null");
		assertThatIllegalArgumentException().isThrownBy(() -> AnnotationUpdate.builder().result(withNull))
			.withMessage("result must not contain null elements but element 1 is null");
		assertThatIllegalArgumentException().isThrownBy(() -> PredictionCreate.builder().result(withNull))
			.withMessage("result must not contain null elements but element 1 is null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PredictionCreate.builder().result(Arrays.asList((Map<String, Object>) null)))
			.withMessage("result must not contain null elements but element 0 is null");
		assertThatIllegalArgumentException().isThrownBy(() -> AnnotationCreate.builder().result(null))
			.withMessage("result must not be null");
	}

	@Test
	void headersWithLineBreaksAreRefusedWhenSetNotWhenSent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RequestOptions.builder().header("X-Tenant", "a\r\nX-Injected: 1"))
			.withMessage("header X-Tenant must not contain CR, LF or other control characters in its value");
		assertThatIllegalArgumentException().isThrownBy(() -> RequestOptions.builder().header("X-A\nB", "v"))
			.withMessageContaining("must be a token (no whitespace, control characters or ':')");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LabelStudioClient.builder().defaultHeader("X-Tenant", "secret\n"))
			.withMessage("header X-Tenant must not contain CR, LF or other control characters in its value")
			.withMessageNotContaining("secret");
		assertThat(RequestOptions.builder().header("X-Tenant", "acme corp").build().headers())
			.containsEntry("X-Tenant", "acme corp");
	}

}
