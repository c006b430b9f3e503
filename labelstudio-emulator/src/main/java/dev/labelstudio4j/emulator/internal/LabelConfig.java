package dev.labelstudio4j.emulator.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A parsed labeling configuration: the object tags' data variables ({@code value="$text"}) and the
 * control tags ({@code toName=...}) with their labels, in Label Studio's {@code parsed_label_config}
 * shape. Parsed with the JDK's DOM parser, hardened: no DTD, no external entities, no XInclude.
 */
public final class LabelConfig {

	/** What a project gets when none is given. */
	public static final String DEFAULT = "<View></View>";

	private final Map<String, Map<String, Object>> controls;

	private final Set<String> dataKeys;

	private LabelConfig(Map<String, Map<String, Object>> controls, Set<String> dataKeys) {
		this.controls = controls;
		this.dataKeys = dataKeys;
	}

	/**
	 * Parse and check a labeling configuration.
	 * @param xml the configuration
	 * @return the parsed configuration
	 * @throws ApiError a validation error on {@code label_config} when it is not a valid configuration
	 */
	public static LabelConfig parse(String xml) {
		if (xml.isBlank()) {
			throw ApiError.validation("label_config", "This field may not be blank.");
		}
		Document document;
		try {
			DocumentBuilder builder = newFactory().newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler());
			document = builder.parse(new InputSource(new StringReader(xml)));
		}
		catch (SAXException ex) {
			throw ApiError.validation("label_config", "Can't parse label config: " + ex.getMessage());
		}
		catch (ParserConfigurationException | IOException ex) {
			throw new IllegalStateException("XML parser not available", ex);
		}
		Element root = document.getDocumentElement();
		if (!"View".equals(root.getTagName())) {
			throw ApiError.validation("label_config", "Label config root element must be <View>, not <"
					+ root.getTagName() + ">");
		}
		Map<String, String> objects = new LinkedHashMap<>();
		Set<String> dataKeys = new LinkedHashSet<>();
		List<Element> controlElements = new ArrayList<>();
		NodeList all = root.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			String value = element.getAttribute("value");
			String name = element.getAttribute("name");
			if (element.hasAttribute("toName")) {
				controlElements.add(element);
			}
			else if (value.startsWith("$") && !name.isEmpty()) {
				objects.put(name, value);
				dataKeys.add(value.substring(1));
			}
		}
		Map<String, Map<String, Object>> controls = new LinkedHashMap<>();
		for (Element control : controlElements) {
			String name = control.getAttribute("name");
			if (name.isEmpty()) {
				throw ApiError.validation("label_config",
						"<" + control.getTagName() + "> must have a \"name\" attribute");
			}
			List<String> toNames = new ArrayList<>();
			List<Map<String, Object>> inputs = new ArrayList<>();
			for (String toName : control.getAttribute("toName").split(",")) {
				String target = toName.strip();
				String variable = objects.get(target);
				if (variable == null) {
					throw ApiError.validation("label_config", "toName=\"" + target + "\" not found in names: "
							+ objects.keySet());
				}
				toNames.add(target);
				Element object = findByName(root, target);
				Map<String, Object> input = new LinkedHashMap<>();
				input.put("type", (object != null) ? object.getTagName() : "Text");
				input.put("value", variable.substring(1));
				inputs.add(input);
			}
			List<String> labels = new ArrayList<>();
			NodeList children = control.getChildNodes();
			for (int i = 0; i < children.getLength(); i++) {
				Node child = children.item(i);
				if (child instanceof Element label && label.hasAttribute("value")) {
					labels.add(label.getAttribute("value"));
				}
			}
			Map<String, Object> parsed = new LinkedHashMap<>();
			parsed.put("type", control.getTagName());
			parsed.put("to_name", toNames);
			parsed.put("inputs", inputs);
			parsed.put("labels", labels);
			parsed.put("labels_attrs", new LinkedHashMap<>());
			controls.put(name, parsed);
		}
		return new LabelConfig(controls, dataKeys);
	}

	private static DocumentBuilderFactory newFactory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		factory.setNamespaceAware(false);
		return factory;
	}

	private static @org.jspecify.annotations.Nullable Element findByName(Element root, String name) {
		NodeList all = root.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (name.equals(element.getAttribute("name")) && !element.hasAttribute("toName")) {
				return element;
			}
		}
		return null;
	}

	/** The control tags by name, as in {@code parsed_label_config}. */
	public Map<String, Map<String, Object>> controls() {
		return this.controls;
	}

	/** The task data keys the object tags read ({@code text} for {@code value="$text"}). */
	public Set<String> dataKeys() {
		return this.dataKeys;
	}

}
