package dev.labelstudio4j.client.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.internal.json.JsonValues;

/**
 * A webhook action (the event a webhook fires for), as an open type: the constants name the actions of
 * Label Studio's open-source server, and {@link #of(String)} keeps any other name a newer or Enterprise server
 * sends ({@code REVIEW_CREATED}, ...) instead of failing. Two actions are equal when their names are.
 */
public final class WebhookAction {

	/** A project was created (organization-only). */
	public static final WebhookAction PROJECT_CREATED = new WebhookAction("PROJECT_CREATED");

	/** A project was updated. */
	public static final WebhookAction PROJECT_UPDATED = new WebhookAction("PROJECT_UPDATED");

	/** A project was deleted (organization-only). */
	public static final WebhookAction PROJECT_DELETED = new WebhookAction("PROJECT_DELETED");

	/** Tasks were created (an import, a storage sync, one task). */
	public static final WebhookAction TASKS_CREATED = new WebhookAction("TASKS_CREATED");

	/** Tasks were deleted. */
	public static final WebhookAction TASKS_DELETED = new WebhookAction("TASKS_DELETED");

	/** An annotation was created. */
	public static final WebhookAction ANNOTATION_CREATED = new WebhookAction("ANNOTATION_CREATED");

	/** Annotations were created in bulk (for example from predictions in the Data Manager). */
	public static final WebhookAction ANNOTATIONS_CREATED = new WebhookAction("ANNOTATIONS_CREATED");

	/** An annotation was updated. */
	public static final WebhookAction ANNOTATION_UPDATED = new WebhookAction("ANNOTATION_UPDATED");

	/** Annotations were deleted. */
	public static final WebhookAction ANNOTATIONS_DELETED = new WebhookAction("ANNOTATIONS_DELETED");

	/** Label links were created (labels manager). */
	public static final WebhookAction LABEL_LINK_CREATED = new WebhookAction("LABEL_LINK_CREATED");

	/** A label link was updated. */
	public static final WebhookAction LABEL_LINK_UPDATED = new WebhookAction("LABEL_LINK_UPDATED");

	/** A label link was deleted. */
	public static final WebhookAction LABEL_LINK_DELETED = new WebhookAction("LABEL_LINK_DELETED");

	private static final List<WebhookAction> KNOWN = List.of(PROJECT_CREATED, PROJECT_UPDATED, PROJECT_DELETED,
			TASKS_CREATED, TASKS_DELETED, ANNOTATION_CREATED, ANNOTATIONS_CREATED, ANNOTATION_UPDATED,
			ANNOTATIONS_DELETED, LABEL_LINK_CREATED, LABEL_LINK_UPDATED, LABEL_LINK_DELETED);

	private static final Set<String> ORGANIZATION_ONLY = Set.of("PROJECT_CREATED", "PROJECT_DELETED");

	private final String value;

	private WebhookAction(String value) {
		this.value = value;
	}

	/**
	 * Return the action with this name: one of the constants, or a new instance for a name they do not cover.
	 * @param value the action's name as Label Studio writes it, for example {@code ANNOTATION_CREATED}
	 * @return the action
	 * @throws IllegalArgumentException if the name is blank
	 */
	@JsonCreator
	public static WebhookAction of(String value) {
		Args.notBlank(value, "value");
		for (WebhookAction known : KNOWN) {
			if (known.value.equals(value)) {
				return known;
			}
		}
		return new WebhookAction(value);
	}

	/**
	 * Read actions from a JSON value: the non-blank strings of an array (a single string as one action).
	 * @param value the JSON value
	 * @return the actions, empty when there are none
	 */
	static List<WebhookAction> readList(@Nullable Object value) {
		List<WebhookAction> actions = new ArrayList<>();
		for (String name : JsonValues.toStringList(value)) {
			if (!name.isBlank()) {
				actions.add(of(name));
			}
		}
		return List.copyOf(actions);
	}

	/**
	 * Return the names of actions, as written in JSON.
	 * @param actions the actions, or {@code null}
	 * @return the names, or {@code null} when {@code actions} is {@code null}
	 * @throws IllegalArgumentException if an element is {@code null}
	 */
	static @Nullable List<Object> names(@Nullable List<WebhookAction> actions) {
		if (actions == null) {
			return null;
		}
		List<Object> names = new ArrayList<>(actions.size());
		for (WebhookAction action : actions) {
			if (action == null) {
				throw new IllegalArgumentException("actions must not contain null");
			}
			names.add(action.value());
		}
		return names;
	}

	/**
	 * Return the actions of Label Studio's open-source server, the constants of this class.
	 * @return the actions, in the server's order
	 */
	public static List<WebhookAction> knownValues() {
		return KNOWN;
	}

	/**
	 * Return the action's name as Label Studio writes it.
	 * @return the name, for example {@code ANNOTATION_CREATED}
	 */
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * Return whether this action is one of the constants of this class.
	 * @return whether the action is known
	 */
	public boolean isKnown() {
		return KNOWN.contains(this);
	}

	/**
	 * Return whether only organization-level webhooks can fire for this action ({@code PROJECT_CREATED},
	 * {@code PROJECT_DELETED}); a project webhook that lists one is refused by the server.
	 * @return whether the action is organization-only
	 */
	public boolean isOrganizationOnly() {
		return ORGANIZATION_ONLY.contains(this.value);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof WebhookAction that && this.value.equals(that.value));
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
