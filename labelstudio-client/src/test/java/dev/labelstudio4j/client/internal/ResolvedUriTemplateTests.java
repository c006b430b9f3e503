package dev.labelstudio4j.client.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ResolvedUriTemplate} expands to exactly what Spring's {@code DefaultUriBuilderFactory} in
 * {@code TEMPLATE_AND_VALUES} mode (the client's former way) makes of the same template and values.
 */
class ResolvedUriTemplateTests {

	private static final URI BASE = URI.create("http://127.0.0.1:8080/");

	@ParameterizedTest
	@ValueSource(strings = { "42", "a b", "a/b", "../x", "a?b=c&d", "#frag", "100%", "x+y", "é ü 日本",
			"{id}", "semi;colon", "comma,list", "tilde~dot.dash-under_", "" })
	void expandsValuesAsSpringDid(String value) {
		Map<String, Object> variables = Map.of("id", 7, "name", value);
		List<ApiRequest.QueryParam> query = List.of(new ApiRequest.QueryParam("q", value),
				new ApiRequest.QueryParam("ids", "1,2"), new ApiRequest.QueryParam("q", "second"));
		String template = "/api/projects/{id}/files/{name}";
		URI ours = ResolvedUriTemplate.parse(BASE, template).expand(variables, query);
		assertThat(ours).isEqualTo(spring(BASE, template, variables, query));
		assertThat(ours.toString()).startsWith("http://127.0.0.1:8080/api/projects/7/files/");
	}

	@Test
	void keepsTheBaseUrlsPath() {
		URI base = URI.create("https://example.com/label-studio/");
		ResolvedUriTemplate template = ResolvedUriTemplate.parse(base, "/api/projects/{id}/");
		URI uri = template.expand(Map.of("id", 3L), List.of(new ApiRequest.QueryParam("page_size", "100")));
		assertThat(uri).hasToString("https://example.com/label-studio/api/projects/3/?page_size=100");
		assertThat(uri).isEqualTo(spring(base, "/api/projects/{id}/", Map.of("id", 3L),
				List.of(new ApiRequest.QueryParam("page_size", "100"))));
		assertThat(template.absoluteTemplate()).isEqualTo("https://example.com/label-studio/api/projects/{id}/");
	}

	@Test
	void templatesWithoutVariablesOrWithAdjacentOnes() {
		assertThat(ResolvedUriTemplate.parse(BASE, "/api/current-user/whoami").expand(Map.of(), List.of()))
			.hasToString("http://127.0.0.1:8080/api/current-user/whoami");
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("a", "x/y");
		variables.put("b", 2);
		assertThat(ResolvedUriTemplate.parse(BASE, "/{a}{b}/").expand(variables, List.of()))
			.hasToString("http://127.0.0.1:8080/x%2Fy2/");
	}

	@Test
	void aMissingVariableIsNamed() {
		ResolvedUriTemplate template = ResolvedUriTemplate.parse(BASE, "/api/projects/{id}/");
		assertThatIllegalArgumentException().isThrownBy(() -> template.expand(Map.of(), List.of()))
			.withMessage("uriTemplate /api/projects/{id}/ has no value for 'id'");
	}

	@Test
	void anUnclosedBraceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ResolvedUriTemplate.parse(BASE, "/api/{id/"))
			.withMessage("uriTemplate has an unclosed '{': /api/{id/");
	}

	private static URI spring(URI base, String template, Map<String, Object> pathVariables,
			List<ApiRequest.QueryParam> query) {
		DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(base.toString());
		factory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
		UriBuilder builder = factory.uriString(template);
		Map<String, Object> variables = new LinkedHashMap<>(pathVariables);
		int index = 0;
		for (ApiRequest.QueryParam param : query) {
			String name = "lsq" + index++;
			builder.queryParam(param.name(), "{" + name + "}");
			variables.put(name, param.value());
		}
		return builder.build(variables);
	}

}
