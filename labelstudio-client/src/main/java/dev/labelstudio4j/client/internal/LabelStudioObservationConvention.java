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

	/** Request attribute carrying the operation name. */
	public static final String OPERATION_ATTRIBUTE = LabelStudioObservationConvention.class.getName() + ".operation";

	/**
	 * Request attribute carrying the absolute URI template (for example
	 * {@code http://host/api/projects/{id}/}), from which the {@code uri} key is made: the client expands
	 * its templates itself, so Spring never sees them.
	 */
	public static final String URI_TEMPLATE_ATTRIBUTE = LabelStudioObservationConvention.class.getName()
			+ ".uriTemplate";

	/** Request attribute carrying the resource name. */
	public static final String RESOURCE_ATTRIBUTE = LabelStudioObservationConvention.class.getName() + ".resource";

	/** Key of the operation tag. */
	public static final String OPERATION_KEY = "labelstudio.operation";

	/** Key of the resource tag. */
	public static final String RESOURCE_KEY = "labelstudio.resource";

	private static final String UNKNOWN = "unknown";

	private final Map<String, KeyValue> uris = new ConcurrentHashMap<>();

	public LabelStudioObservationConvention() {
		this(DEFAULT_NAME);
	}

	public LabelStudioObservationConvention(String name) {
		super(name);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
		// Spring's keys and ours, given in key order (KeyValues need not sort them)
		return KeyValues.of(clientName(context), exception(context),
				KeyValue.of(OPERATION_KEY, attribute(context, OPERATION_ATTRIBUTE)),
				KeyValue.of(RESOURCE_KEY, attribute(context, RESOURCE_ATTRIBUTE)), method(context), outcome(context),
				status(context), uri(context));
	}

	/**
	 * The {@code uri} key: the path of the call's URI template ({@link #URI_TEMPLATE_ATTRIBUTE}), or
	 * Spring's value when the request has none. Made once per template: Spring's convention takes the path
	 * out of the template with a regular expression on every call.
	 */
	@Override
	protected KeyValue uri(ClientRequestObservationContext context) {
		String template = attributeOrNull(context, URI_TEMPLATE_ATTRIBUTE);
		if (template == null) {
			ClientHttpRequest request = context.getCarrier();
			Object attribute = (request != null) ? request.getAttributes().get(URI_TEMPLATE_ATTRIBUTE) : null;
			template = (attribute instanceof String value) ? value : null;
		}
		if (template == null) {
			return super.uri(context);
		}
		KeyValue uri = this.uris.get(template);
		if (uri == null) {
			ClientRequestObservationContext withTemplate = new ClientRequestObservationContext(context.getCarrier());
			withTemplate.setUriTemplate(template);
			uri = super.uri(withTemplate);
			if (this.uris.size() < HttpTransport.MAX_CACHED_TEMPLATES) {
				this.uris.putIfAbsent(template, uri);
			}
		}
		return uri;
	}

	private static @Nullable String attributeOrNull(ClientRequestObservationContext context, String name) {
		ClientHttpRequest request = context.getCarrier();
		Object value = (request != null) ? request.getAttributes().get(name) : null;
		return (value != null) ? value.toString() : null;
	}

	private static String attribute(ClientRequestObservationContext context, String name) {
		ClientHttpRequest request = context.getCarrier();
		if (request == null) {
			return UNKNOWN;
		}
		Object value = request.getAttributes().get(name);
		return (value != null) ? value.toString() : UNKNOWN;
	}

}
