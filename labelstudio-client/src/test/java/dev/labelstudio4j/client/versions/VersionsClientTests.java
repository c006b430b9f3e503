package dev.labelstudio4j.client.versions;

import org.junit.jupiter.api.Test;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Wire tests for {@link VersionsClient}.
 */
class VersionsClientTests extends WireMockTestBase {

	private final LabelStudioClient client = client();

	@Test
	void getReadsTheReleaseEditionAndParts() {
		stubFor(get(urlEqualTo("/api/version/")).willReturn(okJson("""
				{"release": "1.22.0",
				 "label-studio-os-package": {"version": "1.22.0", "short_version": "1.22",
				   "latest_version_from_pypi": "1.22.0", "current_version_is_outdated": false},
				 "label-studio-os-backend": {"message": "m", "commit": "abc123", "branch": "", "version": "1.22.0"},
				 "label-studio-frontend": {"commit": "def"}, "dm2": {"commit": "ghi"},
				 "label-studio-converter": {"version": "0.0.59"}, "edition": "Community"}""")));
		ServerVersion version = this.client.versions().get();
		verify(exactly(1), getRequestedFor(urlEqualTo("/api/version/")));
		assertThat(version.release()).isEqualTo("1.22.0");
		assertThat(version.edition()).isEqualTo("Community");
		assertThat(version.isEnterprise()).isFalse();
		assertThat(version.osPackage()).containsEntry("short_version", "1.22");
		assertThat(version.osBackend()).containsEntry("commit", "abc123");
		assertThat(version.frontend()).containsEntry("commit", "def");
		assertThat(version.dataManager()).containsEntry("commit", "ghi");
		assertThat(version.converter()).containsEntry("version", "0.0.59");
		assertThat(version).hasToString("ServerVersion[release='1.22.0', edition='Community', label-studio-os-package={4 fields},"
				+ " label-studio-os-backend={4 fields}, label-studio-frontend={1 fields}, dm2={1 fields},"
				+ " label-studio-converter={1 fields}]");
	}

	@Test
	void anOlderServerWithoutEditionOrPartsIsRead() {
		stubFor(get(urlEqualTo("/api/version/")).willReturn(okJson("{\"release\": \"1.7.3\", \"lsf\": {}}")));
		ServerVersion version = this.client.versions().get();
		assertThat(version.release()).isEqualTo("1.7.3");
		assertThat(version.edition()).isNull();
		assertThat(version.osPackage()).isNull();
	}

	@Test
	void optionsAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.versions().get(null))
			.withMessageContaining("options");
	}

}
