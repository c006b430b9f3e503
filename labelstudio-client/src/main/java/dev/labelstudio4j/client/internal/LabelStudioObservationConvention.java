package dev.labelstudio4j.client.internal;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.observation.ClientHttpObservationDocumentation.HighCardinalityKeyNames;
import org.springframework.http.client.observation.ClientHttpObservationDocumentation.LowCardinalityKeyNames;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/**
 * Spring's client observation convention under the client's own name, plus the low-cardinality keys
 * {@code labelstudio.operation} (for example {@code projects.get}) and {@code labelstudio.resource}
 * (for example {@code projects}). Set on the client's own {@code RestClient} only.
 */
public class LabelStudioObservationConvention extends DefaultClientRequestObservationConvention {

	/** The default observation (and timer) name. */
	public static final String DEFAULT_NAME = "labelstudio.client.requests";

	/**
	 * Request attribute carrying the {@link Call}: the URI it is sent to and its {@link CallTags} (operation,
	 * resource and absolute URI template, for example {@code http://host/api/projects/{id}/}, from which
	 * the {@code uri} key is made: the client expands its templates itself, so Spring never sees them).
	 * One attribute, so that a call puts one entry into the request's attributes, not three.
	 */
	public static final String CALL_ATTRIBUTE = LabelStudioObservationConvention.class.getName() + ".call";

	/** Key of the operation tag. */
	public static final String OPERATION_KEY = "labelstudio.operation";

	/** Key of the resource tag. */
	public static final String RESOURCE_KEY = "labelstudio.resource";

	private static final KeyValue UNKNOWN_OPERATION = KeyValue.of(OPERATION_KEY, "unknown");

	private static final KeyValue UNKNOWN_RESOURCE = KeyValue.of(RESOURCE_KEY, "unknown");

	private final Map<String, KeyValue> uris = new ConcurrentHashMap<>();

	public LabelStudioObservationConvention() {
		this(DEFAULT_NAME);
	}

	public LabelStudioObservationConvention(String name) {
		super(name);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
		Call call = call(context);
		if (call == null) {
			return KeyValues.of(super.clientName(context), exception(context), UNKNOWN_OPERATION, UNKNOWN_RESOURCE,
					method(context), outcome(context), status(context), super.uri(context));
		}
		// Spring's keys and ours, given in key order (KeyValues need not sort them)
		return KeyValues.of(call.tags.clientNameKey, exception(context), call.tags.operationKey,
				call.tags.resourceKey, method(context), outcome(context), status(context), uri(context, call.tags));
	}

	/**
	 * The {@code client.name} key: the base URL's host, made once per template (Spring's convention asks the
	 * request for its URI, which Apache HttpClient's request parses anew on every call).
	 */
	@Override
	protected KeyValue clientName(ClientRequestObservationContext context) {
		Call call = call(context);
		return (call != null) ? call.tags.clientNameKey : super.clientName(context);
	}

	/** The {@code http.url} key, from the URI the client expanded (see {@link #clientName}). */
	@Override
	protected KeyValue requestUri(ClientRequestObservationContext context) {
		Call call = call(context);
		return (call != null) ? KeyValue.of(HighCardinalityKeyNames.HTTP_URL, call.uri.toASCIIString())
				: super.requestUri(context);
	}

	/**
	 * The {@code uri} key: the path of the call's URI template ({@link CallTags#absoluteTemplate}), or
	 * Spring's value when the request has none. Made once per template: Spring's convention takes the path
	 * out of the template with a regular expression on every call.
	 */
	@Override
	protected KeyValue uri(ClientRequestObservationContext context) {
		Call call = call(context);
		return (call != null) ? uri(context, call.tags) : super.uri(context);
	}

	private KeyValue uri(ClientRequestObservationContext context, CallTags tags) {
		KeyValue uri = this.uris.get(tags.absoluteTemplate);
		if (uri == null) {
			ClientRequestObservationContext withTemplate = new ClientRequestObservationContext(context.getCarrier());
			withTemplate.setUriTemplate(tags.absoluteTemplate);
			uri = super.uri(withTemplate);
			if (this.uris.size() < HttpTransport.MAX_CACHED_TEMPLATES) {
				this.uris.putIfAbsent(tags.absoluteTemplate, uri);
			}
		}
		return uri;
	}

	private static @Nullable Call call(ClientRequestObservationContext context) {
		ClientHttpRequest request = context.getCarrier();
		Object call = (request != null) ? request.getAttributes().get(CALL_ATTRIBUTE) : null;
		return (call instanceof Call value) ? value : null;
	}

	/** The value of {@link #CALL_ATTRIBUTE}: one call's tags and the URI it was sent to. */
	public static final class Call {

		final CallTags tags;

		final URI uri;

		Call(CallTags tags, URI uri) {
			this.tags = tags;
			this.uri = uri;
		}

		@Override
		public String toString() {
			return this.tags.toString();
		}

	}

	/**
	 * What the client knows of a call that Spring does not: its operation and resource, as key values
	 * made once, and its URI template under the base URL.
	 */
	public static final class CallTags {

		final KeyValue operationKey;

		final KeyValue resourceKey;

		final String absoluteTemplate;

		final KeyValue clientNameKey;

		CallTags(String operation, String resource, String absoluteTemplate, @Nullable String host) {
			this.clientNameKey = (host != null) ? KeyValue.of(LowCardinalityKeyNames.CLIENT_NAME, host)
					: KeyValue.of(LowCardinalityKeyNames.CLIENT_NAME, KeyValue.NONE_VALUE);
			this.operationKey = KeyValue.of(OPERATION_KEY, operation);
			this.resourceKey = KeyValue.of(RESOURCE_KEY, resource);
			this.absoluteTemplate = absoluteTemplate;
		}

		@Override
		public String toString() {
			return this.operationKey.getValue() + " " + this.absoluteTemplate;
		}

	}

}
