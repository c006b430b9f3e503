package dev.labelstudio4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.projects.ProjectListParams;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Auto-paging over {@code GET /api/projects/}: lazy, each page fetched once, ended by Label Studio's
 * {@code 404 Invalid page.}.
 */
class PagingTests extends WireMockTestBase {

	private static final String PROJECTS = "/api/projects/";

	private static final String INVALID_PAGE = "{\"id\":\"9a8b7c6d-1111-2222-3333-444455556666\",\"status_code\":404,"
			+ "\"version\":\"1.20.0\",\"detail\":\"Invalid page.\",\"exc_info\":null}";

	private static String page(int number, boolean hasNext, long... ids) {
		StringBuilder results = new StringBuilder();
		for (long id : ids) {
			results.append((results.length() > 0) ? "," : "").append("{\"id\":").append(id)
				.append(",\"title\":\"Project ").append(id).append("\"}");
		}
		String next = hasNext ? "\"http://ls.example/api/projects/?page=" + (number + 1) + "&page_size=2\"" : "null";
		String previous = (number > 1) ? "\"http://ls.example/api/projects/?page=" + (number - 1) + "&page_size=2\""
				: "null";
		return "{\"count\":7,\"next\":" + next + ",\"previous\":" + previous + ",\"results\":[" + results + "]}";
	}

	@BeforeEach
	void threePagesThenInvalidPage() {
		// the server said 7 projects and a next link on page 3, but page 4 no longer exists
		stubFor(get(urlPathEqualTo(PROJECTS)).withQueryParam("page", equalTo("1"))
			.withQueryParam("page_size", equalTo("2"))
			.willReturn(okJson(page(1, true, 1, 2))));
		stubFor(get(urlPathEqualTo(PROJECTS)).withQueryParam("page", equalTo("2"))
			.withQueryParam("page_size", equalTo("2"))
			.willReturn(okJson(page(2, true, 3, 4))));
		stubFor(get(urlPathEqualTo(PROJECTS)).withQueryParam("page", equalTo("3"))
			.withQueryParam("page_size", equalTo("2"))
			.willReturn(okJson(page(3, true, 5, 6))));
		stubFor(get(urlPathEqualTo(PROJECTS)).withQueryParam("page", equalTo("4"))
			.withQueryParam("page_size", equalTo("2"))
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(INVALID_PAGE)));
	}

	private Page<Project> firstPage() {
		return client().projects().list(ProjectListParams.builder().pageSize(2).build());
	}

	private static void verifyPage(int number, int times) {
		verify(exactly(times), getRequestedFor(urlPathEqualTo(PROJECTS)).withQueryParam("page", equalTo(String.valueOf(number)))
			.withQueryParam("page_size", equalTo("2")));
	}

	@Test
	void firstPageHasItsItemsTotalAndNext() {
		Page<Project> page = firstPage();
		assertThat(page.items()).extracting(Project::id).containsExactly(1L, 2L);
		assertThat(page.total()).isEqualTo(7);
		assertThat(page.pageNumber()).isEqualTo(1);
		assertThat(page.hasNext()).isTrue();
		Page<Project> second = page.nextPage();
		assertThat(second.pageNumber()).isEqualTo(2);
		assertThat(second.items()).extracting(Project::id).containsExactly(3L, 4L);
		verifyPage(1, 1);
		verifyPage(2, 1);
		verifyPage(3, 0);
	}

	@Test
	void iterableWalksEveryPageOnceAndStopsAtInvalidPage() {
		List<Long> ids = new ArrayList<>();
		for (Project project : firstPage().autoPaging()) {
			ids.add(project.id());
		}
		assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
		for (int number = 1; number <= 4; number++) {
			verifyPage(number, 1);
		}
		verify(exactly(4), getRequestedFor(urlPathEqualTo(PROJECTS)));
	}

	@Test
	void streamWalksEveryPageOnce() {
		assertThat(firstPage().stream().map(Project::title)).containsExactly("Project 1", "Project 2", "Project 3",
				"Project 4", "Project 5", "Project 6");
		for (int number = 1; number <= 4; number++) {
			verifyPage(number, 1);
		}
	}

	@Test
	void pagesAreFetchedLazily() {
		Page<Project> first = firstPage();
		verifyPage(1, 1);
		verifyPage(2, 0);
		List<Long> three = first.stream().limit(3).map(Project::id).toList();
		assertThat(three).containsExactly(1L, 2L, 3L);
		verifyPage(2, 1);
		verifyPage(3, 0);
		verifyPage(4, 0);
	}

	@Test
	void iterationStoppedEarlyFetchesNoFurtherPage() {
		List<Long> ids = new ArrayList<>();
		for (Project project : firstPage().autoPaging()) {
			ids.add(project.id());
			if (ids.size() == 5) {
				break;
			}
		}
		assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L);
		verifyPage(3, 1);
		verifyPage(4, 0);
	}

	@Test
	void pageAfterTheEndIsAnEmptyLastPage() {
		Page<Project> fourth = client().projects().list(ProjectListParams.builder().page(4).pageSize(2).build());
		assertThat(fourth.items()).isEmpty();
		assertThat(fourth.hasNext()).isFalse();
		assertThat(fourth.autoPaging()).isEmpty();
		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(fourth::nextPage)
			.withMessage("page 4 is the last page");
		verifyPage(4, 1);
	}

	@Test
	void otherNotFoundIsThrown() {
		stubFor(get(urlPathEqualTo(PROJECTS)).withQueryParam("page", equalTo("2"))
			.willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Not found.\"}")));
		Page<Project> first = firstPage();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> first.stream().toList())
			.satisfies((ex) -> assertThat(ex.getDetail()).isEqualTo("Not found."));
	}

}
