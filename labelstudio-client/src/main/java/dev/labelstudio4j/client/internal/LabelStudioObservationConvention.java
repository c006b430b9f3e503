package dev.labelstudio4j.client.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.ClientHttpRequest;
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
	 * Request attribute carrying the call's {@link CallTags}: its operation, resource and absolute URI
	 * template (for example {@code http://host/api/projects/{id}/}), from which the {@code uri} key is
	 * made (the client expands its templates itself, so Spring never sees them). One attribute, made once
	 * per operation and template, so that a call puts one entry into the request's attributes, not three.
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
		CallTags tags = tags(context);
		KeyValue operation = (tags != null) ? tags.operationKey : UNKNOWN_OPERATION;
		KeyValue resource = (tags != null) ? tags.resourceKey : UNKNOWN_RESOURCE;
		// Spring's keys and ours, given in key order (KeyValues need not sort them)
		return KeyValues.of(clientName(context), exception(context), operation, resource, method(context),
				outcome(context), status(context), uri(context, tags));
	}

	/**
	 * The {@code uri} key: the path of the call's URI template ({@link CallTags#absoluteTemplate}), or
	 * Spring's value when the request has none. Made once per template: Spring's convention takes the path
	 * out of the template with a regular expression on every call.
	 */
	@Override
	protected KeyValue uri(ClientRequestObservationContext context) {
		return uri(context, tags(context));
	}

	private KeyValue uri(ClientRequestObservationContext context, @Nullable CallTags tags) {
		if (tags == null) {
			return super.uri(context);
		}
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

	private static @Nullable CallTags tags(ClientRequestObservationContext context) {
		ClientHttpRequest request = context.getCarrier();
		Object tags = (request != null) ? request.getAttributes().get(CALL_ATTRIBUTE) : null;
		return (tags instanceof CallTags callTags) ? callTags : null;
	}

	/**
	 * What the client knows of a call that Spring does not: its operation and resource, as key values
	 * made once, and its URI template under the base URL.
	 */
	public static final class CallTags {

		final KeyValue operationKey;

		final KeyValue resourceKey;

		final String absoluteTemplate;

		CallTags(String operation, String resource, String absoluteTemplate) {
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
