package dev.labelstudio4j.emulator.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.emulator.WebhookDelivery;

/**
 * Label Studio's webhook deliveries: on each change it is told of, it builds the server's payload for the
 * action (under the state's lock, so it is the state the change left) and POSTs it, off the request thread,
 * to every matching active webhook with the webhook's custom headers and {@code Content-Type:
 * application/json}, a 1 s timeout and no retry. With {@code send_payload=false} the body is only
 * {@code {"action": ...}}. Deliveries run one at a time, in the order of the changes;
 * {@link #await(Duration)} waits until every delivery started so far has ended.
 */
public final class WebhookDeliveries implements ChangeListener, AutoCloseable {

	/** Label Studio's {@code WEBHOOK_TIMEOUT}. */
	static final Duration TIMEOUT = Duration.ofSeconds(1);

	private final EmulatorState state;

	private final WebhookRoutes webhooks;

	private final JsonMapper json;

	private final ExecutorService sender = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "labelstudio-emulator-webhooks");
		thread.setDaemon(true);
		return thread;
	});

	private final ExecutorService httpThreads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "labelstudio-emulator-webhooks-http");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpClient http;

	private final Object monitor = new Object();

	private final List<WebhookDelivery> delivered = new ArrayList<>();

	private int pending;

	WebhookDeliveries(EmulatorState state, WebhookRoutes webhooks, JsonMapper json) {
		this.state = state;
		this.webhooks = webhooks;
		this.json = json;
		this.http = HttpClient.newBuilder()
			.connectTimeout(TIMEOUT)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.executor(this.httpThreads)
			.build();
	}

	@Override
	public void projectCreated(long project) {
		fire("PROJECT_CREATED", null, () -> Map.of("project", this.state.renderProject(this.state.project(project))));
	}

	@Override
	public void projectUpdated(long project) {
		fire("PROJECT_UPDATED", project, () -> withProject(new LinkedHashMap<>(), project));
	}

	@Override
	public void projectDeleted(long project) {
		fire("PROJECT_DELETED", null, () -> Map.of("project", Map.of("id", project)));
	}

	@Override
	public void tasksCreated(long project, List<Long> tasks) {
		fire("TASKS_CREATED", project, () -> {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("tasks", tasks.stream().map((id) -> this.state.renderTask(this.state.task(id), false)).toList());
			return withProject(payload, project);
		});
	}

	@Override
	public void tasksDeleted(long project, List<Long> tasks) {
		fire("TASKS_DELETED", project, () -> withProject(new LinkedHashMap<>(Map.of("tasks", onlyIds(tasks))), project));
	}

	@Override
	public void annotationCreated(long annotation) {
		annotationChanged("ANNOTATION_CREATED", annotation);
	}

	@Override
	public void annotationUpdated(long annotation) {
		annotationChanged("ANNOTATION_UPDATED", annotation);
	}

	/** {@code ANNOTATIONS_CREATED}: {@code annotation} and {@code task} are lists, as the server sends them. */
	@Override
	public void annotationsCreated(long project, List<Long> annotations) {
		fire("ANNOTATIONS_CREATED", project, () -> {
			List<Map<String, Object>> rendered = new java.util.ArrayList<>();
			java.util.Set<Long> taskIds = new java.util.LinkedHashSet<>();
			for (Long id : annotations) {
				Map<String, Object> annotation = this.state.annotation(id);
				rendered.add(this.state.renderAnnotation(annotation));
				taskIds.add((Long) annotation.get("task"));
			}
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("annotation", rendered);
			payload.put("task", taskIds.stream().map((id) -> this.state.renderTask(this.state.task(id), false)).toList());
			return withProject(payload, project);
		});
	}

	@Override
	public void annotationsDeleted(long project, List<Long> annotations) {
		fire("ANNOTATIONS_DELETED", project,
				() -> withProject(new LinkedHashMap<>(Map.of("annotations", onlyIds(annotations))), project));
	}

	private void annotationChanged(String action, long id) {
		Map<String, Object> annotation = this.state.annotation(id);
		long project = (Long) annotation.get("project");
		fire(action, project, () -> {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("annotation", this.state.renderAnnotation(annotation));
			payload.put("task", this.state.renderTask(this.state.task((Long) annotation.get("task")), false));
			return withProject(payload, project);
		});
	}

	private Map<String, Object> withProject(Map<String, Object> payload, long project) {
		payload.put("project", this.state.renderProject(this.state.project(project)));
		return payload;
	}

	private static List<Map<String, Object>> onlyIds(List<Long> ids) {
		return ids.stream().<Map<String, Object>>map((id) -> Map.of("id", id)).toList();
	}

	/** Builds the payload once (only when a webhook matches) and queues one delivery per webhook. */
	private void fire(String action, @Nullable Long project, java.util.function.Supplier<Map<String, Object>> payload) {
		List<Map<String, Object>> targets = this.webhooks.matching(action, project);
		if (targets.isEmpty()) {
			return;
		}
		byte[] full = null;
		byte[] actionOnly = this.json.writeValueAsBytes(Map.of("action", action));
		for (Map<String, Object> webhook : targets) {
			byte[] body;
			if (Boolean.TRUE.equals(webhook.get("send_payload"))) {
				if (full == null) {
					Map<String, Object> data = new LinkedHashMap<>();
					data.put("action", action);
					data.putAll(payload.get());
					full = this.json.writeValueAsBytes(data);
				}
				body = full;
			}
			else {
				body = actionOnly;
			}
			long id = (Long) webhook.get("id");
			String url = (String) webhook.get("url");
			Map<String, Object> headers = new LinkedHashMap<>(Support.asMap(webhook.get("headers")));
			submit(id, url, action, headers, body);
		}
	}

	private void submit(long id, String url, String action, Map<String, Object> headers, byte[] body) {
		synchronized (this.monitor) {
			this.pending++;
		}
		try {
			this.sender.execute(() -> {
				WebhookDelivery delivery = send(id, url, action, headers, body);
				synchronized (this.monitor) {
					this.delivered.add(delivery);
					this.pending--;
					this.monitor.notifyAll();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			synchronized (this.monitor) {
				this.pending--;
				this.monitor.notifyAll();
			}
		}
	}

	private WebhookDelivery send(long id, String url, String action, Map<String, Object> headers, byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
				.timeout(TIMEOUT)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body));
			headers.forEach((name, value) -> request.header(name, String.valueOf(value)));
			HttpResponse<Void> response = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
			return new WebhookDelivery(id, url, action, text, response.statusCode(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new WebhookDelivery(id, url, action, text, 0, "interrupted");
		}
		catch (Exception ex) {
			return new WebhookDelivery(id, url, action, text, 0, ex.getClass().getSimpleName());
		}
	}

	/**
	 * Wait until every delivery started so far has ended (each ends within its 1 s timeout).
	 * @param timeout how long to wait at most
	 * @return whether they all ended in time
	 */
	public boolean await(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.monitor) {
			while (this.pending > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this.monitor, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

	/** The deliveries that ended, in order. */
	public List<WebhookDelivery> delivered() {
		synchronized (this.monitor) {
			return List.copyOf(this.delivered);
		}
	}

	/** Forget the deliveries that ended. */
	void clear() {
		synchronized (this.monitor) {
			this.delivered.clear();
		}
	}

	@Override
	public void close() {
		this.sender.shutdownNow();
		this.httpThreads.shutdownNow();
	}

}
