package dev.labelstudio4j.client.ml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

import org.springframework.util.ClassUtils;

/**
 * The ML backend settings that {@link MlBackendCreate} and {@link MlBackendUpdate} share: the fields, their
 * accessors, how they are written as JSON (the fields, unset ones left out) and the builder setters.
 * Immutable; {@link #toString()} never shows the Basic-auth password.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
abstract class AbstractMlBackendParams {

	private final @Nullable String url;

	private final @Nullable Long project;

	private final @Nullable Boolean isInteractive;

	private final @Nullable String title;

	private final @Nullable String description;

	private final @Nullable MlAuthMethod authMethod;

	private final @Nullable String basicAuthUser;

	private final @Nullable String basicAuthPass;

	private final @Nullable Map<String, Object> extraParams;

	private final @Nullable Integer timeout;

	AbstractMlBackendParams(AbstractBuilder<?> builder) {
		this.url = builder.url;
		this.project = builder.project;
		this.isInteractive = builder.isInteractive;
		this.title = builder.title;
		this.description = builder.description;
		this.authMethod = builder.authMethod;
		this.basicAuthUser = builder.basicAuthUser;
		this.basicAuthPass = builder.basicAuthPass;
		this.extraParams = builder.extraParams;
		this.timeout = builder.timeout;
	}

	/** The ML backend's URL. */
	public @Nullable String url() {
		return this.url;
	}

	/** The project id. */
	public @Nullable Long project() {
		return this.project;
	}

	/** Whether the backend is used for interactive pre-annotations. */
	public @Nullable Boolean isInteractive() {
		return this.isInteractive;
	}

	/** The backend's name. */
	public @Nullable String title() {
		return this.title;
	}

	/** The backend's description. */
	public @Nullable String description() {
		return this.description;
	}

	/** How Label Studio authenticates to the backend. */
	public @Nullable MlAuthMethod authMethod() {
		return this.authMethod;
	}

	/** The Basic-auth user. */
	public @Nullable String basicAuthUser() {
		return this.basicAuthUser;
	}

	/** The Basic-auth password (a secret: never logged). */
	public @Nullable String basicAuthPass() {
		return this.basicAuthPass;
	}

	/** Extra parameters passed to the backend at setup. */
	public @Nullable Map<String, Object> extraParams() {
		return this.extraParams;
	}

	/** The response timeout, in seconds. */
	public @Nullable Integer timeout() {
		return this.timeout;
	}

	@Override
	public String toString() {
		return ClassUtils.getShortName(getClass()) + "[url=" + this.url + ", project=" + this.project + ", title="
				+ this.title + ", authMethod=" + this.authMethod + ", basicAuthUser=" + this.basicAuthUser
				+ ", basicAuthPass=" + ((this.basicAuthPass != null) ? "***" : null) + "]";
	}

	/**
	 * The builder setters of the shared ML backend settings; {@link #toString()} never shows the Basic-auth
	 * password.
	 * @param <B> the type of the concrete builder
	 */
	abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {

		private @Nullable String url;

		private @Nullable Long project;

		private @Nullable Boolean isInteractive;

		private @Nullable String title;

		private @Nullable String description;

		private @Nullable MlAuthMethod authMethod;

		private @Nullable String basicAuthUser;

		private @Nullable String basicAuthPass;

		private @Nullable Map<String, Object> extraParams;

		private @Nullable Integer timeout;

		AbstractBuilder() {
		}

		/**
		 * Return this builder as its concrete type.
		 * @return this builder
		 */
		abstract B self();

		/** The ML backend's URL; not blank ({@code null} leaves it unset). */
		public B url(@Nullable String url) {
			this.url = Args.nullOrNotBlank(url, "url");
			return self();
		}

		/** The project id; positive when set. */
		public B project(@Nullable Long project) {
			if (project != null && project <= 0) {
				throw new IllegalArgumentException("project must be positive but was " + project);
			}
			this.project = project;
			return self();
		}

		/** Whether the backend is used for interactive pre-annotations. */
		public B isInteractive(@Nullable Boolean isInteractive) {
			this.isInteractive = isInteractive;
			return self();
		}

		/** The backend's name; not blank ({@code null} leaves it unset). */
		public B title(@Nullable String title) {
			this.title = Args.nullOrNotBlank(title, "title");
			return self();
		}

		/** The backend's description. */
		public B description(@Nullable String description) {
			this.description = description;
			return self();
		}

		/** How Label Studio authenticates to the backend. */
		public B authMethod(@Nullable MlAuthMethod authMethod) {
			this.authMethod = authMethod;
			return self();
		}

		/** The Basic-auth user. */
		public B basicAuthUser(@Nullable String basicAuthUser) {
			this.basicAuthUser = basicAuthUser;
			return self();
		}

		/** The Basic-auth password; kept out of {@code toString()}. */
		public B basicAuthPass(@Nullable String basicAuthPass) {
			this.basicAuthPass = basicAuthPass;
			return self();
		}

		/** Extra parameters passed to the backend at setup; copied. */
		public B extraParams(@Nullable Map<String, ?> extraParams) {
			this.extraParams = (extraParams != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extraParams))
					: null;
			return self();
		}

		/** The response timeout in seconds; positive when set. */
		public B timeout(@Nullable Integer timeout) {
			if (timeout != null && timeout <= 0) {
				throw new IllegalArgumentException("timeout must be positive but was " + timeout);
			}
			this.timeout = timeout;
			return self();
		}

		@Override
		public String toString() {
			return ClassUtils.getShortName(getClass()) + "[url=" + this.url + ", basicAuthPass="
					+ ((this.basicAuthPass != null) ? "***" : null) + "]";
		}

	}

}
