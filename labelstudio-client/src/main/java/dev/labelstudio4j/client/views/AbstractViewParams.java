package dev.labelstudio4j.client.views;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.actions.Filters;
import dev.labelstudio4j.client.internal.Args;

import org.springframework.util.ClassUtils;

/**
 * The view fields that {@link ViewCreate} and {@link ViewUpdate} share: the project, the view data, their
 * accessors, how they are written as JSON (the accessors, unset ones left out) and the builder setters.
 * Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class AbstractViewParams {

	private final @Nullable Long project;

	private final @Nullable Map<String, Object> data;

	AbstractViewParams(AbstractBuilder<?> builder) {
		this.project = builder.project;
		this.data = builder.data.isEmpty() ? null : Collections.unmodifiableMap(new LinkedHashMap<>(builder.data));
	}

	/**
	 * Return the project the view belongs to.
	 * @return the project id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long project() {
		return this.project;
	}

	/**
	 * Return the view data.
	 * @return the data or {@code null} when nothing was set
	 */
	@JsonProperty
	public @Nullable Map<String, Object> data() {
		return this.data;
	}

	@Override
	public String toString() {
		return ClassUtils.getShortName(getClass()) + "[project=" + this.project + ", data=" + this.data + "]";
	}

	/**
	 * The builder setters of the shared fields.
	 * @param <B> the type of the concrete builder
	 */
	abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {

		private @Nullable Long project;

		private final Map<String, Object> data = new LinkedHashMap<>();

		AbstractBuilder() {
		}

		/**
		 * Return this builder as its concrete type.
		 * @return this builder
		 */
		abstract B self();

		/**
		 * Set the project the view belongs to.
		 * @param project the project id
		 * @return this builder
		 */
		public B project(long project) {
			this.project = Args.positive(project, "project");
			return self();
		}

		/**
		 * Set the title of the tab ({@code data.title}).
		 * @param title the title
		 * @return this builder
		 */
		public B title(String title) {
			return data("title", Args.notBlank(title, "title"));
		}

		/**
		 * Set the filters of the view ({@code data.filters}).
		 * @param filters the filters
		 * @return this builder
		 */
		public B filters(Filters filters) {
			return data("filters", Args.notNull(filters, "filters"));
		}

		/**
		 * Set the fields to order by ({@code data.ordering}); a leading {@code -} reverses the order.
		 * @param fields the fields, for example {@code tasks:total_annotations}
		 * @return this builder
		 */
		public B ordering(String... fields) {
			return ordering(Arrays.asList(Args.notNull(fields, "ordering")));
		}

		/**
		 * Set the fields to order by ({@code data.ordering}); a leading {@code -} reverses the order.
		 * @param fields the fields, for example {@code tasks:total_annotations}
		 * @return this builder
		 */
		public B ordering(List<String> fields) {
			Args.notNull(fields, "ordering");
			fields.forEach((field) -> Args.notBlank(field, "ordering"));
			return data("ordering", List.copyOf(fields));
		}

		/**
		 * Set any other key of the view data, for example {@code hiddenColumns}.
		 * @param key the key in {@code data}
		 * @param value the value, written as JSON
		 * @return this builder
		 */
		public B data(String key, Object value) {
			this.data.put(Args.notBlank(key, "key"), Args.notNull(value, "value"));
			return self();
		}

	}

}
