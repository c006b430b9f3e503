package dev.labelstudio4j.client.tasks;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * An event recorded on a task ({@code POST /api/tasks/{id}/events/}): what happened in the labeling
 * interface, and when.
 * <p>
 * Read leniently from Label Studio's JSON: a declared field that arrives with another JSON type makes its
 * accessor answer {@code null} (a list accessor the elements of the expected type, none when it is not an
 * array) instead of failing the call, and is logged at DEBUG (model and field, never the value). Integers are also read from whole numbers ({@code 12.0}) and from
 * strings holding them ({@code "12"}), numbers from numeric strings, date-times from ISO-8601 strings with
 * an offset or without one (then UTC, parsed on first access). {@link #rawField(String)} answers any field
 * as sent, {@link #additionalProperties()} the fields this class does not declare; serializing the model
 * writes its JSON object back unchanged. Immutable: use {@link #builder()} or {@link #toBuilder()} to make
 * one. Two instances are equal when their JSON objects are.
 */
public final class TaskEvent {

	private static final ModelSchema SCHEMA = ModelSchema.of("TaskEvent")
		.field("id", FieldKind.INTEGER)
		.field("task", FieldKind.INTEGER)
		.field("project", FieldKind.INTEGER)
		.field("organization", FieldKind.INTEGER)
		.field("actor", FieldKind.INTEGER)
		.field("event_key", FieldKind.STRING)
		.field("event_time", FieldKind.DATE_TIME)
		.field("annotation", FieldKind.INTEGER)
		.field("annotation_draft", FieldKind.INTEGER)
		.field("review", FieldKind.INTEGER)
		.field("meta", FieldKind.ANY)
		.field("created_at", FieldKind.DATE_TIME)
		.build();

	private final Map<String, Object> json;

	private @Nullable OffsetDateTime eventTime;

	private @Nullable OffsetDateTime createdAt;

	private TaskEvent(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static TaskEvent fromJson(Map<String, Object> json) {
		return new TaskEvent(json);
	}

	/**
	 * Return the event id, {@code 0} when absent or not an integer ({@code id}).
	 * @return the value
	 */
	public long id() {
		return JsonValues.toLongOrZero(this.json.get("id"));
	}

	/**
	 * Return the task id ({@code task}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long task() {
		return JsonValues.toLong(this.json.get("task"));
	}

	/**
	 * Return the project id ({@code project}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long project() {
		return JsonValues.toLong(this.json.get("project"));
	}

	/**
	 * Return the organization id ({@code organization}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long organization() {
		return JsonValues.toLong(this.json.get("organization"));
	}

	/**
	 * Return the id of the user who caused the event ({@code actor}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long actor() {
		return JsonValues.toLong(this.json.get("actor"));
	}

	/**
	 * Return the kind of event, for example {@code annotation_loaded} ({@code event_key}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String eventKey() {
		return JsonValues.toStringValue(this.json.get("event_key"));
	}

	/**
	 * Return when it happened (the interface's clock) ({@code event_time}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime eventTime() {
		OffsetDateTime value = this.eventTime;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("event_time"));
			this.eventTime = value;
		}
		return value;
	}

	/**
	 * Return the annotation it concerns ({@code annotation}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long annotation() {
		return JsonValues.toLong(this.json.get("annotation"));
	}

	/**
	 * Return the draft it concerns ({@code annotation_draft}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long annotationDraft() {
		return JsonValues.toLong(this.json.get("annotation_draft"));
	}

	/**
	 * Return the review it concerns ({@code review}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Long review() {
		return JsonValues.toLong(this.json.get("review"));
	}

	/**
	 * Return details, as the server keeps them ({@code meta}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Object meta() {
		return JsonValues.readOnly(this.json.get("meta"));
	}

	/**
	 * Return when the server recorded it ({@code created_at}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable OffsetDateTime createdAt() {
		OffsetDateTime value = this.createdAt;
		if (value == null) {
			value = JsonValues.toDateTime(this.json.get("created_at"));
			this.createdAt = value;
		}
		return value;
	}

	/**
	 * Return the fields of the JSON object that this class does not declare, as the server sent them.
	 * @return a read-only map, empty when there are none
	 */
	public Map<String, Object> additionalProperties() {
		return SCHEMA.additionalProperties(this.json);
	}

	/**
	 * Return a field of the JSON object as the server sent it, whether declared or not, whatever its JSON
	 * type.
	 * @param name the field's JSON name, for example {@code "id"}
	 * @return the value (objects and arrays as read-only maps and lists), or {@code null} when absent or
	 * JSON {@code null}
	 */
	public @Nullable Object rawField(String name) {
		return JsonValues.readOnly(this.json.get(name));
	}

	/**
	 * Return the whole JSON object, declared and additional fields, as read or built; this is what
	 * serializing the model writes.
	 * @return a read-only map
	 */
	@JsonValue
	public Map<String, Object> rawJson() {
		return JsonValues.readOnlyMap(this.json);
	}

	/**
	 * Return a builder that starts from every field of this {@code TaskEvent}, additional ones included.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this.json);
	}

	/**
	 * Return a builder with no field set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(Map.of());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof TaskEvent that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code TaskEvent}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link TaskEvent}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the event id ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(long id) {
			return set("id", JsonValues.number(id));
		}

		/**
		 * Set the task id ({@code task}).
		 * @param task the value
		 * @return this builder
		 */
		public Builder task(@Nullable Long task) {
			return set("task", JsonValues.number(task));
		}

		/**
		 * Set the project id ({@code project}).
		 * @param project the value
		 * @return this builder
		 */
		public Builder project(@Nullable Long project) {
			return set("project", JsonValues.number(project));
		}

		/**
		 * Set the organization id ({@code organization}).
		 * @param organization the value
		 * @return this builder
		 */
		public Builder organization(@Nullable Long organization) {
			return set("organization", JsonValues.number(organization));
		}

		/**
		 * Set the id of the user who caused the event ({@code actor}).
		 * @param actor the value
		 * @return this builder
		 */
		public Builder actor(@Nullable Long actor) {
			return set("actor", JsonValues.number(actor));
		}

		/**
		 * Set the kind of event, for example {@code annotation_loaded} ({@code event_key}).
		 * @param eventKey the value
		 * @return this builder
		 */
		public Builder eventKey(@Nullable String eventKey) {
			return set("event_key", eventKey);
		}

		/**
		 * Set when it happened (the interface's clock) ({@code event_time}).
		 * @param eventTime the value
		 * @return this builder
		 */
		public Builder eventTime(@Nullable OffsetDateTime eventTime) {
			return set("event_time", JsonValues.dateTime(eventTime));
		}

		/**
		 * Set the annotation it concerns ({@code annotation}).
		 * @param annotation the value
		 * @return this builder
		 */
		public Builder annotation(@Nullable Long annotation) {
			return set("annotation", JsonValues.number(annotation));
		}

		/**
		 * Set the draft it concerns ({@code annotation_draft}).
		 * @param annotationDraft the value
		 * @return this builder
		 */
		public Builder annotationDraft(@Nullable Long annotationDraft) {
			return set("annotation_draft", JsonValues.number(annotationDraft));
		}

		/**
		 * Set the review it concerns ({@code review}).
		 * @param review the value
		 * @return this builder
		 */
		public Builder review(@Nullable Long review) {
			return set("review", JsonValues.number(review));
		}

		/**
		 * Set details, as the server keeps them ({@code meta}).
		 * @param meta the value
		 * @return this builder
		 */
		public Builder meta(@Nullable Object meta) {
			return set("meta", JsonValues.copy(meta));
		}

		/**
		 * Set when the server recorded it ({@code created_at}).
		 * @param createdAt the value
		 * @return this builder
		 */
		public Builder createdAt(@Nullable OffsetDateTime createdAt) {
			return set("created_at", JsonValues.dateTime(createdAt));
		}

		/**
		 * Set a field this class does not declare (a deep copy of the value is kept).
		 * @param name the field's JSON name, not a declared one
		 * @param value the JSON value (maps, lists, strings, numbers, booleans), {@code null} to remove the
		 * field
		 * @return this builder
		 * @throws IllegalArgumentException if the name is blank or a declared field
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			return set(SCHEMA.additionalName(name), JsonValues.copy(value));
		}

		/**
		 * Set several fields this class does not declare, as {@link #additionalProperty(String, Object)}.
		 * @param properties the fields by JSON name
		 * @return this builder
		 */
		public Builder additionalProperties(Map<String, ?> properties) {
			if (properties == null) {
				throw new IllegalArgumentException("properties must not be null");
			}
			properties.forEach(this::additionalProperty);
			return this;
		}

		private Builder set(String name, @Nullable Object value) {
			if (value == null) {
				this.json.remove(name);
			}
			else {
				this.json.put(name, value);
			}
			return this;
		}

		/**
		 * Build the immutable {@code TaskEvent}.
		 * @return the model
		 */
		public TaskEvent build() {
			return new TaskEvent(new LinkedHashMap<>(this.json));
		}

	}

}
