package dev.labelstudio4j.client.actions;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * Which tasks {@link ActionsClient#create(ActionId, long, ActionCreate)} applies to: a view, or filters,
 * a selection and an ordering. Immutable; what is not set is not sent.
 * <p>
 * Without a view and without {@link #selectedItems() selected items} the server applies the action to
 * all tasks of the project that pass the filters.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ActionCreate {

	private final @Nullable Long view;

	private final @Nullable Filters filters;

	private final @Nullable SelectedItems selectedItems;

	private final @Nullable List<String> ordering;

	private ActionCreate(Builder builder) {
		this.view = builder.view;
		this.filters = builder.filters;
		this.selectedItems = builder.selectedItems;
		this.ordering = builder.ordering;
	}

	/**
	 * Create a new builder.
	 * @return a builder with nothing set
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the view whose filters, selection and ordering to use (sent as the {@code view} query
	 * parameter; it takes precedence over the body).
	 * @return the view id or {@code null}
	 */
	@JsonIgnore
	public @Nullable Long view() {
		return this.view;
	}

	/**
	 * Return the filters applied to the tasks.
	 * @return the filters or {@code null}
	 */
	@JsonProperty
	public @Nullable Filters filters() {
		return this.filters;
	}

	/**
	 * Return the selected tasks (sent as {@code selectedItems}, in camel case as the server expects).
	 * @return the selection or {@code null}
	 */
	@JsonProperty("selectedItems")
	public @Nullable SelectedItems selectedItems() {
		return this.selectedItems;
	}

	/**
	 * Return the fields to order by, for example {@code tasks:total_annotations} or {@code -tasks:created_at}.
	 * @return the ordering or {@code null}
	 */
	@JsonProperty
	public @Nullable List<String> ordering() {
		return this.ordering;
	}

	@Override
	public String toString() {
		return "ActionCreate[view=" + this.view + ", filters=" + this.filters + ", selectedItems="
				+ this.selectedItems + ", ordering=" + this.ordering + "]";
	}

	/**
	 * Builder for {@link ActionCreate}.
	 */
	public static final class Builder {

		private @Nullable Long view;

		private @Nullable Filters filters;

		private @Nullable SelectedItems selectedItems;

		private @Nullable List<String> ordering;

		private Builder() {
		}

		/**
		 * Set the view whose filters, selection and ordering to use.
		 * @param view the view id
		 * @return this builder
		 */
		public Builder view(long view) {
			this.view = Args.positive(view, "view");
			return this;
		}

		/**
		 * Set the filters applied to the tasks.
		 * @param filters the filters
		 * @return this builder
		 */
		public Builder filters(Filters filters) {
			this.filters = Args.notNull(filters, "filters");
			return this;
		}

		/**
		 * Set the selected tasks.
		 * @param selectedItems the selection
		 * @return this builder
		 */
		public Builder selectedItems(SelectedItems selectedItems) {
			this.selectedItems = Args.notNull(selectedItems, "selectedItems");
			return this;
		}

		/**
		 * Set the fields to order by; a leading {@code -} reverses the order.
		 * @param fields the fields, for example {@code tasks:total_annotations}
		 * @return this builder
		 */
		public Builder ordering(String... fields) {
			return ordering(Arrays.asList(Args.notNull(fields, "ordering")));
		}

		/**
		 * Set the fields to order by; a leading {@code -} reverses the order.
		 * @param fields the fields, for example {@code tasks:total_annotations}
		 * @return this builder
		 */
		public Builder ordering(List<String> fields) {
			Args.notNull(fields, "ordering");
			fields.forEach((field) -> Args.notBlank(field, "ordering"));
			this.ordering = List.copyOf(fields);
			return this;
		}

		/**
		 * Build the immutable params.
		 * @return the params
		 */
		public ActionCreate build() {
			return new ActionCreate(this);
		}

	}

}
