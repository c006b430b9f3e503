package dev.labelstudio4j.client.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.labelstudio4j.client.LabelStudioClient;
import dev.labelstudio4j.client.NotFoundException;
import dev.labelstudio4j.client.testsupport.WireMockTestBase;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesClientTests extends WireMockTestBase {

	private static final String UPLOAD = "{\"id\": 31, \"file\": \"upload/7/6b25fc23-reviews.csv\", \"size\": 4096}";

	@Test
	void getReadsTheFileUpload() {
		stubFor(get(urlEqualTo("/api/import/file-upload/31")).willReturn(okJson(UPLOAD)));

		FileUpload upload = client().files().get(31);

		assertThat(upload).isEqualTo(FileUpload.builder()
			.id(31L)
			.file("upload/7/6b25fc23-reviews.csv")
			.additionalProperty("size", 4096)
			.build());
		verify(getRequestedFor(urlEqualTo("/api/import/file-upload/31")));
	}

	@Test
	void deleteSendsDelete() {
		stubFor(delete(urlEqualTo("/api/import/file-upload/31")).willReturn(aResponse().withStatus(204)));

		client().files().delete(31);

		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/import/file-upload/31")));
	}

	@Test
	void updateUploadsTheReplacementAsMultipart() {
		stubFor(patch(urlEqualTo("/api/import/file-upload/31")).willReturn(okJson(UPLOAD)));
		String csv = "text\nFixed typo in row two\n";

		FileUpload upload = client().files()
			.update(31, UploadFile.of("reviews.csv", csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(upload.id()).isEqualTo(31);
		verify(patchRequestedFor(urlEqualTo("/api/import/file-upload/31"))
			.withHeader("Content-Type", containing("multipart/form-data"))
			.withRequestBodyPart(aMultipart().withName("file")
				.withHeader("Content-Disposition", containing("filename=\"reviews.csv\""))
				.withBody(equalTo(csv))
				.build()));
	}

	@Test
	void listSendsTheFilters() {
		stubFor(get(urlPathEqualTo("/api/projects/7/file-uploads")).willReturn(okJson("""
				[{"id": 31, "file": "upload/7/6b25fc23-reviews.csv"}, {"id": 32, "file": "upload/7/0d1e4f77-more.json"}]
				""")));

		List<FileUpload> uploads = client().files().list(7, FileListParams.builder().all(true).ids(31, 32).build());

		assertThat(uploads).extracting(FileUpload::id).containsExactly(31L, 32L);
		assertThat(uploads.get(1).file()).isEqualTo("upload/7/0d1e4f77-more.json");
		verify(getRequestedFor(urlEqualTo("/api/projects/7/file-uploads?all=true&ids=31&ids=32")));
	}

	@Test
	void listWithoutFiltersSendsNoQuery() {
		stubFor(get(urlPathEqualTo("/api/projects/7/file-uploads")).willReturn(okJson("[]")));

		assertThat(client().files().list(7)).isEmpty();

		verify(getRequestedFor(urlEqualTo("/api/projects/7/file-uploads")));
	}

	@Test
	void deleteManySendsDelete() {
		stubFor(delete(urlEqualTo("/api/projects/7/file-uploads")).willReturn(aResponse().withStatus(204)));

		client().files().deleteMany(7);

		verify(exactly(1), deleteRequestedFor(urlEqualTo("/api/projects/7/file-uploads")));
	}

	@Test
	void downloadStreamsTheRawBytes() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		stubFor(get(urlEqualTo("/data/upload/6b25fc23-cat.png"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/png").withBody(png)));

		try (InputStream in = client().files().download("6b25fc23-cat.png")) {
			assertThat(in.readAllBytes()).isEqualTo(png);
		}
		verify(getRequestedFor(urlEqualTo("/data/upload/6b25fc23-cat.png")));
	}

	@Test
	void downloadToAPathWritesTheFile(@TempDir Path dir) throws IOException {
		String csv = "text\nGreat value for money\n";
		stubFor(get(urlEqualTo("/data/upload/7%2F6b25fc23-reviews.csv"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv").withBody(csv)));
		Path target = dir.resolve("reviews.csv");
		Files.writeString(target, "stale content that is longer than the new one, to be replaced");

		long written = client().files().download("7/6b25fc23-reviews.csv", target);

		assertThat(written).isEqualTo(csv.length());
		assertThat(Files.readString(target)).isEqualTo(csv);
	}

	@Test
	void aMissingFileIsNotFound() {
		stubFor(get(urlEqualTo("/data/upload/gone.csv")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"9d1c\", \"status_code\": 404, \"detail\": \"Not found.\"}")));

		assertThatThrownBy(() -> client().files().download("gone.csv")).isInstanceOf(NotFoundException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			../etc/passwd       | /data/upload/..%2Fetc%2Fpasswd
			a/b                 | /data/upload/a%2Fb
			%2e%2e              | /data/upload/%252e%252e
			..%2f..%2fsecret    | /data/upload/..%252f..%252fsecret
			my tasks 1.csv      | /data/upload/my%20tasks%201.csv
			résumé-δεδομένα.json | /data/upload/r%C3%A9sum%C3%A9-%CE%B4%CE%B5%CE%B4%CE%BF%CE%BC%CE%AD%CE%BD%CE%B1.json
			x.csv?x=1           | /data/upload/x.csv%3Fx%3D1
			x.csv#frag          | /data/upload/x.csv%23frag
			...                 | /data/upload/...
			a\\b                | /data/upload/a%5Cb
			""")
	void hostileFileNamesStayOneEncodedSegment(String filename, String expectedUrl) throws IOException {
		stubFor(get(urlEqualTo(expectedUrl)).willReturn(aResponse().withStatus(200).withBody("ok")));

		try (InputStream in = client().files().download(filename)) {
			assertThat(in.readAllBytes()).asString().isEqualTo("ok");
		}

		verify(exactly(1), getRequestedFor(urlEqualTo(expectedUrl)));
		verify(exactly(1), anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest
	@ValueSource(strings = { ".", "..", "", " " })
	void dotSegmentsAndBlankNamesAreRefused(String filename) {
		assertThatIllegalArgumentException().isThrownBy(() -> client().files().download(filename))
			.withMessageContaining("filename");
		verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void argumentsAreCheckedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> client().files().get(0)).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> client().files().list(-1))
			.withMessageContaining("projectId");
		assertThatIllegalArgumentException().isThrownBy(() -> client().files().update(31, null))
			.withMessageContaining("file");
		assertThatIllegalArgumentException().isThrownBy(() -> client().files().download(null))
			.withMessageContaining("filename");
		assertThatIllegalArgumentException().isThrownBy(() -> FileListParams.builder().ids(0))
			.withMessageContaining("ids");
		verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void everyOperationIsTaggedWithItsSeedName() throws IOException {
		stubFor(any(urlEqualTo("/api/import/file-upload/31")).willReturn(okJson(UPLOAD)));
		stubFor(any(urlPathEqualTo("/api/projects/7/file-uploads")).willReturn(okJson("[]")));
		stubFor(get(urlEqualTo("/data/upload/a.csv")).willReturn(aResponse().withStatus(200).withBody("text\n")));
		assertThat(taggedOperations((client) -> {
			client.files().get(31);
			client.files().update(31, UploadFile.of("a.csv", new byte[] { 'x' }));
			client.files().delete(31);
			client.files().list(7);
			client.files().deleteMany(7);
			try (InputStream in = client.files().download("a.csv")) {
				in.readAllBytes();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		})).containsExactly("files.delete", "files.delete_many", "files.download", "files.get", "files.list",
				"files.update");
	}

	private List<String> taggedOperations(Consumer<LabelStudioClient> calls) {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		calls.accept(clientBuilder().observationRegistry(observations).build());
		return meters.find("labelstudio.client.requests")
			.timers()
			.stream()
			.map((timer) -> timer.getId().getTag("labelstudio.operation"))
			.distinct()
			.sorted()
			.toList();
	}

}
