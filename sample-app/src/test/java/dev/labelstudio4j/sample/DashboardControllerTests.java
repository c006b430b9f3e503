package dev.labelstudio4j.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardControllerTests {

	@Test
	void rendersCountsHealthAndOperations() {
		Summary summary = new Summary("http://localhost:1234",
				new Summary.Connection("UP", Map.of("version", "1.20.0")),
				"Reviews", List.of(new Summary.ProjectCounts(7, "Reviews", 30, 2, 30, true)),
				List.of(new Summary.OperationStats("projects.create", 1, 0, 12.5)));
		String html = DashboardController.render(summary);
		assertThat(html).contains("<code>http://localhost:1234</code>")
			.contains("<strong class=\"UP\">UP</strong>")
			.contains("<li>version: 1.20.0</li>")
			.contains("<tr><td class=\"num\">7</td><td><strong>Reviews</strong></td><td class=\"num\">30</td>"
					+ "<td class=\"num\">2</td><td class=\"num\">30</td><td><a href=\"/api/projects/7/annotations?format=JSON\">"
					+ "JSON</a> &middot; <a href=\"/api/projects/7/annotations?format=CSV\">CSV</a></td></tr>")
			.contains("<tr><td><code>projects.create</code></td><td class=\"num\">1</td><td class=\"num\">0</td>"
					+ "<td class=\"num\">12.50</td></tr>");
	}

	@Test
	void escapesEverythingFromTheServer() {
		Summary summary = new Summary("http://x/?a=<b>",
				new Summary.Connection("<DOWN>", Map.of("error", "<img src=x onerror=alert(1)>")),
				"t", List.of(new Summary.ProjectCounts(1, "<script>alert('x')</script> & co", 0, 0, 0, false)),
				List.of(new Summary.OperationStats("<op>", 1, 1, 1)));
		String html = DashboardController.render(summary);
		assertThat(html).doesNotContain("<script>", "<img", "<op>", "<DOWN>", "<b>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("<code>&lt;op&gt;</code>")
			.contains("class=\"&lt;DOWN&gt;\"");
	}

}
