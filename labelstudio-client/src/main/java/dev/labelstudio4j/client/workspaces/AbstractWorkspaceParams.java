package dev.labelstudio4j.client.workspaces;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

import dev.labelstudio4j.client.internal.Args;

/**
 * The workspace fields that {@link WorkspaceCreate} and {@link WorkspaceUpdate} share, written as JSON with
 * unset ones left out. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class AbstractWorkspaceParams {

	private final @Nullable String title;

	private final @Nullable String description;

	private final @Nullable Boolean isPublic;

	private final @Nullable Boolean isPersonal;

	private final @Nullable Boolean isArchived;

	private final @Nullable String color;

	AbstractWorkspaceParams(AbstractBuilder<?> builder) {
		this.title = builder.title;
		this.description = builder.description;
		this.isPublic = builder.isPublic;
		this.isPersonal = builder.isPersonal;
		this.isArchived = builder.isArchived;
		this.color = builder.color;
	}

	/**
	 * Return the title.
	 * @return the title or {@code null}
	 */
	@JsonProperty
	public @Nullable String title() {
		return this.title;
	}

	/**
	 * Return the description.
	 * @return the description or {@code null}
	 */
	@JsonProperty
	public @Nullable String description() {
		return this.description;
	}

	/**
	 * Return whether the workspace is public.
	 * @return the flag or {@code null}
	 */
	@JsonProperty("is_public")
	public @Nullable Boolean isPublic() {
		return this.isPublic;
	}

	/**
	 * Return whether the workspace is personal.
	 * @return the flag or {@code null}
	 */
	@JsonProperty("is_personal")
	public @Nullable Boolean isPersonal() {
		return this.isPersonal;
	}

	/**
	 * Return whether the workspace is archived.
	 * @return the flag or {@code null}
	 */
	@JsonProperty("is_archived")
	public @Nullable Boolean isArchived() {
		return this.isArchived;
	}

	/**
	 * Return the color.
	 * @return the color or {@code null}
	 */
	@JsonProperty
	public @Nullable String color() {
		return this.color;
	}

	@Override
	public String toString() {
		return ClassUtils.getShortName(getClass()) + "[title=" + this.title + "]";
	}

	/**
	 * The builder setters of the shared fields.
	 * @param <B> the type of the concrete builder
	 */
	abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {

		@Nullable String title;

		private @Nullable String description;

		private @Nullable Boolean isPublic;

		private @Nullable Boolean isPersonal;

		private @Nullable Boolean isArchived;

		private @Nullable String color;

		AbstractBuilder() {
		}

		abstract B self();

		/**
		 * Set the title.
		 * @param title the title, not blank, at most 1000 characters
		 * @return this builder
		 */
		public B title(String title) {
			Args.notBlank(title, "title");
			if (title.length() > 1000) {
				throw new IllegalArgumentException("title must be at most 1000 characters but has " + title.length());
			}
			this.title = title;
			return self();
		}

		/**
		 * Set the description.
		 * @param description the description
		 * @return this builder
		 */
		public B description(String description) {
			this.description = Args.notNull(description, "description");
			return self();
		}

		/**
		 * Set whether the workspace is public (read by older servers).
		 * @param isPublic the flag
		 * @return this builder
		 */
		public B isPublic(boolean isPublic) {
			this.isPublic = isPublic;
			return self();
		}

		/**
		 * Set whether the workspace is personal.
		 * @param isPersonal the flag
		 * @return this builder
		 */
		public B isPersonal(boolean isPersonal) {
			this.isPersonal = isPersonal;
			return self();
		}

		/**
		 * Set whether the workspace is archived.
		 * @param isArchived the flag
		 * @return this builder
		 */
		public B isArchived(boolean isArchived) {
			this.isArchived = isArchived;
			return self();
		}

		/**
		 * Set the color.
		 * @param color the color in HEX format ({@code #FFFFFF}), at most 16 characters
		 * @return this builder
		 */
		public B color(String color) {
			Args.notBlank(color, "color");
			if (color.length() > 16) {
				throw new IllegalArgumentException("color must be at most 16 characters but has " + color.length());
			}
			this.color = color;
			return self();
		}

	}

}
