package dev.labelstudio4j.autoconfigure;

import io.github.resilience4j.core.registry.InMemoryRegistryStore;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.labelstudio4j.client.LabelStudioClient;

import org.springframework.beans.factory.ObjectProvider;

/**
 * A {@link MeterBinder} for the Resilience4j retry of the {@link LabelStudioClient}
 * ({@code resilience4j.retry.calls{name="labelstudio"}}). It binds {@link TaggedRetryMetrics}
 * over a registry that holds only the client's retry, so that the application's other
 * retries are left alone and no {@link RetryRegistry} bean is published.
 */
final class LabelStudioRetryMetrics implements MeterBinder {

	private final ObjectProvider<LabelStudioClient> client;

	LabelStudioRetryMetrics(ObjectProvider<LabelStudioClient> client) {
		this.client = client;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LabelStudioClient client = this.client.getIfUnique();
		Retry retry = (client != null) ? client.retryRegistry().find(client.retryName()).orElse(null) : null;
		if (retry == null) {
			return;
		}
		InMemoryRegistryStore<Retry> store = new InMemoryRegistryStore<>();
		store.putIfAbsent(retry.getName(), retry);
		RetryRegistry clientRetries = RetryRegistry.custom().withRegistryStore(store).build();
		TaggedRetryMetrics.ofRetryRegistry(clientRetries).bindTo(registry);
	}

}
