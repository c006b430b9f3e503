package dev.labelstudio4j.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KeywordSentimentModelTests {

	private final KeywordSentimentModel model = new KeywordSentimentModel();

	@Test
	void onlyPositiveKeywordsGivePositiveWithFullScore() {
		assertThat(this.model.predict("Love it, GREAT value!"))
			.isEqualTo(new KeywordSentimentModel.Sentiment("Positive", 1.0));
	}

	@Test
	void mixedKeywordsGiveTheMajorityWithALowerScore() {
		// two negative (broke, disappointed), one positive (great): 0.5 + 0.5 * 1/3
		assertThat(this.model.predict("Great look, but it broke and I am disappointed"))
			.isEqualTo(new KeywordSentimentModel.Sentiment("Negative", 0.67));
	}

	@Test
	void noKeywordsGiveNeutral() {
		assertThat(this.model.predict("It is a phone case."))
			.isEqualTo(new KeywordSentimentModel.Sentiment("Neutral", 0.5));
	}

	@Test
	void aTieGivesNeutral() {
		assertThat(this.model.predict("good but slow")).isEqualTo(new KeywordSentimentModel.Sentiment("Neutral", 0.4));
	}

	@Test
	void keywordsMatchWholeWordsOnly() {
		assertThat(this.model.predict("badge goodness").label()).isEqualTo("Neutral");
	}

	@Test
	void nullTextIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.model.predict(null)).withMessageContaining("text");
	}

}
