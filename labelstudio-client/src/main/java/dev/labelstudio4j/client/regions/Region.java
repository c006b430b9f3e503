package dev.labelstudio4j.client.regions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.internal.json.FieldKind;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.json.ModelFactories;
import dev.labelstudio4j.client.internal.json.ModelSchema;

/**
 * A region: one element of an annotation's or a prediction's {@code result}, in Label Studio's JSON format
 * ({@code id}, {@code type}, {@code from_name}, {@code to_name}, {@code value}, ...). {@link #value()} is
 * free-form; {@link #labels()}, {@link #choices()}, {@link #x()}, {@link #points()}, {@link #texts()},
 * {@link #rating()}, {@link #taxonomy()} and the other views read the fields of the common kinds from it, and
 * {@link #rectangle(String, String)}, {@link #choices(String, String)}, ... build regions of those kinds.
 * <p>
 * Read leniently from Label Studio's JSON: a declared field that arrives with another JSON type makes its
 * accessor answer {@code null} (a list accessor the elements of the expected type, none when it is not an
 * array) instead of failing the call, and is logged at DEBUG (model and field, never the value). Integers are also read from whole numbers ({@code 12.0}) and from
 * strings holding them ({@code "12"}), numbers from numeric strings, date-times from ISO-8601 strings with
 * an offset or without one (then UTC, parsed on first access). {@link #rawField(String)} answers any field
 * as sent, {@link #additionalProperties()} the fields this class does not declare; serializing the model
 * writes its JSON object back unchanged. Immutable: use {@link #builder()} or {@link #toBuilder()} to make
 * one. Two instances are equal when their JSON objects are.
 */
public final class Region {

	private static final ModelSchema SCHEMA = ModelSchema.of("Region")
		.field("id", FieldKind.TEXT)
		.field("type", FieldKind.STRING)
		.field("from_name", FieldKind.STRING)
		.field("to_name", FieldKind.STRING)
		.field("value", FieldKind.OBJECT)
		.field("score", FieldKind.NUMBER)
		.field("origin", FieldKind.STRING)
		.field("readonly", FieldKind.BOOLEAN)
		.field("hidden", FieldKind.BOOLEAN)
		.field("parentID", FieldKind.STRING)
		.field("item_index", FieldKind.INT)
		.field("original_width", FieldKind.INT)
		.field("original_height", FieldKind.INT)
		.field("image_rotation", FieldKind.NUMBER)
		.field("meta", FieldKind.OBJECT)
		.build();

	static {
		ModelFactories.register(Region.class, Region::new);
	}

	private final Map<String, Object> json;

	private Region(Map<String, Object> json) {
		this.json = json;
		SCHEMA.reportDrift(json);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	private static Region fromJson(Map<String, Object> json) {
		return new Region(json);
	}

	/**
	 * Return the region id, which links the regions of one object ({@code id}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String id() {
		return JsonValues.toText(this.json.get("id"));
	}

	/**
	 * Return the kind of region, the control tag name in lower case (for example {@code rectanglelabels}) ({@code type}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String type() {
		return JsonValues.toStringValue(this.json.get("type"));
	}

	/**
	 * Return the name of the control tag that made the region ({@code from_name}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String fromName() {
		return JsonValues.toStringValue(this.json.get("from_name"));
	}

	/**
	 * Return the name of the object tag the region labels ({@code to_name}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String toName() {
		return JsonValues.toStringValue(this.json.get("to_name"));
	}

	/**
	 * Return the free-form value of the region ({@code value}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> value() {
		return JsonValues.toMap(this.json.get("value"));
	}

	/**
	 * Return the score of a predicted region ({@code score}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Double score() {
		return JsonValues.toDouble(this.json.get("score"));
	}

	/**
	 * Return where the region comes from, for example {@code prediction} or {@code manual} ({@code origin}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String origin() {
		return JsonValues.toStringValue(this.json.get("origin"));
	}

	/**
	 * Return whether annotators may not change the region ({@code readonly}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean readonly() {
		return JsonValues.toBoolean(this.json.get("readonly"));
	}

	/**
	 * Return whether the region is hidden ({@code hidden}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Boolean hidden() {
		return JsonValues.toBoolean(this.json.get("hidden"));
	}

	/**
	 * Return the id of the region this one belongs to ({@code parentID}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable String parentId() {
		return JsonValues.toStringValue(this.json.get("parentID"));
	}

	/**
	 * Return the index of the item of a multi-item object (an image of a list) ({@code item_index}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer itemIndex() {
		return JsonValues.toInteger(this.json.get("item_index"));
	}

	/**
	 * Return the width of the image the region was drawn on, in pixels ({@code original_width}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer originalWidth() {
		return JsonValues.toInteger(this.json.get("original_width"));
	}

	/**
	 * Return the height of the image the region was drawn on, in pixels ({@code original_height}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Integer originalHeight() {
		return JsonValues.toInteger(this.json.get("original_height"));
	}

	/**
	 * Return the rotation of the image the region was drawn on, in degrees ({@code image_rotation}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Double imageRotation() {
		return JsonValues.toDouble(this.json.get("image_rotation"));
	}

	/**
	 * Return the region's meta data, for example an annotator's text ({@code meta}).
	 * @return the value, or {@code null} when absent or of another JSON type
	 */
	public @Nullable Map<String, Object> meta() {
		return JsonValues.toMap(this.json.get("meta"));
	}

	/**
	 * Return the labels of a labelling region: {@code value.<type>} when the type ends with {@code labels}
	 * ({@code labels}, {@code rectanglelabels}, {@code polygonlabels}, {@code keypointlabels},
	 * {@code brushlabels}, ...), else {@code value.labels}.
	 * @return the labels, empty when there are none
	 */
	public List<String> labels() {
		String type = type();
		Object labels = (type != null && type.endsWith("labels")) ? valueField(type) : null;
		return JsonValues.toStringList((labels != null) ? labels : valueField("labels"));
	}

	/**
	 * Return the chosen options of a {@code choices} region ({@code value.choices}).
	 * @return the choices, empty when there are none
	 */
	public List<String> choices() {
		return JsonValues.toStringList(valueField("choices"));
	}

	/**
	 * Return the horizontal position of a rectangle or key point ({@code value.x}), in percent of the
	 * image width.
	 * @return the position or {@code null}
	 */
	public @Nullable Double x() {
		return JsonValues.toDouble(valueField("x"));
	}

	/**
	 * Return the vertical position of a rectangle or key point ({@code value.y}), in percent of the image
	 * height.
	 * @return the position or {@code null}
	 */
	public @Nullable Double y() {
		return JsonValues.toDouble(valueField("y"));
	}

	/**
	 * Return the width of a rectangle, or the size of a key point ({@code value.width}), in percent of the
	 * image width.
	 * @return the width or {@code null}
	 */
	public @Nullable Double width() {
		return JsonValues.toDouble(valueField("width"));
	}

	/**
	 * Return the height of a rectangle ({@code value.height}), in percent of the image height.
	 * @return the height or {@code null}
	 */
	public @Nullable Double height() {
		return JsonValues.toDouble(valueField("height"));
	}

	/**
	 * Return the rotation of a rectangle ({@code value.rotation}), in degrees clockwise around its top-left
	 * corner.
	 * @return the rotation or {@code null}
	 */
	public @Nullable Double rotation() {
		return JsonValues.toDouble(valueField("rotation"));
	}

	/**
	 * Return the points of a polygon ({@code value.points}), each {@code [x, y]} in percent of the image
	 * size; points that are not two numbers are left out.
	 * @return the points, empty when there are none
	 */
	public List<List<Double>> points() {
		if (!(valueField("points") instanceof List<?> points)) {
			return List.of();
		}
		List<List<Double>> result = new ArrayList<>(points.size());
		for (Object point : points) {
			if (point instanceof List<?> xy && xy.size() == 2) {
				Double x = JsonValues.toDouble(xy.get(0));
				Double y = JsonValues.toDouble(xy.get(1));
				if (x != null && y != null) {
					result.add(List.of(x, y));
				}
			}
		}
		return List.copyOf(result);
	}

	/**
	 * Return the start offset of a text span ({@code value.start}), in characters.
	 * @return the offset, or {@code null} when absent or not an integer (an XPath of a HyperText span, the
	 * seconds of an audio segment: see {@link #value()})
	 */
	public @Nullable Integer start() {
		return JsonValues.toInteger(valueField("start"));
	}

	/**
	 * Return the end offset of a text span ({@code value.end}), in characters.
	 * @return the offset, or {@code null} when absent or not an integer
	 */
	public @Nullable Integer end() {
		return JsonValues.toInteger(valueField("end"));
	}

	/**
	 * Return the text of a text span ({@code value.text} when it is a string).
	 * @return the text or {@code null}
	 */
	public @Nullable String text() {
		return JsonValues.toStringValue(valueField("text"));
	}

	/**
	 * Return the texts of a {@code textarea} region ({@code value.text}; a single string is read as a
	 * one-element list).
	 * @return the texts, empty when there are none
	 */
	public List<String> texts() {
		return JsonValues.toStringList(valueField("text"));
	}

	/**
	 * Return the rating of a {@code rating} region ({@code value.rating}).
	 * @return the rating or {@code null}
	 */
	public @Nullable Integer rating() {
		return JsonValues.toInteger(valueField("rating"));
	}

	/**
	 * Return the chosen paths of a {@code taxonomy} region ({@code value.taxonomy}), each from the root
	 * to the chosen node.
	 * @return the paths, empty when there are none
	 */
	public List<List<String>> taxonomy() {
		if (!(valueField("taxonomy") instanceof List<?> paths)) {
			return List.of();
		}
		List<List<String>> result = new ArrayList<>(paths.size());
		for (Object path : paths) {
			if (path instanceof List<?>) {
				result.add(JsonValues.toStringList(path));
			}
		}
		return List.copyOf(result);
	}

	private @Nullable Object valueField(String name) {
		return (this.json.get("value") instanceof Map<?, ?> value) ? value.get(name) : null;
	}

	/**
	 * Start a {@code choices} region (a {@code <Choices>} tag): {@code value.choices}.
	 * @param fromName the name of the control tag
	 * @param toName the name of the object tag it labels
	 * @return a builder
	 */
	public static Choices choices(String fromName, String toName) {
		return new Choices(fromName, toName);
	}

	/**
	 * Start a {@code labels} region (a text span labelled with a {@code <Labels>} tag):
	 * {@code value.start}, {@code end}, {@code text}, {@code labels}.
	 * @param fromName the name of the control tag
	 * @param toName the name of the object tag it labels
	 * @return a builder
	 */
	public static Labels labels(String fromName, String toName) {
		return new Labels(fromName, toName);
	}

	/**
	 * Start a {@code rectanglelabels} region (a {@code <RectangleLabels>} tag): {@code value.x}, {@code y},
	 * {@code width}, {@code height} in percent of the image size, {@code rotation} in degrees,
	 * {@code rectanglelabels}.
	 * @param fromName the name of the control tag
	 * @param toName the name of the object tag it labels
	 * @return a builder
	 */
	public static Rectangle rectangle(String fromName, String toName) {
		return new Rectangle(fromName, toName);
	}

	/**
	 * Start a {@code polygonlabels} region (a {@code <PolygonLabels>} tag): {@code value.points}
	 * ({@code [[x, y], ...]} in percent of the image size) and {@code polygonlabels}.
	 * @param fromName the name of the control tag
	 * @param toName the name of the object tag it labels
	 * @return a builder
	 */
	public static Polygon polygon(String fromName, String toName) {
		return new Polygon(fromName, toName);
	}

	/**
	 * Start a {@code keypointlabels} region (a {@code <KeyPointLabels>} tag): {@code value.x}, {@code y},
	 * {@code width} (the point size) in percent of the image size, and {@code keypointlabels}.
	 * @param fromName the name of the control tag
	 * @param toName the name of the object tag it labels
	 * @return a builder
	 */
	public static KeyPoint keyPoint(String fromName, String toName) {
		return new KeyPoint(fromName, toName);
	}

	/**
	 * Start a {@code textarea} region (a {@code <TextArea>} tag): {@code value.text}, a list of texts.
	 * @param fromName the name of the control tag
	 * @param toName the name of the object tag it labels
	 * @return a builder
	 */
	public static TextArea textArea(String fromName, String toName) {
		return new TextArea(fromName, toName);
	}

	/**
	 * Start a {@code rating} region (a {@code <Rating>} tag): {@code value.rating}.
	 * @param fromName the name of the control tag
	 * @param toName the name of the object tag it labels
	 * @return a builder
	 */
	public static Rating rating(String fromName, String toName) {
		return new Rating(fromName, toName);
	}

	/**
	 * Start a {@code taxonomy} region (a {@code <Taxonomy>} tag): {@code value.taxonomy}, a list of paths
	 * from the root to each chosen node.
	 * @param fromName the name of the control tag
	 * @param toName the name of the object tag it labels
	 * @return a builder
	 */
	public static Taxonomy taxonomy(String fromName, String toName) {
		return new Taxonomy(fromName, toName);
	}

	private static String notBlank(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	private static double finite(double value, String name) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(name + " must be a finite number but was " + value);
		}
		return value;
	}

	private static double percent(double value, String name) {
		if (!(value >= 0 && value <= 100)) {
			throw new IllegalArgumentException(name + " must be a percentage between 0 and 100 but was " + value);
		}
		return value;
	}

	private static List<String> labelList(String[] labels, String name) {
		if (labels == null || labels.length == 0) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		List<String> result = new ArrayList<>(labels.length);
		for (String label : labels) {
			result.add(notBlank(label, name + " element"));
		}
		return result;
	}

	/**
	 * The settings every kind of region shares, and {@link #build()}. The region's fields are written in
	 * Label Studio's order: {@code id}, {@code type}, {@code from_name}, {@code to_name}, {@code value},
	 * then the optional ones that were set.
	 * @param <B> the concrete builder
	 */
	public abstract static class KindBuilder<B extends KindBuilder<B>> {

		private final Builder region;

		final Map<String, Object> value = new LinkedHashMap<>();

		private @Nullable Map<String, Object> extra;

		KindBuilder(String type, String fromName, String toName) {
			this.region = builder().type(type)
				.fromName(notBlank(fromName, "fromName"))
				.toName(notBlank(toName, "toName"));
		}

		@SuppressWarnings("unchecked")
		private B self() {
			return (B) this;
		}

		/**
		 * Set the region id, which links the regions of one object (a rectangle and its text, for example).
		 * @param id the id, not blank
		 * @return this builder
		 */
		public B id(String id) {
			this.region.id(notBlank(id, "id"));
			return self();
		}

		/**
		 * Set the score of a predicted region.
		 * @param score the score, a finite number
		 * @return this builder
		 */
		public B score(double score) {
			this.region.score(finite(score, "score"));
			return self();
		}

		/**
		 * Set where the region comes from, for example {@code prediction} or {@code manual}.
		 * @param origin the origin, not blank
		 * @return this builder
		 */
		public B origin(String origin) {
			this.region.origin(notBlank(origin, "origin"));
			return self();
		}

		/**
		 * Set whether annotators may not change the region.
		 * @param readonly whether the region is read-only
		 * @return this builder
		 */
		public B readonly(boolean readonly) {
			this.region.readonly(readonly);
			return self();
		}

		/**
		 * Set the size of the image the region was drawn on, in pixels.
		 * @param width the width, positive
		 * @param height the height, positive
		 * @return this builder
		 */
		public B originalSize(int width, int height) {
			if (width <= 0 || height <= 0) {
				throw new IllegalArgumentException(
						"original width and height must be positive but were " + width + "x" + height);
			}
			this.region.originalWidth(width).originalHeight(height);
			return self();
		}

		/**
		 * Set the rotation of the image the region was drawn on, in degrees.
		 * @param imageRotation the rotation, a finite number
		 * @return this builder
		 */
		public B imageRotation(double imageRotation) {
			this.region.imageRotation(finite(imageRotation, "imageRotation"));
			return self();
		}

		/**
		 * Set a field of {@code value} that this builder has no setter for.
		 * @param name the field's JSON name, not blank
		 * @param value its JSON value
		 * @return this builder
		 */
		public B valueField(String name, Object value) {
			notBlank(name, "name");
			if (value == null) {
				throw new IllegalArgumentException("value must not be null");
			}
			this.value.put(name, JsonValues.copy(value));
			return self();
		}

		/**
		 * Set a field of the region that {@link Region} does not declare.
		 * @param name the field's JSON name, not blank and not declared
		 * @param value its JSON value
		 * @return this builder
		 */
		public B additionalProperty(String name, Object value) {
			this.region.additionalProperty(name, value);
			return self();
		}

		/** Check that the fields the kind needs are set. */
		void validate() {
		}

		/**
		 * Build the region.
		 * @return the region
		 * @throws IllegalArgumentException if a field the kind needs is not set
		 */
		public Region build() {
			validate();
			return this.region.value(this.value).build();
		}

		void require(String... names) {
			for (String name : names) {
				if (!this.value.containsKey(name)) {
					throw new IllegalArgumentException(name + " must be set");
				}
			}
		}

	}

	/** Builder of a {@code choices} region. */
	public static final class Choices extends KindBuilder<Choices> {

		Choices(String fromName, String toName) {
			super("choices", fromName, toName);
		}

		/**
		 * Set the chosen options.
		 * @param choices the options' values, at least one
		 * @return this builder
		 */
		public Choices choices(String... choices) {
			this.value.put("choices", labelList(choices, "choices"));
			return this;
		}

		@Override
		void validate() {
			require("choices");
		}

	}

	/** Builder of a {@code labels} region (a labelled text span). */
	public static final class Labels extends KindBuilder<Labels> {

		Labels(String fromName, String toName) {
			super("labels", fromName, toName);
		}

		/**
		 * Set the span's offsets, in characters.
		 * @param start the start offset, at least 0
		 * @param end the end offset, not before {@code start}
		 * @return this builder
		 */
		public Labels span(int start, int end) {
			if (start < 0 || end < start) {
				throw new IllegalArgumentException(
						"start must be >= 0 and end >= start but were " + start + " and " + end);
			}
			this.value.put("start", start);
			this.value.put("end", end);
			return this;
		}

		/**
		 * Set the span's start offset, in characters.
		 * @param start the offset, at least 0
		 * @return this builder
		 */
		public Labels start(int start) {
			if (start < 0) {
				throw new IllegalArgumentException("start must be >= 0 but was " + start);
			}
			this.value.put("start", start);
			return this;
		}

		/**
		 * Set the span's end offset, in characters.
		 * @param end the offset, at least 0
		 * @return this builder
		 */
		public Labels end(int end) {
			if (end < 0) {
				throw new IllegalArgumentException("end must be >= 0 but was " + end);
			}
			this.value.put("end", end);
			return this;
		}

		/**
		 * Set the span's text.
		 * @param text the text
		 * @return this builder
		 */
		public Labels text(String text) {
			if (text == null) {
				throw new IllegalArgumentException("text must not be null");
			}
			this.value.put("text", text);
			return this;
		}

		/**
		 * Set the labels of the span.
		 * @param labels the labels, at least one
		 * @return this builder
		 */
		public Labels labels(String... labels) {
			this.value.put("labels", labelList(labels, "labels"));
			return this;
		}

		@Override
		void validate() {
			require("start", "end", "labels");
		}

	}

	/** Builder of a {@code rectanglelabels} region; {@code rotation} is 0 unless set. */
	public static final class Rectangle extends KindBuilder<Rectangle> {

		Rectangle(String fromName, String toName) {
			super("rectanglelabels", fromName, toName);
		}

		/**
		 * Set the left edge, in percent of the image width.
		 * @param x the position, from 0 to 100
		 * @return this builder
		 */
		public Rectangle x(double x) {
			this.value.put("x", percent(x, "x"));
			return this;
		}

		/**
		 * Set the top edge, in percent of the image height.
		 * @param y the position, from 0 to 100
		 * @return this builder
		 */
		public Rectangle y(double y) {
			this.value.put("y", percent(y, "y"));
			return this;
		}

		/**
		 * Set the width, in percent of the image width.
		 * @param width the width, from 0 to 100
		 * @return this builder
		 */
		public Rectangle width(double width) {
			this.value.put("width", percent(width, "width"));
			return this;
		}

		/**
		 * Set the height, in percent of the image height.
		 * @param height the height, from 0 to 100
		 * @return this builder
		 */
		public Rectangle height(double height) {
			this.value.put("height", percent(height, "height"));
			return this;
		}

		/**
		 * Set the rotation, in degrees clockwise around the top-left corner.
		 * @param rotation the rotation, a finite number
		 * @return this builder
		 */
		public Rectangle rotation(double rotation) {
			this.value.put("rotation", finite(rotation, "rotation"));
			return this;
		}

		/**
		 * Set the labels of the rectangle.
		 * @param labels the labels, at least one
		 * @return this builder
		 */
		public Rectangle labels(String... labels) {
			this.value.put("rectanglelabels", labelList(labels, "labels"));
			return this;
		}

		@Override
		void validate() {
			require("x", "y", "width", "height", "rectanglelabels");
			this.value.putIfAbsent("rotation", 0.0);
		}

	}

	/** Builder of a {@code polygonlabels} region. */
	public static final class Polygon extends KindBuilder<Polygon> {

		private final List<List<Double>> points = new ArrayList<>();

		Polygon(String fromName, String toName) {
			super("polygonlabels", fromName, toName);
		}

		/**
		 * Add a point, in percent of the image size.
		 * @param x the horizontal position, from 0 to 100
		 * @param y the vertical position, from 0 to 100
		 * @return this builder
		 */
		public Polygon point(double x, double y) {
			this.points.add(List.of(percent(x, "x"), percent(y, "y")));
			return this;
		}

		/**
		 * Set whether the polygon is closed.
		 * @param closed whether it is closed
		 * @return this builder
		 */
		public Polygon closed(boolean closed) {
			this.value.put("closed", closed);
			return this;
		}

		/**
		 * Set the labels of the polygon.
		 * @param labels the labels, at least one
		 * @return this builder
		 */
		public Polygon labels(String... labels) {
			this.value.put("polygonlabels", labelList(labels, "labels"));
			return this;
		}

		@Override
		void validate() {
			if (this.points.size() < 3) {
				throw new IllegalArgumentException("points must hold at least 3 points but held " + this.points.size());
			}
			require("polygonlabels");
			Map<String, Object> ordered = new LinkedHashMap<>();
			ordered.put("points", new ArrayList<>(this.points));
			ordered.putAll(this.value);
			this.value.clear();
			this.value.putAll(ordered);
		}

	}

	/** Builder of a {@code keypointlabels} region. */
	public static final class KeyPoint extends KindBuilder<KeyPoint> {

		KeyPoint(String fromName, String toName) {
			super("keypointlabels", fromName, toName);
		}

		/**
		 * Set the horizontal position, in percent of the image width.
		 * @param x the position, from 0 to 100
		 * @return this builder
		 */
		public KeyPoint x(double x) {
			this.value.put("x", percent(x, "x"));
			return this;
		}

		/**
		 * Set the vertical position, in percent of the image height.
		 * @param y the position, from 0 to 100
		 * @return this builder
		 */
		public KeyPoint y(double y) {
			this.value.put("y", percent(y, "y"));
			return this;
		}

		/**
		 * Set the point size, in percent of the image width.
		 * @param width the size, from 0 to 100
		 * @return this builder
		 */
		public KeyPoint width(double width) {
			this.value.put("width", percent(width, "width"));
			return this;
		}

		/**
		 * Set the labels of the point.
		 * @param labels the labels, at least one
		 * @return this builder
		 */
		public KeyPoint labels(String... labels) {
			this.value.put("keypointlabels", labelList(labels, "labels"));
			return this;
		}

		@Override
		void validate() {
			require("x", "y", "keypointlabels");
		}

	}

	/** Builder of a {@code textarea} region. */
	public static final class TextArea extends KindBuilder<TextArea> {

		TextArea(String fromName, String toName) {
			super("textarea", fromName, toName);
		}

		/**
		 * Set the texts.
		 * @param texts the texts, at least one
		 * @return this builder
		 */
		public TextArea text(String... texts) {
			if (texts == null || texts.length == 0) {
				throw new IllegalArgumentException("texts must not be empty");
			}
			List<String> result = new ArrayList<>(texts.length);
			for (String text : texts) {
				if (text == null) {
					throw new IllegalArgumentException("texts must not hold null");
				}
				result.add(text);
			}
			this.value.put("text", result);
			return this;
		}

		@Override
		void validate() {
			require("text");
		}

	}

	/** Builder of a {@code rating} region. */
	public static final class Rating extends KindBuilder<Rating> {

		Rating(String fromName, String toName) {
			super("rating", fromName, toName);
		}

		/**
		 * Set the rating.
		 * @param rating the rating, at least 0
		 * @return this builder
		 */
		public Rating rating(int rating) {
			if (rating < 0) {
				throw new IllegalArgumentException("rating must be >= 0 but was " + rating);
			}
			this.value.put("rating", rating);
			return this;
		}

		@Override
		void validate() {
			require("rating");
		}

	}

	/** Builder of a {@code taxonomy} region. */
	public static final class Taxonomy extends KindBuilder<Taxonomy> {

		private final List<List<String>> paths = new ArrayList<>();

		Taxonomy(String fromName, String toName) {
			super("taxonomy", fromName, toName);
		}

		/**
		 * Add a chosen node, by its path from the root ({@code path("Animals", "Mammals", "Cat")}).
		 * @param path the node values from the root, at least one
		 * @return this builder
		 */
		public Taxonomy path(String... path) {
			this.paths.add(labelList(path, "path"));
			this.value.put("taxonomy", new ArrayList<>(this.paths));
			return this;
		}

		@Override
		void validate() {
			require("taxonomy");
		}

	}

	/**
	 * Return the fields of the JSON object that this class does not declare, as the server sent them.
	 * @return a read-only map, empty when there are none
	 */
	public Map<String, Object> additionalProperties() {
		return SCHEMA.additionalProperties(this.json);
	}

	/**
	 * Return a field of the JSON object as the server sent it, whether declared or not, whatever its JSON
	 * type.
	 * @param name the field's JSON name, for example {@code "id"}
	 * @return the value (objects and arrays as read-only maps and lists), or {@code null} when absent or
	 * JSON {@code null}
	 */
	public @Nullable Object rawField(String name) {
		return JsonValues.readOnly(this.json.get(name));
	}

	/**
	 * Return the whole JSON object, declared and additional fields, as read or built; this is what
	 * serializing the model writes.
	 * @return a read-only map
	 */
	@JsonValue
	public Map<String, Object> rawJson() {
		return JsonValues.readOnlyMap(this.json);
	}

	/**
	 * Return a builder that starts from every field of this {@code Region}, additional ones included.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this.json);
	}

	/**
	 * Return a builder with no field set.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(Map.of());
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Region that && this.json.equals(that.json));
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	/**
	 * Describe this {@code Region}: its declared fields, objects and arrays by size, and the names
	 * of additional fields (never their values).
	 */
	@Override
	public String toString() {
		return SCHEMA.toString(this.json);
	}

	/**
	 * Builder for {@link Region}. A setter given {@code null} removes the field.
	 */
	public static final class Builder {

		private final Map<String, Object> json;

		private Builder(Map<String, Object> json) {
			this.json = new LinkedHashMap<>(json);
		}

		/**
		 * Set the region id, which links the regions of one object ({@code id}).
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			return set("id", id);
		}

		/**
		 * Set the kind of region, the control tag name in lower case (for example {@code rectanglelabels}) ({@code type}).
		 * @param type the value
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			return set("type", type);
		}

		/**
		 * Set the name of the control tag that made the region ({@code from_name}).
		 * @param fromName the value
		 * @return this builder
		 */
		public Builder fromName(@Nullable String fromName) {
			return set("from_name", fromName);
		}

		/**
		 * Set the name of the object tag the region labels ({@code to_name}).
		 * @param toName the value
		 * @return this builder
		 */
		public Builder toName(@Nullable String toName) {
			return set("to_name", toName);
		}

		/**
		 * Set the free-form value of the region ({@code value}).
		 * @param value the value
		 * @return this builder
		 */
		public Builder value(@Nullable Map<String, ?> value) {
			return set("value", (value != null) ? JsonValues.copyMap(value) : null);
		}

		/**
		 * Set the score of a predicted region ({@code score}).
		 * @param score the value
		 * @return this builder
		 */
		public Builder score(@Nullable Double score) {
			return set("score", score);
		}

		/**
		 * Set where the region comes from, for example {@code prediction} or {@code manual} ({@code origin}).
		 * @param origin the value
		 * @return this builder
		 */
		public Builder origin(@Nullable String origin) {
			return set("origin", origin);
		}

		/**
		 * Set whether annotators may not change the region ({@code readonly}).
		 * @param readonly the value
		 * @return this builder
		 */
		public Builder readonly(@Nullable Boolean readonly) {
			return set("readonly", readonly);
		}

		/**
		 * Set whether the region is hidden ({@code hidden}).
		 * @param hidden the value
		 * @return this builder
		 */
		public Builder hidden(@Nullable Boolean hidden) {
			return set("hidden", hidden);
		}

		/**
		 * Set the id of the region this one belongs to ({@code parentID}).
		 * @param parentId the value
		 * @return this builder
		 */
		public Builder parentId(@Nullable String parentId) {
			return set("parentID", parentId);
		}

		/**
		 * Set the index of the item of a multi-item object (an image of a list) ({@code item_index}).
		 * @param itemIndex the value
		 * @return this builder
		 */
		public Builder itemIndex(@Nullable Integer itemIndex) {
			return set("item_index", itemIndex);
		}

		/**
		 * Set the width of the image the region was drawn on, in pixels ({@code original_width}).
		 * @param originalWidth the value
		 * @return this builder
		 */
		public Builder originalWidth(@Nullable Integer originalWidth) {
			return set("original_width", originalWidth);
		}

		/**
		 * Set the height of the image the region was drawn on, in pixels ({@code original_height}).
		 * @param originalHeight the value
		 * @return this builder
		 */
		public Builder originalHeight(@Nullable Integer originalHeight) {
			return set("original_height", originalHeight);
		}

		/**
		 * Set the rotation of the image the region was drawn on, in degrees ({@code image_rotation}).
		 * @param imageRotation the value
		 * @return this builder
		 */
		public Builder imageRotation(@Nullable Double imageRotation) {
			return set("image_rotation", imageRotation);
		}

		/**
		 * Set the region's meta data, for example an annotator's text ({@code meta}).
		 * @param meta the value
		 * @return this builder
		 */
		public Builder meta(@Nullable Map<String, ?> meta) {
			return set("meta", (meta != null) ? JsonValues.copyMap(meta) : null);
		}

		/**
		 * Set a field this class does not declare (a deep copy of the value is kept).
		 * @param name the field's JSON name, not a declared one
		 * @param value the JSON value (maps, lists, strings, numbers, booleans), {@code null} to remove the
		 * field
		 * @return this builder
		 * @throws IllegalArgumentException if the name is blank or a declared field
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			return set(SCHEMA.additionalName(name), JsonValues.copy(value));
		}

		/**
		 * Set several fields this class does not declare, as {@link #additionalProperty(String, Object)}.
		 * @param properties the fields by JSON name
		 * @return this builder
		 */
		public Builder additionalProperties(Map<String, ?> properties) {
			if (properties == null) {
				throw new IllegalArgumentException("properties must not be null");
			}
			properties.forEach(this::additionalProperty);
			return this;
		}

		private Builder set(String name, @Nullable Object value) {
			if (value == null) {
				this.json.remove(name);
			}
			else {
				this.json.put(name, value);
			}
			return this;
		}

		/**
		 * Build the immutable {@code Region}.
		 * @return the model
		 */
		public Region build() {
			return new Region(new LinkedHashMap<>(this.json));
		}

	}

}
