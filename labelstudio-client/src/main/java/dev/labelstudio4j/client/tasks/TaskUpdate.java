package dev.labelstudio4j.client.tasks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * The fields to change on a task with {@link TasksClient#update(long, TaskUpdate)}. Immutable; unset
 * fields are not sent.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
public final class TaskUpdate {

	private final @Nullable Map<String, Object> data;

	private final @Nullable Map<String, Object> meta;

	private final @Nullable Long project;

	private TaskUpdate(Builder builder) {
		this.data = builder.data;
		this.meta = builder.meta;
		this.project = builder.project;
	}

	/**
	 * Start building the update.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** The new task data (replaces the whole {@code data}). */
	public @Nullable Map<String, Object> data() {
		return this.data;
	}

	/** The new meta data. */
	public @Nullable Map<String, Object> meta() {
		return this.meta;
	}

	/** The project to move the task to. */
	public @Nullable Long project() {
		return this.project;
	}

	@Override
	public String toString() {
		return "TaskUpdate[data=" + ((this.data != null) ? this.data.keySet() : null) + ", project=" + this.project
				+ "]";
	}

	/** Builder for {@link TaskUpdate}. */
	public static final class Builder {

		private @Nullable Map<String, Object> data;

		private @Nullable Map<String, Object> meta;

		private @Nullable Long project;

		private Builder() {
		}

		/** The new task data; copied. */
		public Builder data(@Nullable Map<String, ?> data) {
			this.data = copy(data);
			return this;
		}

		/** The new meta data; copied. */
		public Builder meta(@Nullable Map<String, ?> meta) {
			this.meta = copy(meta);
			return this;
		}

		/** The project id; positive when set. */
		public Builder project(@Nullable Long project) {
			if (project != null && project <= 0) {
				throw new IllegalArgumentException("project must be positive but was " + project);
			}
			this.project = project;
			return this;
		}

		public TaskUpdate build() {
			return new TaskUpdate(this);
		}

		private static @Nullable Map<String, Object> copy(@Nullable Map<String, ?> map) {
			return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : null;
		}

	}

}
