package dev.labelstudio4j.client.files;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Filters for {@link FilesClient#list(long, FileListParams)}. Immutable.
 */
public final class FileListParams {

	private final @Nullable Boolean all;

	private final List<Long> ids;

	private FileListParams(Builder builder) {
		this.all = builder.all;
		this.ids = builder.ids;
	}

	/**
	 * Start building the filters; every field is optional.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Whether to list every file upload (query {@code all}), or {@code null} to leave it out. */
	public @Nullable Boolean all() {
		return this.all;
	}

	/** File upload ids to keep (one {@code ids} query parameter each); empty for all. */
	public List<Long> ids() {
		return this.ids;
	}

	@Override
	public String toString() {
		return "FileListParams[all=" + this.all + ", ids=" + this.ids + "]";
	}

	/** Builder for {@link FileListParams}. */
	public static final class Builder {

		private @Nullable Boolean all;

		private List<Long> ids = List.of();

		private Builder() {
		}

		public Builder all(@Nullable Boolean all) {
			this.all = all;
			return this;
		}

		/** Keep only these file upload ids; each must be positive. */
		public Builder ids(long... ids) {
			Long[] boxed = new Long[ids.length];
			for (int i = 0; i < ids.length; i++) {
				if (ids[i] <= 0) {
					throw new IllegalArgumentException("ids must be positive but contained " + ids[i]);
				}
				boxed[i] = ids[i];
			}
			this.ids = List.of(boxed);
			return this;
		}

		public FileListParams build() {
			return new FileListParams(this);
		}

	}

}
