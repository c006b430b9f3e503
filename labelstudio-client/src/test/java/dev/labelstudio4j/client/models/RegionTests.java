package dev.labelstudio4j.client.models;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.labelstudio4j.client.internal.LabelStudioJson;
import dev.labelstudio4j.client.regions.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The region builders write exactly Label Studio's result JSON for each kind, and the typed views read it
 * back.
 */
class RegionTests {

	private static final LabelStudioJson json = LabelStudioJson.get();

	@Test
	void rectangle() {
		Region region = Region.rectangle("label", "image")
			.id("r1")
			.x(12.5)
			.y(20)
			.width(30)
			.height(40.25)
			.rotation(15)
			.labels("Car", "Red")
			.originalSize(800, 600)
			.score(0.93)
			.origin("prediction")
			.build();
		assertJson(region, """
				{"id": "r1", "type": "rectanglelabels", "from_name": "label", "to_name": "image",
				 "value": {"x": 12.5, "y": 20.0, "width": 30.0, "height": 40.25, "rotation": 15.0,
				           "rectanglelabels": ["Car", "Red"]},
				 "original_width": 800, "original_height": 600, "score": 0.93, "origin": "prediction"}""");
		assertThat(region.x()).isEqualTo(12.5);
		assertThat(region.y()).isEqualTo(20.0);
		assertThat(region.width()).isEqualTo(30.0);
		assertThat(region.height()).isEqualTo(40.25);
		assertThat(region.rotation()).isEqualTo(15.0);
		assertThat(region.labels()).containsExactly("Car", "Red");
		assertThat(region.originalWidth()).isEqualTo(800);
		assertJson(Region.rectangle("l", "i").x(0).y(0).width(100).height(100).labels("A").build(), """
				{"type": "rectanglelabels", "from_name": "l", "to_name": "i",
				 "value": {"x": 0.0, "y": 0.0, "width": 100.0, "height": 100.0, "rotation": 0.0,
				           "rectanglelabels": ["A"]}}""");
	}

	@Test
	void polygon() {
		Region region = Region.polygon("poly", "image")
			.point(10, 20)
			.point(30.5, 40)
			.point(50, 5)
			.closed(true)
			.labels("Road")
			.build();
		assertJson(region, """
				{"type": "polygonlabels", "from_name": "poly", "to_name": "image",
				 "value": {"points": [[10.0, 20.0], [30.5, 40.0], [50.0, 5.0]], "closed": true,
				           "polygonlabels": ["Road"]}}""");
		assertThat(region.points()).containsExactly(List.of(10.0, 20.0), List.of(30.5, 40.0), List.of(50.0, 5.0));
		assertThat(region.labels()).containsExactly("Road");
	}

	@Test
	void keyPoint() {
		Region region = Region.keyPoint("kp", "image").x(45).y(55.5).width(0.6).labels("Nose").build();
		assertJson(region, """
				{"type": "keypointlabels", "from_name": "kp", "to_name": "image",
				 "value": {"x": 45.0, "y": 55.5, "width": 0.6, "keypointlabels": ["Nose"]}}""");
		assertThat(region.labels()).containsExactly("Nose");
		assertThat(region.width()).isEqualTo(0.6);
	}

	@Test
	void choices() {
		Region region = Region.choices("sentiment", "text").choices("Positive").build();
		assertJson(region, """
				{"type": "choices", "from_name": "sentiment", "to_name": "text",
				 "value": {"choices": ["Positive"]}}""");
		assertThat(region.choices()).containsExactly("Positive");
	}

	@Test
	void labels() {
		Region region = Region.labels("ner", "text").start(0).end(5).text("Hello").labels("Greeting").build();
		assertJson(region, """
				{"type": "labels", "from_name": "ner", "to_name": "text",
				 "value": {"start": 0, "end": 5, "text": "Hello", "labels": ["Greeting"]}}""");
		assertThat(region.start()).isZero();
		assertThat(region.end()).isEqualTo(5);
		assertThat(region.text()).isEqualTo("Hello");
		assertThat(region.labels()).containsExactly("Greeting");
		assertThat(Region.labels("ner", "text").span(3, 9).labels("X").build().value())
			.containsEntry("start", 3)
			.containsEntry("end", 9);
	}

	@Test
	void textArea() {
		Region region = Region.textArea("transcript", "audio").text("first line", "second").build();
		assertJson(region, """
				{"type": "textarea", "from_name": "transcript", "to_name": "audio",
				 "value": {"text": ["first line", "second"]}}""");
		assertThat(region.texts()).containsExactly("first line", "second");
		assertThat(region.text()).isNull();
	}

	@Test
	void rating() {
		Region region = Region.rating("stars", "image").rating(4).build();
		assertJson(region, """
				{"type": "rating", "from_name": "stars", "to_name": "image", "value": {"rating": 4}}""");
		assertThat(region.rating()).isEqualTo(4);
	}

	@Test
	void taxonomy() {
		Region region = Region.taxonomy("taxonomy", "text")
			.path("Animals", "Mammals", "Cat")
			.path("Plants")
			.build();
		assertJson(region, """
				{"type": "taxonomy", "from_name": "taxonomy", "to_name": "text",
				 "value": {"taxonomy": [["Animals", "Mammals", "Cat"], ["Plants"]]}}""");
		assertThat(region.taxonomy()).containsExactly(List.of("Animals", "Mammals", "Cat"), List.of("Plants"));
	}

	@Test
	void readRegionsOfOtherKindsKeepTheirValue() {
		Region brush = json.read("""
				{"id": "b", "type": "brushlabels", "from_name": "brush", "to_name": "image", "parentID": "p",
				 "value": {"format": "rle", "rle": [1, 2, 3], "brushlabels": ["Sky"]}, "readonly": false}""",
				Region.class);
		assertThat(brush.labels()).containsExactly("Sky");
		assertThat(brush.value()).containsEntry("format", "rle").containsEntry("rle", List.of(1, 2, 3));
		assertThat(brush.parentId()).isEqualTo("p");
		assertThat(brush.readonly()).isFalse();
		assertThat(brush.x()).isNull();
		assertThat(brush.points()).isEmpty();
		assertThat(brush.toBuilder().build()).isEqualTo(brush);
	}

	@Test
	void buildersRejectIncompleteOrWrongRegions() {
		assertThatIllegalArgumentException().isThrownBy(() -> Region.rectangle(" ", "image"))
			.withMessage("fromName must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Region.rectangle("label", "image").x(1).y(1).width(1).labels("A").build())
			.withMessage("height must be set");
		assertThatIllegalArgumentException().isThrownBy(() -> Region.rectangle("label", "image").x(101))
			.withMessage("x must be a percentage between 0 and 100 but was 101.0");
		assertThatIllegalArgumentException().isThrownBy(() -> Region.rectangle("label", "image").labels())
			.withMessage("labels must not be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Region.polygon("p", "i").point(1, 1).point(2, 2).labels("A").build())
			.withMessage("points must hold at least 3 points but held 2");
		assertThatIllegalArgumentException().isThrownBy(() -> Region.labels("n", "t").span(5, 2))
			.withMessage("start must be >= 0 and end >= start but were 5 and 2");
		assertThatIllegalArgumentException().isThrownBy(() -> Region.rating("r", "i").build())
			.withMessage("rating must be set");
		assertThatIllegalArgumentException().isThrownBy(() -> Region.choices("c", "t").choices("A").score(Double.NaN))
			.withMessage("score must be a finite number but was NaN");
	}

	private static void assertJson(Region region, String expected) {
		JsonNode written = json.mapper().readTree(json.writeString(region));
		assertThat(written).isEqualTo(json.mapper().readTree(expected));
		Region read = json.read(json.writeString(region), Region.class);
		assertThat(read).isEqualTo(region);
	}

}
