package dev.labelstudio4j.autoconfigure;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.LabelStudioClient;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Explains a missing bean of a Label Studio client type ({@link LabelStudioClient}, a resource
 * client such as {@code ProjectsClient}, {@link LabelStudioConnectionDetails}) when
 * {@code labelstudio.url} is not set: the auto-configuration then configures no client. Runs
 * before Spring Boot's generic analysis of a missing bean; when {@code labelstudio.url} is set,
 * leaves the failure to it.
 */
class LabelStudioClientNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private static final String CLIENT_PACKAGE = LabelStudioClient.class.getPackageName();

	private final @Nullable Environment environment;

	LabelStudioClientNotConfiguredFailureAnalyzer(@Nullable Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		Class<?> type = beanType(cause);
		if (type == null || !isLabelStudioType(type) || (this.environment != null
				&& StringUtils.hasText(this.environment.getProperty(LabelStudioAutoConfiguration.URL_PROPERTY)))) {
			return null;
		}
		return new FailureAnalysis("A bean of type '" + type.getName() + "' is required, but no Label Studio "
				+ "client is configured: labelstudio.url is not set.",
				"Set labelstudio.url to the URL of your Label Studio server and labelstudio.api-key to a legacy "
						+ "API key or a personal access token from Label Studio's \"Account & Settings\" page, for "
						+ "example labelstudio.url=https://label-studio.example.com and "
						+ "labelstudio.api-key=${LABEL_STUDIO_API_KEY}, or define a LabelStudioConnectionDetails bean.",
				cause);
	}

	private static @Nullable Class<?> beanType(NoSuchBeanDefinitionException cause) {
		ResolvableType type = cause.getResolvableType();
		return (type != null) ? type.resolve() : cause.getBeanType();
	}

	private static boolean isLabelStudioType(Class<?> type) {
		String packageName = type.getPackageName();
		return packageName.equals(CLIENT_PACKAGE) || packageName.startsWith(CLIENT_PACKAGE + ".")
				|| type == LabelStudioConnectionDetails.class;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
