package dev.labelstudio4j.client.projects;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

/**
 * Filters, ordering and paging for {@link ProjectsClient#list(ProjectListParams)}. Immutable.
 */
public final class ProjectListParams {

	/** Page size asked for when none is set. */
	public static final int DEFAULT_PAGE_SIZE = 100;

	private final @Nullable String ordering;

	private final @Nullable String ids;

	private final @Nullable String title;

	private final int page;

	private final int pageSize;

	private ProjectListParams(Builder builder) {
		this.ordering = builder.ordering;
		this.ids = builder.ids;
		this.title = builder.title;
		this.page = builder.page;
		this.pageSize = builder.pageSize;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Field to order by, for example {@code title} or {@code -created_at}. */
	public @Nullable String ordering() {
		return this.ordering;
	}

	/** Comma-separated project ids to keep. */
	public @Nullable String ids() {
		return this.ids;
	}

	/** Title filter. */
	public @Nullable String title() {
		return this.title;
	}

	/** First page to fetch, from 1. */
	public int page() {
		return this.page;
	}

	/** Page size asked for (a server may cap it). */
	public int pageSize() {
		return this.pageSize;
	}

	/** Builder for {@link ProjectListParams}. */
	public static final class Builder {

		private @Nullable String ordering;

		private @Nullable String ids;

		private @Nullable String title;

		private int page = 1;

		private int pageSize = DEFAULT_PAGE_SIZE;

		private Builder() {
		}

		/** The field to order by, a leading {@code -} reversing the order; not blank ({@code null} for none). */
		public Builder ordering(@Nullable String ordering) {
			this.ordering = Args.nullOrNotBlank(ordering, "ordering");
			return this;
		}

		/** Keep only these project ids. */
		public Builder ids(long... ids) {
			StringBuilder joined = new StringBuilder();
			for (long id : ids) {
				if (id <= 0) {
					throw new IllegalArgumentException("ids must be positive but contained " + id);
				}
				if (joined.length() > 0) {
					joined.append(',');
				}
				joined.append(id);
			}
			this.ids = (joined.length() > 0) ? joined.toString() : null;
			return this;
		}

		public Builder title(@Nullable String title) {
			this.title = title;
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

		public ProjectListParams build() {
			return new ProjectListParams(this);
		}

	}

}
