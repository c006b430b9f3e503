package dev.labelstudio4j.autoconfigure;

import io.github.resilience4j.micrometer.tagged.TaggedRetryMetricsPublisher;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.labelstudio4j.client.LabelStudioClient;

import org.springframework.beans.factory.ObjectProvider;

/**
 * A {@link MeterBinder} for the Resilience4j retries of the {@link LabelStudioClient}
 * ({@code resilience4j.retry.calls{name="labelstudio"}}): the retry named
 * {@link LabelStudioClient#retryName()} and those derived from it for calls with their own number of
 * attempts ({@code labelstudio.attempts-5}), including those the client registers later. The
 * application's other retries in the same registry are left alone, and no {@link RetryRegistry} bean is
 * published.
 */
final class LabelStudioRetryMetrics implements MeterBinder {

	private final ObjectProvider<LabelStudioClient> client;

	LabelStudioRetryMetrics(ObjectProvider<LabelStudioClient> client) {
		this.client = client;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LabelStudioClient client = this.client.getIfUnique();
		if (client == null) {
			return;
		}
		String name = client.retryName();
		RetryRegistry retries = client.retryRegistry();
		TaggedRetryMetricsPublisher publisher = new TaggedRetryMetricsPublisher(registry);
		retries.getEventPublisher().onEntryAdded((event) -> {
			if (isClientRetry(event.getAddedEntry(), name)) {
				publisher.publishMetrics(event.getAddedEntry());
			}
		});
		retries.getEventPublisher().onEntryReplaced((event) -> {
			if (isClientRetry(event.getOldEntry(), name)) {
				publisher.removeMetrics(event.getOldEntry());
			}
			if (isClientRetry(event.getNewEntry(), name)) {
				publisher.publishMetrics(event.getNewEntry());
			}
		});
		for (Retry retry : retries.getAllRetries()) {
			if (isClientRetry(retry, name)) {
				publisher.publishMetrics(retry);
			}
		}
	}

	private static boolean isClientRetry(Retry retry, String name) {
		return retry.getName().equals(name) || retry.getName().startsWith(name + ".");
	}

}
