package dev.labelstudio4j.client.tasks;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * Filters and paging for {@link TasksClient#list(TaskListParams)}. Immutable.
 */
public final class TaskListParams {

	/** Page size asked for when none is set. */
	public static final int DEFAULT_PAGE_SIZE = 100;

	private final @Nullable Long project;

	private final @Nullable Long view;

	private final @Nullable TaskFields fields;

	private final @Nullable Boolean resolveUri;

	private final @Nullable String query;

	private final @Nullable Boolean review;

	private final @Nullable String include;

	private final int page;

	private final int pageSize;

	private TaskListParams(Builder builder) {
		this.project = builder.project;
		this.view = builder.view;
		this.fields = builder.fields;
		this.resolveUri = builder.resolveUri;
		this.query = builder.query;
		this.review = builder.review;
		this.include = builder.include;
		this.page = builder.page;
		this.pageSize = builder.pageSize;
	}

	/**
	 * Start building the parameters; every field is optional.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Project id (query {@code project}). */
	public @Nullable Long project() {
		return this.project;
	}

	/** Data Manager view id (query {@code view}). */
	public @Nullable Long view() {
		return this.view;
	}

	/** Which fields to return (query {@code fields}). */
	public @Nullable TaskFields fields() {
		return this.fields;
	}

	/** Whether to resolve data URIs through cloud storage (query {@code resolve_uri}). */
	public @Nullable Boolean resolveUri() {
		return this.resolveUri;
	}

	/** JSON-encoded Data Manager query with {@code filters}, {@code selectedItems}, {@code ordering}. */
	public @Nullable String query() {
		return this.query;
	}

	/** Whether to list tasks for review (query {@code review}). */
	public @Nullable Boolean review() {
		return this.review;
	}

	/** Fields to include in the answer (query {@code include}). */
	public @Nullable String include() {
		return this.include;
	}

	/** First page to fetch, from 1. */
	public int page() {
		return this.page;
	}

	/** Page size asked for (a server may cap it). */
	public int pageSize() {
		return this.pageSize;
	}

	@Override
	public String toString() {
		return "TaskListParams[project=" + this.project + ", view=" + this.view + ", fields=" + this.fields
				+ ", page=" + this.page + ", pageSize=" + this.pageSize + "]";
	}

	/** Builder for {@link TaskListParams}. */
	public static final class Builder {

		private @Nullable Long project;

		private @Nullable Long view;

		private @Nullable TaskFields fields;

		private @Nullable Boolean resolveUri;

		private @Nullable String query;

		private @Nullable Boolean review;

		private @Nullable String include;

		private int page = 1;

		private int pageSize = DEFAULT_PAGE_SIZE;

		private Builder() {
		}

		/** Only tasks of this project; positive. */
		public Builder project(long project) {
			if (project <= 0) {
				throw new IllegalArgumentException("project must be positive but was " + project);
			}
			this.project = project;
			return this;
		}

		/** Only tasks of this Data Manager view; positive. */
		public Builder view(long view) {
			if (view <= 0) {
				throw new IllegalArgumentException("view must be positive but was " + view);
			}
			this.view = view;
			return this;
		}

		public Builder fields(@Nullable TaskFields fields) {
			this.fields = fields;
			return this;
		}

		public Builder resolveUri(@Nullable Boolean resolveUri) {
			this.resolveUri = resolveUri;
			return this;
		}

		/**
		 * A JSON-encoded Data Manager query, for example
		 * {@code {"filters":{"conjunction":"and","items":[...]},"ordering":["tasks:id"]}}.
		 */
		public Builder query(@Nullable String query) {
			this.query = query;
			return this;
		}

		public Builder review(@Nullable Boolean review) {
			this.review = review;
			return this;
		}

		/** Comma-separated fields to include; not blank ({@code null} for the server's default). */
		public Builder include(@Nullable String include) {
			this.include = Args.nullOrNotBlank(include, "include");
			return this;
		}

		public Builder page(int page) {
			if (page < 1) {
				throw new IllegalArgumentException("page must be at least 1 but was " + page);
			}
			this.page = page;
			return this;
		}

		public Builder pageSize(int pageSize) {
			if (pageSize < 1) {
				throw new IllegalArgumentException("pageSize must be at least 1 but was " + pageSize);
			}
			this.pageSize = pageSize;
			return this;
		}

		public TaskListParams build() {
			return new TaskListParams(this);
		}

	}

}
