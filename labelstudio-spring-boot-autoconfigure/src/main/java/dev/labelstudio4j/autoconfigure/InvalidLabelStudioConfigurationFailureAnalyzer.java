package dev.labelstudio4j.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * An {@link AbstractFailureAnalyzer} for {@link InvalidLabelStudioConfigurationException}.
 */
class InvalidLabelStudioConfigurationFailureAnalyzer
		extends AbstractFailureAnalyzer<InvalidLabelStudioConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidLabelStudioConfigurationException cause) {
		return new FailureAnalysis("The Label Studio client could not be configured: " + cause.getMessage(),
				cause.getAction(), cause);
	}

}
