package dev.labelstudio4j.autoconfigure;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the auto-configuration uses the client's public API only: no compiled class of this
 * module refers to a type in {@code dev.labelstudio4j.client.internal}.
 */
class PublicClientApiOnlyTests {

	private static final String INTERNAL = "dev/labelstudio4j/client/internal/";

	@Test
	void noClassReferencesTheClientsInternalPackage() throws IOException, URISyntaxException {
		Path classes = Path.of(LabelStudioAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation()
			.toURI());
		List<Path> classFiles;
		try (Stream<Path> files = Files.walk(classes)) {
			classFiles = files.filter((file) -> file.toString().endsWith(".class")).toList();
		}
		assertThat(classFiles).hasSizeGreaterThan(10);
		for (Path classFile : classFiles) {
			String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
			assertThat(constants).as(classes.relativize(classFile).toString()).doesNotContain(INTERNAL);
		}
	}

}
