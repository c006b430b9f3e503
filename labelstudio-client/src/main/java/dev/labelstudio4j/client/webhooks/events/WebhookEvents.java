package dev.labelstudio4j.client.webhooks.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.labelstudio4j.client.annotations.Annotation;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.projects.Project;
import dev.labelstudio4j.client.tasks.Task;
import dev.labelstudio4j.client.webhooks.WebhookAction;

/**
 * Reads the body of a webhook delivery into a {@link WebhookEvent}, with the client's own JSON mapper (Label
 * Studio's wire format, whatever the application's Jackson settings). Each action's payload shape is the
 * server's: {@code ANNOTATION_CREATED}/{@code UPDATED} carry {@code annotation} (an object), {@code task} and
 * {@code project}; {@code ANNOTATIONS_CREATED} carries {@code annotation} and {@code task} as lists;
 * {@code ANNOTATIONS_DELETED} and {@code TASKS_DELETED} ids only; {@code TASKS_CREATED} {@code tasks} and
 * {@code project}; {@code PROJECT_CREATED}/{@code UPDATED} a full project, {@code PROJECT_DELETED} only
 * {@code {"id": n}}; {@code LABEL_LINK_*} {@code label_link} (and {@code label}). A body with an action but
 * without the payload its type needs becomes a {@link RawWebhookEvent}. Thread-safe.
 */
public final class WebhookEvents {

	private static final Log logger = LogFactory.getLog(WebhookEvents.class);

	private WebhookEvents() {
	}

	/**
	 * Read a delivery's body.
	 * @param body the body, UTF-8 JSON
	 * @return the event
	 * @throws InvalidWebhookPayloadException if the body is not a webhook delivery
	 */
	public static WebhookEvent parse(String body) {
		Args.notNull(body, "body");
		return parse(body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Read a delivery's body.
	 * @param body the body, UTF-8 JSON
	 * @return the event
	 * @throws InvalidWebhookPayloadException if the body is not a webhook delivery
	 */
	public static WebhookEvent parse(byte[] body) {
		Args.notNull(body, "body");
		Object value;
		try {
			value = LabelStudioJson.get().mapper().readValue(body, Object.class);
		}
		catch (RuntimeException ex) {
			throw new InvalidWebhookPayloadException("The body is not JSON");
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidWebhookPayloadException("The body is not a JSON object");
		}
		if (!(map.get("action") instanceof String name) || name.isBlank()) {
			throw new InvalidWebhookPayloadException("The body has no string 'action'");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> payload = Collections.unmodifiableMap((Map<String, Object>) map);
		WebhookAction action = WebhookAction.of(name);
		try {
			WebhookEvent event = typed(action, payload);
			if (event != null) {
				return event;
			}
		}
		catch (RuntimeException ex) {
			logger.debug("The payload of a " + action + " webhook does not fit its type (" + ex.getClass().getName()
					+ "); read as a raw event");
		}
		return new RawWebhookEvent(action, payload);
	}

	private static @Nullable WebhookEvent typed(WebhookAction action, Map<String, Object> payload) {
		Object project = payload.get("project");
		return switch (action.value()) {
			case "ANNOTATION_CREATED" -> (payload.get("annotation") instanceof Map<?, ?> annotation) && identified(annotation)
					? new AnnotationCreatedEvent(convert(annotation, Annotation.class), optional(payload.get("task"),
							Task.class), optional(project, Project.class), payload)
					: null;
			case "ANNOTATION_UPDATED" -> (payload.get("annotation") instanceof Map<?, ?> annotation) && identified(annotation)
					? new AnnotationUpdatedEvent(convert(annotation, Annotation.class), optional(payload.get("task"),
							Task.class), optional(project, Project.class), payload)
					: null;
			case "ANNOTATIONS_CREATED" -> (payload.get("annotation") instanceof List<?> annotations)
					? new AnnotationsCreatedEvent(convertList(annotations, Annotation.class),
							(payload.get("task") instanceof List<?> tasks) ? convertList(tasks, Task.class) : List.of(),
							optional(project, Project.class), payload)
					: null;
			case "ANNOTATIONS_DELETED" -> (payload.get("annotations") instanceof List<?> annotations)
					? new AnnotationsDeletedEvent(ids(annotations), optional(project, Project.class), payload) : null;
			case "TASKS_CREATED" -> (payload.get("tasks") instanceof List<?> tasks)
					? new TasksCreatedEvent(convertList(tasks, Task.class), optional(project, Project.class), payload)
					: null;
			case "TASKS_DELETED" -> (payload.get("tasks") instanceof List<?> tasks)
					? new TasksDeletedEvent(ids(tasks), optional(project, Project.class), payload) : null;
			case "PROJECT_CREATED" -> (project instanceof Map<?, ?> map)
					? new ProjectCreatedEvent(convert(map, Project.class), payload) : null;
			case "PROJECT_UPDATED" -> (project instanceof Map<?, ?> map)
					? new ProjectUpdatedEvent(convert(map, Project.class), payload) : null;
			case "PROJECT_DELETED" -> (project instanceof Map<?, ?> map && map.get("id") instanceof Number id)
					? new ProjectDeletedEvent(id.longValue(), payload) : null;
			case "LABEL_LINK_CREATED" -> labelLinkCreated(payload, project);
			case "LABEL_LINK_UPDATED" -> (payload.get("label_link") instanceof Map<?, ?> link)
					? new LabelLinkUpdatedEvent(readOnly(link),
							(payload.get("label") instanceof Map<?, ?> label) ? readOnly(label) : null,
							optional(project, Project.class), payload)
					: null;
			case "LABEL_LINK_DELETED" -> (payload.get("label_link") instanceof Map<?, ?> link
					&& link.get("id") instanceof Number id)
					? new LabelLinkDeletedEvent(id.longValue(), optional(project, Project.class), payload) : null;
			default -> null;
		};
	}

	/** {@code label_link} is a list ({@code many=True} on the server); a single object is read as a list of one. */
	private static @Nullable WebhookEvent labelLinkCreated(Map<String, Object> payload, @Nullable Object project) {
		Object links = payload.get("label_link");
		List<?> list = (links instanceof List<?> l) ? l : (links instanceof Map<?, ?> m) ? List.of(m) : null;
		if (list == null) {
			return null;
		}
		List<Map<String, Object>> out = new ArrayList<>();
		for (Object link : list) {
			if (!(link instanceof Map<?, ?> map)) {
				return null;
			}
			out.add(readOnly(map));
		}
		return new LabelLinkCreatedEvent(List.copyOf(out), optional(project, Project.class), payload);
	}

	private static JsonMapper mapper() {
		return LabelStudioJson.get().mapper();
	}

	/** Whether an object carries a numeric id: the models read anything, but an event needs to name its object. */
	private static boolean identified(Map<?, ?> object) {
		return object.get("id") instanceof Number;
	}

	private static <T> T convert(Object value, Class<T> type) {
		return mapper().convertValue(value, type);
	}

	private static <T> @Nullable T optional(@Nullable Object value, Class<T> type) {
		return (value instanceof Map<?, ?>) ? convert(value, type) : null;
	}

	private static <T> List<T> convertList(List<?> values, Class<T> type) {
		List<T> out = new ArrayList<>(values.size());
		for (Object value : values) {
			if (!(value instanceof Map<?, ?>)) {
				throw new IllegalArgumentException("not an object");
			}
			out.add(convert(value, type));
		}
		return List.copyOf(out);
	}

	/** The ids of {@code [{"id": 1}, ...]}; plain numbers are read as ids too. */
	private static List<Long> ids(List<?> values) {
		List<Long> out = new ArrayList<>(values.size());
		for (Object value : values) {
			Object id = (value instanceof Map<?, ?> map) ? map.get("id") : value;
			if (!(id instanceof Number number)) {
				throw new IllegalArgumentException("not an id");
			}
			out.add(number.longValue());
		}
		return List.copyOf(out);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readOnly(Map<?, ?> map) {
		return Collections.unmodifiableMap((Map<String, Object>) map);
	}

}
