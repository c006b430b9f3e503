package dev.labelstudio4j.client.tasks;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * The body of {@link TasksClient#createEvent(long, TaskEventCreate)}. Immutable; fields that are not set are
 * not sent; the event key and time are required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TaskEventCreate {

	private final String eventKey;

	private final OffsetDateTime eventTime;

	private final @Nullable Long annotation;

	private final @Nullable Long annotationDraft;

	private final @Nullable Long review;

	private final @Nullable Map<String, Object> meta;

	private TaskEventCreate(String eventKey, OffsetDateTime eventTime, Builder builder) {
		this.eventKey = eventKey;
		this.eventTime = eventTime;
		this.annotation = builder.annotation;
		this.annotationDraft = builder.annotationDraft;
		this.review = builder.review;
		this.meta = builder.meta;
	}

	/**
	 * Create a new builder.
	 * @param eventKey the kind of event ({@code annotation_loaded}, ...), at most 255 characters
	 * @param eventTime when it happened
	 * @return a builder
	 */
	public static Builder builder(String eventKey, OffsetDateTime eventTime) {
		return new Builder(eventKey, eventTime);
	}

	/**
	 * Return the kind of event.
	 * @return the key
	 */
	@JsonProperty
	public String eventKey() {
		return this.eventKey;
	}

	/**
	 * Return when the event happened.
	 * @return the time
	 */
	@JsonProperty
	public OffsetDateTime eventTime() {
		return this.eventTime;
	}

	/**
	 * Return the annotation the event concerns.
	 * @return the id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long annotation() {
		return this.annotation;
	}

	/**
	 * Return the draft the event concerns.
	 * @return the id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long annotationDraft() {
		return this.annotationDraft;
	}

	/**
	 * Return the review the event concerns.
	 * @return the id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long review() {
		return this.review;
	}

	/**
	 * Return the event's details.
	 * @return the details or {@code null}
	 */
	@JsonProperty
	public @Nullable Map<String, Object> meta() {
		return this.meta;
	}

	@Override
	public String toString() {
		return "TaskEventCreate[eventKey=" + this.eventKey + ", eventTime=" + this.eventTime + "]";
	}

	/** Builder for {@link TaskEventCreate}. */
	public static final class Builder {

		private final String eventKey;

		private final OffsetDateTime eventTime;

		private @Nullable Long annotation;

		private @Nullable Long annotationDraft;

		private @Nullable Long review;

		private @Nullable Map<String, Object> meta;

		private Builder(String eventKey, OffsetDateTime eventTime) {
			Args.notBlank(eventKey, "eventKey");
			if (eventKey.length() > 255) {
				throw new IllegalArgumentException("eventKey must be at most 255 characters but has " + eventKey.length());
			}
			this.eventKey = eventKey;
			this.eventTime = Args.notNull(eventTime, "eventTime");
		}

		/**
		 * Set the annotation the event concerns.
		 * @param annotation the annotation id
		 * @return this builder
		 */
		public Builder annotation(long annotation) {
			this.annotation = Args.positive(annotation, "annotation");
			return this;
		}

		/**
		 * Set the draft the event concerns.
		 * @param annotationDraft the draft id
		 * @return this builder
		 */
		public Builder annotationDraft(long annotationDraft) {
			this.annotationDraft = Args.positive(annotationDraft, "annotationDraft");
			return this;
		}

		/**
		 * Set the review the event concerns.
		 * @param review the review id
		 * @return this builder
		 */
		public Builder review(long review) {
			this.review = Args.positive(review, "review");
			return this;
		}

		/**
		 * Set the event's details.
		 * @param meta the details
		 * @return this builder
		 */
		public Builder meta(Map<String, Object> meta) {
			this.meta = Map.copyOf(Args.notNull(meta, "meta"));
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 */
		public TaskEventCreate build() {
			return new TaskEventCreate(this.eventKey, this.eventTime, this);
		}

	}

}
