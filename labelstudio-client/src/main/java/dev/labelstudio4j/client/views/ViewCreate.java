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
import dev.labelstudio4j.client.core.Args;

/**
 * The body of {@link ViewsClient#create(ViewCreate)}: the project and the view data (title, filters,
 * ordering and any other key the Data Manager keeps). Immutable; what is not set is not sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ViewCreate {

	private final @Nullable Long project;

	private final @Nullable Map<String, Object> data;

	private ViewCreate(Builder builder) {
		this.project = builder.project;
		this.data = builder.data.isEmpty() ? null : Collections.unmodifiableMap(new LinkedHashMap<>(builder.data));
	}

	/**
	 * Create a new builder.
	 * @return a builder with nothing set
	 */
	public static Builder builder() {
		return new Builder();
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
		return "ViewCreate[project=" + this.project + ", data=" + this.data + "]";
	}

	/**
	 * Builder for {@link ViewCreate}.
	 */
	public static final class Builder {

		private @Nullable Long project;

		private final Map<String, Object> data = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Set the project the view belongs to.
		 * @param project the project id
		 * @return this builder
		 */
		public Builder project(long project) {
			this.project = Args.positive(project, "project");
			return this;
		}

		/**
		 * Set the title of the tab ({@code data.title}).
		 * @param title the title
		 * @return this builder
		 */
		public Builder title(String title) {
			return data("title", Args.notBlank(title, "title"));
		}

		/**
		 * Set the filters of the view ({@code data.filters}).
		 * @param filters the filters
		 * @return this builder
		 */
		public Builder filters(Filters filters) {
			return data("filters", Args.notNull(filters, "filters"));
		}

		/**
		 * Set the fields to order by ({@code data.ordering}); a leading {@code -} reverses the order.
		 * @param fields the fields, for example {@code tasks:total_annotations}
		 * @return this builder
		 */
		public Builder ordering(String... fields) {
			return ordering(Arrays.asList(Args.notNull(fields, "ordering")));
		}

		/**
		 * Set the fields to order by ({@code data.ordering}); a leading {@code -} reverses the order.
		 * @param fields the fields, for example {@code tasks:total_annotations}
		 * @return this builder
		 */
		public Builder ordering(List<String> fields) {
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
		public Builder data(String key, Object value) {
			this.data.put(Args.notBlank(key, "key"), Args.notNull(value, "value"));
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 */
		public ViewCreate build() {
			return new ViewCreate(this);
		}

	}

}
