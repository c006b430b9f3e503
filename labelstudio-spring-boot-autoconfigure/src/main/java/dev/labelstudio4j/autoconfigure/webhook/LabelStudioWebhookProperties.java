package dev.labelstudio4j.autoconfigure.webhook;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the Label Studio webhook receiver. The receiver is on when
 * {@code labelstudio.webhook.secret} is set in a servlet web application.
 */
@ConfigurationProperties("labelstudio.webhook")
public class LabelStudioWebhookProperties {

	/** Default path of the endpoint. */
	public static final String DEFAULT_PATH = "/labelstudio/webhook";

	/** Default name of the header that carries the secret. */
	public static final String DEFAULT_SECRET_HEADER = "X-LabelStudio-Secret";

	/**
	 * Path of the endpoint Label Studio POSTs its events to.
	 */
	private String path = DEFAULT_PATH;

	/**
	 * Shared secret Label Studio sends in the webhook's custom header; a delivery without it is refused with
	 * 401. Turns the receiver on.
	 */
	private @Nullable String secret;

	/**
	 * Name of the custom header that carries the secret (letters, digits, '-' and '_').
	 */
	private String secretHeader = DEFAULT_SECRET_HEADER;

	/**
	 * Largest body accepted; a larger one is refused with 413.
	 */
	private DataSize maxBodySize = DataSize.ofMegabytes(16);

	private final Listeners listeners = new Listeners();

	private final Register register = new Register();

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public @Nullable String getSecret() {
		return this.secret;
	}

	public void setSecret(@Nullable String secret) {
		this.secret = secret;
	}

	public String getSecretHeader() {
		return this.secretHeader;
	}

	public void setSecretHeader(String secretHeader) {
		this.secretHeader = secretHeader;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Listeners getListeners() {
		return this.listeners;
	}

	public Register getRegister() {
		return this.register;
	}

	@Override
	public String toString() {
		return "LabelStudioWebhookProperties[path=" + this.path + ", secret=" + ((this.secret != null) ? "***" : null)
				+ ", secretHeader=" + this.secretHeader + "]";
	}

	/**
	 * The executor the event listeners run on, off the request thread.
	 */
	public static final class Listeners {

		/**
		 * Number of threads that run the event listeners.
		 */
		private int threads = 2;

		/**
		 * Number of events that can wait for a listener thread; when it is full a delivery is refused with 503
		 * and its event is not published (Label Studio does not retry).
		 */
		private int queueCapacity = 1000;

		public int getThreads() {
			return this.threads;
		}

		public void setThreads(int threads) {
			this.threads = threads;
		}

		public int getQueueCapacity() {
			return this.queueCapacity;
		}

		public void setQueueCapacity(int queueCapacity) {
			this.queueCapacity = queueCapacity;
		}

	}

	/**
	 * Registration of the application's webhook in Label Studio on start-up.
	 */
	public static final class Register {

		/**
		 * Id of the project to create or update the application's webhook in, found by its URL, when the
		 * application is ready. Nothing is registered when not set.
		 */
		private @Nullable Long project;

		/**
		 * Public URL at which Label Studio reaches the endpoint, for example
		 * 'https://app.example.com/labelstudio/webhook'. Read when the application is ready, so placeholders
		 * such as '${local.server.port}' resolve.
		 */
		private @Nullable String url;

		/**
		 * Actions the webhook fires for. Empty for every action.
		 */
		private List<String> actions = new ArrayList<>();

		public @Nullable Long getProject() {
			return this.project;
		}

		public void setProject(@Nullable Long project) {
			this.project = project;
		}

		public @Nullable String getUrl() {
			return this.url;
		}

		public void setUrl(@Nullable String url) {
			this.url = url;
		}

		public List<String> getActions() {
			return this.actions;
		}

		public void setActions(List<String> actions) {
			this.actions = actions;
		}

	}

}
