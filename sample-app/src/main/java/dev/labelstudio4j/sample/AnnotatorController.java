package dev.labelstudio4j.sample;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/annotate}: play an annotator in the emulator; {@code GET /api/webhook-events}: the latest
 * webhook events received. Against a real Label Studio the annotator answers 409.
 */
@RestController
public class AnnotatorController {

	private final Annotator annotator;

	private final WebhookEventLog events;

	public AnnotatorController(Annotator annotator, WebhookEventLog events) {
		this.annotator = annotator;
		this.events = events;
	}

	/**
	 * Annotate a few tasks without annotations.
	 * @param count how many tasks, 1 to 20
	 * @return the ids of the annotations created
	 */
	@PostMapping("/api/annotate")
	public Map<String, List<Long>> annotate(@RequestParam(defaultValue = "3") int count) {
		if (count < 1 || count > 20) {
			throw new IllegalArgumentException("count must be between 1 and 20 but was " + count);
		}
		return Map.of("annotations", this.annotator.annotate(count));
	}

	/**
	 * The latest webhook events, newest first.
	 * @return the events
	 */
	@GetMapping("/api/webhook-events")
	public List<WebhookEventLog.Entry> events() {
		return this.events.latest();
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notOnEmulator(Annotator.NotOnEmulatorException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", String.valueOf(ex.getMessage())));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> projectMissing(LabelingPipeline.ProjectMissingException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", String.valueOf(ex.getMessage())));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> badCount(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(ex.getMessage())));
	}

}
