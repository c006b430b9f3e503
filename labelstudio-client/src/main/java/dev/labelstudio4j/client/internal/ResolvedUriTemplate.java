package dev.labelstudio4j.client.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * A request's URI template ({@code /api/projects/{id}/}) under the client's base URL, parsed once and
 * kept by the {@link HttpTransport}: expanding it is string concatenation plus the encoding of the
 * values, where Spring's {@code UriBuilderFactory} parses and re-encodes the template on every call.
 * <p>
 * The encoding is Spring's {@code EncodingMode.TEMPLATE_AND_VALUES}: the
 * template's literal text is encoded as a path, every path variable and query value with
 * {@link UriUtils#encode(String, java.nio.charset.Charset)} (everything but unreserved characters, so a
 * value is always exactly one path segment or one query value), query names as query parameters.
 */
final class ResolvedUriTemplate {

	private final String template;

	private final String absoluteTemplate;

	/** Literal parts; {@code literals[i]} comes before {@code variables[i]}, the last one after all. */
	private final String[] literals;

	private final String[] variables;

	/** The observation tags of each operation sent with this template (a handful at most). */
	private final Map<String, LabelStudioObservationConvention.CallTags> tags = new ConcurrentHashMap<>();

	private final @Nullable String host;

	private ResolvedUriTemplate(String template, String absoluteTemplate, String[] literals, String[] variables,
			@Nullable String host) {
		this.host = host;
		this.template = template;
		this.absoluteTemplate = absoluteTemplate;
		this.literals = literals;
		this.variables = variables;
	}

	/**
	 * Parse a template under a base URL.
	 * @param baseUrl the base URL, ending with {@code /}
	 * @param template the template, starting with {@code /}
	 * @return the parsed template
	 * @throws IllegalArgumentException if a <code>{</code> is not closed
	 */
	static ResolvedUriTemplate parse(URI baseUrl, String template) {
		String base = baseUrl.toString();
		String prefix = base.substring(0, base.length() - 1);
		List<String> literals = new ArrayList<>();
		List<String> variables = new ArrayList<>();
		int from = 0;
		int open;
		while ((open = template.indexOf('{', from)) >= 0) {
			int close = template.indexOf('}', open);
			if (close < 0) {
				throw new IllegalArgumentException("uriTemplate has an unclosed '{': " + template);
			}
			literals.add(UriUtils.encodePath(template.substring(from, open), StandardCharsets.UTF_8));
			variables.add(template.substring(open + 1, close));
			from = close + 1;
		}
		literals.add(UriUtils.encodePath(template.substring(from), StandardCharsets.UTF_8));
		literals.set(0, prefix + literals.get(0));
		return new ResolvedUriTemplate(template, prefix + template, literals.toArray(String[]::new),
				variables.toArray(String[]::new), baseUrl.getHost());
	}

	/** The template as given. */
	String template() {
		return this.template;
	}

	/**
	 * The template under the base URL ({@code http://host/api/projects/{id}/}), the same {@code String}
	 * on every call, as Spring's observation convention expects it for the {@code uri} key.
	 */
	String absoluteTemplate() {
		return this.absoluteTemplate;
	}

	/**
	 * The observation tags of a call of {@code operation} with this template, made once per operation.
	 * @param operation the operation ({@code projects.get})
	 * @param resource its resource ({@code projects})
	 * @return the tags, the same instance on every call
	 */
	LabelStudioObservationConvention.CallTags tags(String operation, String resource) {
		LabelStudioObservationConvention.CallTags tags = this.tags.get(operation);
		if (tags == null) {
			tags = this.tags.computeIfAbsent(operation,
					(name) -> new LabelStudioObservationConvention.CallTags(name, resource, this.absoluteTemplate,
							this.host));
		}
		return tags;
	}

	/**
	 * Expand the template.
	 * @param pathVariables the values of the template's variables
	 * @param query the query parameters, in order
	 * @return the absolute URI
	 * @throws IllegalArgumentException if a variable has no value
	 */
	URI expand(Map<String, Object> pathVariables, List<ApiRequest.QueryParam> query) {
		StringBuilder uri = new StringBuilder(this.absoluteTemplate.length() + 16 + query.size() * 24);
		for (int i = 0; i < this.variables.length; i++) {
			uri.append(this.literals[i]);
			Object value = pathVariables.get(this.variables[i]);
			if (value == null) {
				throw new IllegalArgumentException(
						"uriTemplate " + this.template + " has no value for '" + this.variables[i] + "'");
			}
			uri.append(encode(value.toString()));
		}
		uri.append(this.literals[this.variables.length]);
		char separator = '?';
		// Values of a repeated name go together, in the order of the name's first appearance (as
		// Spring's UriComponentsBuilder, the client's former way, wrote them)
		for (int i = 0; i < query.size(); i++) {
			String name = query.get(i).name();
			if (appearsBefore(query, i, name)) {
				continue;
			}
			String encodedName = UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8);
			for (int j = i; j < query.size(); j++) {
				ApiRequest.QueryParam param = query.get(j);
				if (param.name().equals(name)) {
					uri.append(separator).append(encodedName).append('=').append(encode(param.value()));
					separator = '&';
				}
			}
		}
		return URI.create(uri.toString());
	}

	private static boolean appearsBefore(List<ApiRequest.QueryParam> query, int index, String name) {
		for (int i = 0; i < index; i++) {
			if (query.get(i).name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

}
