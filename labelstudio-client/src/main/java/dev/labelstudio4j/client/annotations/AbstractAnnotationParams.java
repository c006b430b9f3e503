package dev.labelstudio4j.client.annotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.regions.Region;

import org.springframework.util.ClassUtils;

/**
 * The annotation fields that {@link AnnotationCreate} and {@link AnnotationUpdate} share: the fields, their
 * accessors, how they are written as JSON (the accessors, unset ones left out) and the builder setters.
 * Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class AbstractAnnotationParams {

	private final @Nullable List<Map<String, Object>> result;

	private final @Nullable Long task;

	private final @Nullable Long project;

	private final @Nullable Long completedBy;

	private final @Nullable Long updatedBy;

	private final @Nullable Boolean wasCancelled;

	private final @Nullable Boolean groundTruth;

	private final @Nullable Double leadTime;

	AbstractAnnotationParams(AbstractBuilder<?> builder) {
		this.result = builder.result;
		this.task = builder.task;
		this.project = builder.project;
		this.completedBy = builder.completedBy;
		this.updatedBy = builder.updatedBy;
		this.wasCancelled = builder.wasCancelled;
		this.groundTruth = builder.groundTruth;
		this.leadTime = builder.leadTime;
	}

	/**
	 * Return the labelling result, one map per region.
	 * @return the result or {@code null}
	 */
	@JsonProperty
	public @Nullable List<Map<String, Object>> result() {
		return this.result;
	}

	/**
	 * Return the task the annotation belongs to.
	 * @return the task id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long task() {
		return this.task;
	}

	/**
	 * Return the project the annotation belongs to.
	 * @return the project id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long project() {
		return this.project;
	}

	/**
	 * Return the id of the user who created the annotation.
	 * @return the user id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long completedBy() {
		return this.completedBy;
	}

	/**
	 * Return the id of the user who last updated the annotation.
	 * @return the user id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long updatedBy() {
		return this.updatedBy;
	}

	/**
	 * Return whether the user skipped the task.
	 * @return the flag or {@code null}
	 */
	@JsonProperty
	public @Nullable Boolean wasCancelled() {
		return this.wasCancelled;
	}

	/**
	 * Return whether the annotation is a ground truth.
	 * @return the flag or {@code null}
	 */
	@JsonProperty
	public @Nullable Boolean groundTruth() {
		return this.groundTruth;
	}

	/**
	 * Return how long annotating took, in seconds.
	 * @return the lead time or {@code null}
	 */
	@JsonProperty
	public @Nullable Double leadTime() {
		return this.leadTime;
	}

	@Override
	public String toString() {
		return ClassUtils.getShortName(getClass()) + "[task=" + this.task + ", project=" + this.project + ", regions="
				+ ((this.result != null) ? this.result.size() : null) + ", wasCancelled=" + this.wasCancelled
				+ ", groundTruth=" + this.groundTruth + "]";
	}

	/**
	 * The builder setters of the shared annotation fields.
	 * @param <B> the type of the concrete builder
	 */
	abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {

		private @Nullable List<Map<String, Object>> result;

		private @Nullable Long task;

		private @Nullable Long project;

		private @Nullable Long completedBy;

		private @Nullable Long updatedBy;

		private @Nullable Boolean wasCancelled;

		private @Nullable Boolean groundTruth;

		private @Nullable Double leadTime;

		AbstractBuilder() {
		}

		/**
		 * Return this builder as its concrete type.
		 * @return this builder
		 */
		abstract B self();

		/**
		 * Set the labelling result, one map per region (Label Studio JSON format).
		 * @param result the regions
		 * @return this builder
		 */
		public B result(List<Map<String, Object>> result) {
			Args.noNullElements(result, "result");
			this.result = List.copyOf(result);
			return self();
		}

		/**
		 * Set the labelling result as regions, for example
		 * {@code Region.rectangle("label", "image").x(10).y(20).width(30).height(40).labels("Car").build()};
		 * replaces what {@link #result(List)} set.
		 * @param regions the regions
		 * @return this builder
		 */
		public B regions(List<Region> regions) {
			Args.notNull(regions, "regions");
			List<Map<String, Object>> result = new ArrayList<>(regions.size());
			for (Region region : regions) {
				Args.notNull(region, "regions element");
				result.add(region.rawJson());
			}
			this.result = List.copyOf(result);
			return self();
		}

		/**
		 * Set the labelling result as regions, as {@link #regions(List)}.
		 * @param regions the regions
		 * @return this builder
		 */
		public B regions(Region... regions) {
			Args.notNull(regions, "regions");
			return regions(Arrays.asList(regions));
		}

		/**
		 * Set the task the annotation belongs to.
		 * @param task the task id
		 * @return this builder
		 */
		public B task(long task) {
			this.task = Args.positive(task, "task");
			return self();
		}

		/**
		 * Set the project the annotation belongs to.
		 * @param project the project id
		 * @return this builder
		 */
		public B project(long project) {
			this.project = Args.positive(project, "project");
			return self();
		}

		/**
		 * Set the id of the user who created the annotation.
		 * @param completedBy the user id
		 * @return this builder
		 */
		public B completedBy(long completedBy) {
			this.completedBy = Args.positive(completedBy, "completedBy");
			return self();
		}

		/**
		 * Set the id of the user who last updated the annotation.
		 * @param updatedBy the user id
		 * @return this builder
		 */
		public B updatedBy(long updatedBy) {
			this.updatedBy = Args.positive(updatedBy, "updatedBy");
			return self();
		}

		/**
		 * Set whether the user skipped the task.
		 * @param wasCancelled whether the task was skipped
		 * @return this builder
		 */
		public B wasCancelled(boolean wasCancelled) {
			this.wasCancelled = wasCancelled;
			return self();
		}

		/**
		 * Set whether the annotation is a ground truth.
		 * @param groundTruth whether the annotation is a ground truth
		 * @return this builder
		 */
		public B groundTruth(boolean groundTruth) {
			this.groundTruth = groundTruth;
			return self();
		}

		/**
		 * Set how long annotating took, in seconds.
		 * @param leadTime the lead time, not negative
		 * @return this builder
		 */
		public B leadTime(double leadTime) {
			if (!(leadTime >= 0) || Double.isInfinite(leadTime)) {
				throw new IllegalArgumentException("leadTime must be a finite number >= 0 but was " + leadTime);
			}
			this.leadTime = leadTime;
			return self();
		}

	}

}
