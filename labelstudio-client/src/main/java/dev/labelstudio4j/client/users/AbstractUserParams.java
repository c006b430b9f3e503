package dev.labelstudio4j.client.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.Args;

import org.springframework.util.ClassUtils;

/**
 * The user fields that {@link UserCreate} and {@link UserUpdate} share: the fields, their accessors, how they
 * are written as JSON (the accessors, unset ones left out) and the builder setters. Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
abstract class AbstractUserParams {

	private final @Nullable Long id;

	private final @Nullable String firstName;

	private final @Nullable String lastName;

	private final @Nullable String username;

	private final @Nullable String email;

	private final @Nullable String avatar;

	private final @Nullable String initials;

	private final @Nullable String phone;

	private final @Nullable Boolean allowNewsletters;

	AbstractUserParams(AbstractBuilder<?> builder) {
		this.id = builder.id;
		this.firstName = builder.firstName;
		this.lastName = builder.lastName;
		this.username = builder.username;
		this.email = builder.email;
		this.avatar = builder.avatar;
		this.initials = builder.initials;
		this.phone = builder.phone;
		this.allowNewsletters = builder.allowNewsletters;
	}

	/**
	 * Return the user id sent in the body.
	 * @return the id or {@code null}
	 */
	@JsonProperty
	public @Nullable Long id() {
		return this.id;
	}

	/**
	 * Return the first name.
	 * @return the first name or {@code null}
	 */
	@JsonProperty
	public @Nullable String firstName() {
		return this.firstName;
	}

	/**
	 * Return the last name.
	 * @return the last name or {@code null}
	 */
	@JsonProperty
	public @Nullable String lastName() {
		return this.lastName;
	}

	/**
	 * Return the username.
	 * @return the username or {@code null}
	 */
	@JsonProperty
	public @Nullable String username() {
		return this.username;
	}

	/**
	 * Return the email address.
	 * @return the email address or {@code null}
	 */
	@JsonProperty
	public @Nullable String email() {
		return this.email;
	}

	/**
	 * Return the avatar URL.
	 * @return the avatar URL or {@code null}
	 */
	@JsonProperty
	public @Nullable String avatar() {
		return this.avatar;
	}

	/**
	 * Return the initials.
	 * @return the initials or {@code null}
	 */
	@JsonProperty
	public @Nullable String initials() {
		return this.initials;
	}

	/**
	 * Return the phone number.
	 * @return the phone number or {@code null}
	 */
	@JsonProperty
	public @Nullable String phone() {
		return this.phone;
	}

	/**
	 * Return whether the user allows newsletters.
	 * @return the flag or {@code null}
	 */
	@JsonProperty
	public @Nullable Boolean allowNewsletters() {
		return this.allowNewsletters;
	}

	@Override
	public String toString() {
		return ClassUtils.getShortName(getClass()) + "[id=" + this.id + ", username=" + this.username + "]";
	}

	/**
	 * The builder setters of the shared fields.
	 * @param <B> the type of the concrete builder
	 */
	abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {

		private @Nullable Long id;

		private @Nullable String firstName;

		private @Nullable String lastName;

		private @Nullable String username;

		private @Nullable String email;

		private @Nullable String avatar;

		private @Nullable String initials;

		private @Nullable String phone;

		private @Nullable Boolean allowNewsletters;

		AbstractBuilder() {
		}

		/**
		 * Return this builder as its concrete type.
		 * @return this builder
		 */
		abstract B self();

		/**
		 * Set the user id sent in the body.
		 * @param id the user id
		 * @return this builder
		 */
		public B id(long id) {
			this.id = Args.positive(id, "id");
			return self();
		}

		/**
		 * Set the first name.
		 * @param firstName the first name
		 * @return this builder
		 */
		public B firstName(String firstName) {
			this.firstName = Args.notNull(firstName, "firstName");
			return self();
		}

		/**
		 * Set the last name.
		 * @param lastName the last name
		 * @return this builder
		 */
		public B lastName(String lastName) {
			this.lastName = Args.notNull(lastName, "lastName");
			return self();
		}

		/**
		 * Set the username.
		 * @param username the username, not blank
		 * @return this builder
		 */
		public B username(String username) {
			this.username = Args.notBlank(username, "username");
			return self();
		}

		/**
		 * Set the email address.
		 * @param email the email address, not blank
		 * @return this builder
		 */
		public B email(String email) {
			this.email = Args.notBlank(email, "email");
			return self();
		}

		/**
		 * Set the avatar URL.
		 * @param avatar the avatar URL
		 * @return this builder
		 */
		public B avatar(String avatar) {
			this.avatar = Args.notNull(avatar, "avatar");
			return self();
		}

		/**
		 * Set the initials.
		 * @param initials the initials
		 * @return this builder
		 */
		public B initials(String initials) {
			this.initials = Args.notNull(initials, "initials");
			return self();
		}

		/**
		 * Set the phone number.
		 * @param phone the phone number
		 * @return this builder
		 */
		public B phone(String phone) {
			this.phone = Args.notNull(phone, "phone");
			return self();
		}

		/**
		 * Set whether the user allows newsletters.
		 * @param allowNewsletters whether newsletters are allowed
		 * @return this builder
		 */
		public B allowNewsletters(boolean allowNewsletters) {
			this.allowNewsletters = allowNewsletters;
			return self();
		}

	}

}
