package dev.labelstudio4j.client.versions;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/version/} answers: the release and the versions of the server's parts. The parts are
 * kept as the server sent them (their fields differ between releases and editions). Unknown fields are
 * ignored.
 *
 * @param release the release, for example {@code 1.20.0}
 * @param edition {@code Community} or {@code Enterprise} ({@code null} on servers that do not say)
 * @param osPackage the {@code label-studio-os-package} part ({@code version}, {@code latest_version_from_pypi}, ...)
 * @param osBackend the {@code label-studio-os-backend} part ({@code commit}, {@code date}, {@code branch}, ...)
 * @param frontend the {@code label-studio-frontend} part
 * @param dataManager the {@code dm2} part
 * @param converter the {@code label-studio-converter} part
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerVersion(@Nullable String release, @Nullable String edition,
		@JsonProperty("label-studio-os-package") @Nullable Map<String, Object> osPackage,
		@JsonProperty("label-studio-os-backend") @Nullable Map<String, Object> osBackend,
		@JsonProperty("label-studio-frontend") @Nullable Map<String, Object> frontend,
		@JsonProperty("dm2") @Nullable Map<String, Object> dataManager,
		@JsonProperty("label-studio-converter") @Nullable Map<String, Object> converter) {

	/**
	 * Whether the server says it is a Label Studio Enterprise server.
	 * @return whether {@link #edition()} is {@code Enterprise}
	 */
	public boolean isEnterprise() {
		return "Enterprise".equalsIgnoreCase(this.edition);
	}

	@Override
	public String toString() {
		return "ServerVersion[release=" + this.release + ", edition=" + this.edition + "]";
	}

}
