package dev.labelstudio4j.client.ml;

/** How Label Studio authenticates to an ML backend. */
public enum MlAuthMethod {

	/** No authentication. */
	NONE,

	/** HTTP Basic authentication with {@code basic_auth_user} and {@code basic_auth_pass}. */
	BASIC_AUTH

}
