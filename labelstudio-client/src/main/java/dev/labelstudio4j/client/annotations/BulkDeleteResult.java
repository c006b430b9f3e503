package dev.labelstudio4j.client.annotations;

import org.jspecify.annotations.Nullable;

/**
 * What {@link AnnotationsClient#deleteBulk(long, java.util.List)} did: how many annotations were asked to be
 * deleted and how many the server says it deleted (ids that do not exist, or belong to another project, are
 * not deleted).
 *
 * @param requested the number of ids sent
 * @param deleted the number the server deleted, or {@code null} when its answer did not say
 */
public record BulkDeleteResult(int requested, @Nullable Integer deleted) {

	/**
	 * Whether the server said it deleted every annotation asked for.
	 * @return whether {@link #deleted()} equals {@link #requested()}
	 */
	public boolean allDeleted() {
		return this.deleted != null && this.deleted == this.requested;
	}

}
