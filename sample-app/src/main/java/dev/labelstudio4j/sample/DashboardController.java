package dev.labelstudio4j.sample;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * {@code GET /}: the dashboard as a small server-rendered HTML page. Every value from Label Studio or
 * the configuration is HTML-escaped.
 */
@RestController
public class DashboardController {

	private final DashboardService dashboard;

	private final WebhookEventLog events;

	public DashboardController(DashboardService dashboard, WebhookEventLog events) {
		this.dashboard = dashboard;
		this.events = events;
	}

	/**
	 * Render the dashboard.
	 * @return the HTML page
	 */
	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	public String dashboard() {
		return render(this.dashboard.summary(), this.events.latest());
	}

	/** "Download annotations": links to {@link ExportController}, which streams the export. */
	static String downloadLinks(long projectId) {
		return "<a href=\"/api/projects/" + projectId + "/annotations?format=JSON\">JSON</a> &middot; "
				+ "<a href=\"/api/projects/" + projectId + "/annotations?format=CSV\">CSV</a>";
	}

	static String render(Summary summary) {
		return render(summary, List.of());
	}

	static String render(Summary summary, List<WebhookEventLog.Entry> events) {
		StringBuilder html = new StringBuilder();
		html.append("""
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<title>labelstudio4j sample</title>
				<style>
				body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
				table { border-collapse: collapse; margin-bottom: 1.5rem; }
				th, td { border: 1px solid #ccc; padding: .3rem .7rem; text-align: left; }
				td.num { text-align: right; }
				.UP { color: #1a7f37; } .DOWN, .OUT_OF_SERVICE { color: #cf222e; }
				</style>
				</head>
				<body>
				<h1>labelstudio4j sample</h1>
				""");
		html.append("<p>Label Studio at <code>").append(htmlEscape(summary.labelStudioUrl())).append("</code>: ");
		html.append("<strong class=\"").append(htmlEscape(summary.connection().status())).append("\">")
			.append(htmlEscape(summary.connection().status())).append("</strong></p>\n");
		if (!summary.connection().details().isEmpty()) {
			html.append("<ul>\n");
			for (Map.Entry<String, Object> detail : summary.connection().details().entrySet()) {
				html.append("<li>").append(htmlEscape(detail.getKey())).append(": ")
					.append(htmlEscape(String.valueOf(detail.getValue()))).append("</li>\n");
			}
			html.append("</ul>\n");
		}
		html.append("<h2>Projects</h2>\n<table>\n<tr><th>id</th><th>title</th><th>tasks</th>"
				+ "<th>annotations</th><th>predictions</th><th>download annotations</th></tr>\n");
		for (Summary.ProjectCounts project : summary.projects()) {
			String title = htmlEscape(String.valueOf(project.title()));
			html.append("<tr><td class=\"num\">").append(project.id()).append("</td><td>")
				.append(project.sample() ? "<strong>" + title + "</strong>" : title).append("</td><td class=\"num\">")
				.append(project.tasks()).append("</td><td class=\"num\">").append(project.annotations())
				.append("</td><td class=\"num\">").append(project.predictions()).append("</td><td>")
				.append(downloadLinks(project.id())).append("</td></tr>\n");
		}
		html.append("</table>\n");
		html.append("<h2>Client calls</h2>\n<table>\n<tr><th>operation</th><th>calls</th><th>failures</th>"
				+ "<th>mean latency (ms)</th></tr>\n");
		for (Summary.OperationStats operation : summary.operations()) {
			html.append("<tr><td><code>").append(htmlEscape(operation.operation()))
				.append("</code></td><td class=\"num\">")
				.append(operation.calls()).append("</td><td class=\"num\">").append(operation.failures())
				.append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", operation.meanMillis()))
				.append("</td></tr>\n");
		}
		html.append("</table>\n");
		html.append("""
				<form method="post" action="/api/sync"><button>Pull finished annotations</button></form>
				""");
		html.append("<h2>Latest webhook events</h2>\n");
		if (events.isEmpty()) {
			html.append("<p>None yet. Label Studio POSTs them to <code>/labelstudio/webhook</code>.</p>\n");
		}
		else {
			html.append("<table>\n<tr><th>received</th><th>action</th><th>project</th><th>event</th></tr>\n");
			for (WebhookEventLog.Entry event : events) {
				html.append("<tr><td>").append(htmlEscape(event.receivedAt().toString())).append("</td><td><code>")
					.append(htmlEscape(event.action())).append("</code></td><td class=\"num\">")
					.append((event.projectId() != null) ? event.projectId() : "").append("</td><td><code>")
					.append(htmlEscape(event.description())).append("</code></td></tr>\n");
			}
			html.append("</table>\n");
		}
		html.append("""
				<form method="post" action="/api/annotate"><button>Play an annotator (emulator)</button></form>
				<p><a href="/api/summary">/api/summary</a>
				&middot; <a href="/actuator/health">/actuator/health</a>
				&middot; <a href="/actuator/metrics/labelstudio.client.requests">client metrics</a></p>
				</body>
				</html>
				""");
		return html.toString();
	}

}
