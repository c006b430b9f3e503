package dev.labelstudio4j.sample;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.exports.ExportFormat;
import dev.labelstudio4j.client.exports.SyncExportOptions;

/**
 * {@code GET /api/projects/{id}/annotations?format=JSON|CSV}: a project's annotated tasks as a file
 * download, streamed from Label Studio's export straight to the browser through the client (never held in
 * memory). The dashboard links to it as "Download annotations".
 */
@RestController
public class ExportController {

	private final LabelStudioClient client;

	public ExportController(LabelStudioClient client) {
		this.client = client;
	}

	/**
	 * Stream a project's export.
	 * @param id the project id
	 * @param format {@code JSON} or {@code CSV}
	 * @return the streamed file
	 */
	@GetMapping("/api/projects/{id}/annotations")
	public ResponseEntity<StreamingResponseBody> download(@PathVariable long id,
			@RequestParam(defaultValue = "JSON") String format) {
		ExportFormat exportFormat = switch (format.toUpperCase(Locale.ROOT)) {
			case "JSON" -> ExportFormat.JSON;
			case "CSV" -> ExportFormat.CSV;
			default -> null;
		};
		if (exportFormat == null || id <= 0) {
			return ResponseEntity.badRequest().build();
		}
		SyncExportOptions options = SyncExportOptions.builder().format(exportFormat).downloadResources(false).build();
		StreamingResponseBody body = (out) -> this.client.projects().exports().createExport(id, options, out);
		String filename = "project-" + id + "-annotations." + exportFormat.fileExtension();
		return ResponseEntity.ok()
			.contentType((exportFormat == ExportFormat.CSV) ? new MediaType("text", "csv") : MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
