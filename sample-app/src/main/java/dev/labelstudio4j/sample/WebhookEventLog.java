package dev.labelstudio4j.sample;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.labelstudio4j.client.webhooks.events.AnnotationCreatedEvent;
import dev.labelstudio4j.client.webhooks.events.WebhookEvent;

/**
 * The latest webhook events Label Studio delivered, newest first, for the dashboard. The starter publishes
 * each delivery as an application event (off the request thread); these listeners keep the last
 * {@value #CAPACITY}.
 */
@Component
public class WebhookEventLog {

	/** How many events are kept. */
	static final int CAPACITY = 20;

	private static final Logger logger = LoggerFactory.getLogger(WebhookEventLog.class);

	private final Deque<Entry> entries = new ArrayDeque<>();

	private final Clock clock;

	public WebhookEventLog() {
		this(Clock.systemUTC());
	}

	WebhookEventLog(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Keep any webhook event.
	 * @param event the event
	 */
	@EventListener
	public void on(WebhookEvent event) {
		add(new Entry(this.clock.instant(), event.action().value(), event.projectId(), event.toString()));
	}

	/**
	 * Log each new annotation: what a pipeline would react to (retrain, export, notify).
	 * @param event the event
	 */
	@EventListener
	public void on(AnnotationCreatedEvent event) {
		logger.info("Annotation {} created on task {}", event.annotation().id(),
				(event.task() != null) ? event.task().id() : null);
	}

	private synchronized void add(Entry entry) {
		this.entries.addFirst(entry);
		while (this.entries.size() > CAPACITY) {
			this.entries.removeLast();
		}
	}

	/**
	 * Return the kept events, newest first.
	 * @return the events
	 */
	public synchronized List<Entry> latest() {
		return List.copyOf(new ArrayList<>(this.entries));
	}

	/**
	 * One received event.
	 * @param receivedAt when it arrived
	 * @param action its action, for example {@code ANNOTATION_CREATED}
	 * @param projectId its project, when the payload names one
	 * @param description what it carried (ids and sizes)
	 */
	public record Entry(Instant receivedAt, String action, @Nullable Long projectId, String description) {
	}

}
