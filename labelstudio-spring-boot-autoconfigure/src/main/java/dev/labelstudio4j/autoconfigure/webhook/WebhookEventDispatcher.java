package dev.labelstudio4j.autoconfigure.webhook;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;

import dev.labelstudio4j.client.webhooks.events.WebhookEvent;

/**
 * Publishes webhook events as Spring application events on a bounded executor, off the request thread, so
 * the receiver answers Label Studio (which waits at most 1 s) whatever the listeners do. The executor has a
 * fixed number of threads and a bounded queue; when the queue is full {@link #dispatch(WebhookEvent)} refuses
 * the event (the receiver answers 503, Label Studio does not retry, the event is lost and counted as
 * {@code rejected}). A listener that throws is logged and counted as {@code listener_error}. On shutdown the
 * queued events are still published, for at most 10 seconds.
 */
final class WebhookEventDispatcher implements DisposableBean {

	private static final Log logger = LogFactory.getLog(WebhookEventDispatcher.class);

	private final ApplicationEventPublisher publisher;

	private final WebhookMetrics metrics;

	private final ThreadPoolExecutor executor;

	WebhookEventDispatcher(ApplicationEventPublisher publisher, WebhookMetrics metrics, int threads,
			int queueCapacity) {
		this.publisher = publisher;
		this.metrics = metrics;
		this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(queueCapacity), new NamedThreads(), new ThreadPoolExecutor.AbortPolicy());
	}

	/**
	 * Queue an event for publishing.
	 * @param event the event
	 * @return whether it was queued; {@code false} when the queue is full or the dispatcher is shut down
	 */
	boolean dispatch(WebhookEvent event) {
		try {
			this.executor.execute(() -> publish(event));
			return true;
		}
		catch (RejectedExecutionException ex) {
			logger.warn("Label Studio webhook event " + event.action()
					+ " not published: the listener queue is full (labelstudio.webhook.listeners.queue-capacity)");
			this.metrics.record(event.action().value(), WebhookOutcome.REJECTED);
			return false;
		}
	}

	private void publish(WebhookEvent event) {
		try {
			this.publisher.publishEvent(event);
			this.metrics.record(event.action().value(), WebhookOutcome.PUBLISHED);
		}
		catch (RuntimeException ex) {
			logger.warn("A listener of the Label Studio webhook event " + event + " failed", ex);
			this.metrics.record(event.action().value(), WebhookOutcome.LISTENER_ERROR);
		}
	}

	/** Events queued and not yet taken by a listener thread. */
	int queued() {
		return this.executor.getQueue().size();
	}

	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
			logger.warn("Label Studio webhook listeners still running after 10 s; interrupting them");
			this.executor.shutdownNow();
		}
	}

	private static final class NamedThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "labelstudio-webhook-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
