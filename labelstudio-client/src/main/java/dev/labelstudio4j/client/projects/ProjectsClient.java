package dev.labelstudio4j.client.projects;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.Page;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.core.ApiInvoker;
import dev.labelstudio4j.client.core.ApiRequest;
import dev.labelstudio4j.client.core.Args;

/**
 * Operations on Label Studio projects. Obtain it from
 * {@link dev.labelstudio4j.client.LabelStudioClient#projects()}. Thread-safe.
 */
public final class ProjectsClient {

	private final ApiInvoker invoker;

	public ProjectsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * {@code GET /api/projects/}: the first page of projects; {@link Page#autoPaging()} walks them all.
	 * @return the first page
	 */
	public Page<Project> list() {
		return list(ProjectListParams.builder().build(), RequestOptions.none());
	}

	/** {@code GET /api/projects/} with filters, ordering and paging. */
	public Page<Project> list(ProjectListParams params) {
		return list(params, RequestOptions.none());
	}

	/** {@code GET /api/projects/} with filters, ordering, paging and per-call options. */
	public Page<Project> list(ProjectListParams params, RequestOptions options) {
		Args.notNull(params, "params");
		Args.notNull(options, "options");
		return Page.fetch((page) -> {
			ProjectPage answer = this.invoker.execute(ApiRequest.get("projects.list", "/api/projects/")
				.query("ordering", params.ordering())
				.query("ids", params.ids())
				.query("title", params.title())
				.query("page", page)
				.query("page_size", params.pageSize())
				.options(options)
				.returns(ProjectPage.class));
			return new Page.Content<>((answer.results() != null) ? answer.results() : List.of(), answer.count(),
					answer.next() != null);
		}, params.page(), params.pageSize());
	}

	/**
	 * {@code GET /api/projects/{id}/}.
	 * @param id the project id
	 * @return the project
	 */
	public Project get(long id) {
		return get(id, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/} with per-call options. */
	public Project get(long id, RequestOptions options) {
		Args.positive(id, "id");
		Args.notNull(options, "options");
		return this.invoker.execute(
				ApiRequest.get("projects.get", "/api/projects/{id}/").path("id", id).options(options).returns(Project.class));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProjectPage(@Nullable Long count, @Nullable String next, @Nullable String previous,
			@Nullable List<Project> results) {
	}

}
