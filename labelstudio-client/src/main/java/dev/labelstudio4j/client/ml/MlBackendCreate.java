package dev.labelstudio4j.client.ml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * An ML backend to add with {@link MlClient#create(MlBackendCreate)}. Immutable; unset fields are not
 * sent. {@link #toString()} never shows the Basic-auth password.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE)
public final class MlBackendCreate {

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

	private MlBackendCreate(Builder builder) {
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

	/**
	 * Start building; every field is optional.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
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
		return "MlBackendCreate[url=" + this.url + ", project=" + this.project + ", title=" + this.title
				+ ", authMethod=" + this.authMethod + ", basicAuthUser=" + this.basicAuthUser + ", basicAuthPass="
				+ ((this.basicAuthPass != null) ? "***" : null) + "]";
	}

	/** Builder for {@link MlBackendCreate}. */
	public static final class Builder {

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

		private Builder() {
		}

		public Builder url(@Nullable String url) {
			this.url = url;
			return this;
		}

		/** The project id; positive when set. */
		public Builder project(@Nullable Long project) {
			if (project != null && project <= 0) {
				throw new IllegalArgumentException("project must be positive but was " + project);
			}
			this.project = project;
			return this;
		}

		public Builder isInteractive(@Nullable Boolean isInteractive) {
			this.isInteractive = isInteractive;
			return this;
		}

		public Builder title(@Nullable String title) {
			this.title = title;
			return this;
		}

		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		public Builder authMethod(@Nullable MlAuthMethod authMethod) {
			this.authMethod = authMethod;
			return this;
		}

		public Builder basicAuthUser(@Nullable String basicAuthUser) {
			this.basicAuthUser = basicAuthUser;
			return this;
		}

		/** The Basic-auth password; kept out of {@code toString()}. */
		public Builder basicAuthPass(@Nullable String basicAuthPass) {
			this.basicAuthPass = basicAuthPass;
			return this;
		}

		/** Extra parameters passed to the backend at setup; copied. */
		public Builder extraParams(@Nullable Map<String, ?> extraParams) {
			this.extraParams = (extraParams != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(extraParams))
					: null;
			return this;
		}

		/** The response timeout in seconds; positive when set. */
		public Builder timeout(@Nullable Integer timeout) {
			if (timeout != null && timeout <= 0) {
				throw new IllegalArgumentException("timeout must be positive but was " + timeout);
			}
			this.timeout = timeout;
			return this;
		}

		public MlBackendCreate build() {
			return new MlBackendCreate(this);
		}

		@Override
		public String toString() {
			return "MlBackendCreate.Builder[url=" + this.url + ", basicAuthPass="
					+ ((this.basicAuthPass != null) ? "***" : null) + "]";
		}

	}

}
