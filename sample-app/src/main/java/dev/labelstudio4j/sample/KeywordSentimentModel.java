package dev.labelstudio4j.sample;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * A deliberately trivial sentiment "model": it counts positive and negative keywords. It stands in for
 * a real model whose output is posted to Label Studio as predictions, for annotators to confirm or fix.
 */
@Component
public class KeywordSentimentModel {

	/** The model version sent with every prediction. */
	public static final String MODEL_VERSION = "keyword-sentiment-1";

	private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}']+");

	private static final Set<String> POSITIVE = Set.of("love", "loved", "great", "excellent", "perfect", "amazing",
			"fantastic", "happy", "recommend", "best", "comfortable", "fast", "easy", "works", "sturdy", "beautiful",
			"delicious", "friendly", "helpful", "worth", "reliable", "good");

	private static final Set<String> NEGATIVE = Set.of("broke", "broken", "terrible", "awful", "worst", "disappointed",
			"disappointing", "refund", "returned", "slow", "cheap", "useless", "poor", "bad", "rude", "leaks",
			"stopped", "waste", "flimsy", "overpriced", "late", "missing", "never");

	/**
	 * Predict the sentiment of a text.
	 * @param text the text
	 * @return the predicted choice and its score
	 */
	public Sentiment predict(String text) {
		if (text == null) {
			throw new IllegalArgumentException("text must not be null");
		}
		int positive = 0;
		int negative = 0;
		for (String word : WORD_SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
			if (POSITIVE.contains(word)) {
				positive++;
			}
			else if (NEGATIVE.contains(word)) {
				negative++;
			}
		}
		int hits = positive + negative;
		if (hits == 0) {
			return new Sentiment("Neutral", 0.5);
		}
		if (positive == negative) {
			return new Sentiment("Neutral", 0.4);
		}
		String label = (positive > negative) ? "Positive" : "Negative";
		double score = 0.5 + 0.5 * Math.abs(positive - negative) / hits;
		return new Sentiment(label, Math.round(score * 100) / 100.0);
	}

	/**
	 * A prediction.
	 * @param label one of the project's choices: {@code Positive}, {@code Negative} or {@code Neutral}
	 * @param score the model's confidence, from 0 to 1
	 */
	public record Sentiment(String label, double score) {
	}

}
