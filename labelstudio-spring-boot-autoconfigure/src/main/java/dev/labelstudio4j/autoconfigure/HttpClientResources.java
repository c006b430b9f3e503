package dev.labelstudio4j.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The HTTP clients and request factories the auto-configuration creates for the
 * {@link dev.labelstudio4j.client.LabelStudioClient} bean and hands to its builder (which leaves what
 * it is given open). They are closed when the context closes, after the client bean, which depends on
 * this bean.
 */
final class HttpClientResources implements DisposableBean {

	private static final Log logger = LogFactory.getLog(HttpClientResources.class);

	private final List<Object> resources = new ArrayList<>();

	private boolean closed;

	/**
	 * Take a resource to close with the context.
	 * @param resource an {@link AutoCloseable} or a {@link DisposableBean}; anything else is ignored
	 * @param <T> the type of the resource
	 * @return the resource
	 */
	<T> T add(T resource) {
		if (resource instanceof AutoCloseable || resource instanceof DisposableBean) {
			synchronized (this.resources) {
				if (this.closed) {
					throw new IllegalStateException("The context is closed");
				}
				this.resources.add(resource);
			}
		}
		return resource;
	}

	@Override
	public void destroy() {
		List<Object> toClose;
		synchronized (this.resources) {
			this.closed = true;
			toClose = new ArrayList<>(this.resources);
			this.resources.clear();
		}
		for (Object resource : toClose) {
			try {
				if (resource instanceof DisposableBean disposable) {
					disposable.destroy();
				}
				else {
					((AutoCloseable) resource).close();
				}
			}
			catch (Exception ex) {
				logger.debug("Closing an HTTP client of the Label Studio client failed", ex);
			}
		}
	}

}
