package dev.labelstudio4j.emulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/version/} (no authentication needed): the release and the parts of an open-source server,
 * shaped as Label Studio's {@code collect_versions} answers them.
 */
final class VersionRoutes {

	private final Map<String, Object> body;

	VersionRoutes(String version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("release", version);
		Map<String, Object> osPackage = new LinkedHashMap<>();
		osPackage.put("version", version);
		osPackage.put("short_version", version.substring(0, Math.max(version.lastIndexOf('.'), 0)));
		osPackage.put("latest_version_from_pypi", version);
		osPackage.put("latest_version_upload_time", null);
		osPackage.put("current_version_is_outdated", false);
		body.put("label-studio-os-package", osPackage);
		body.put("label-studio-os-backend", Map.of("message", "emulator", "commit", "emulator", "date", "",
				"branch", "", "version", version));
		body.put("label-studio-frontend", Map.of("message", "emulator", "commit", "emulator", "branch", "", "date", ""));
		body.put("dm2", Map.of("message", "emulator", "commit", "emulator", "branch", "", "date", ""));
		body.put("label-studio-converter", Map.of("version", "0.0.59"));
		body.put("edition", "Community");
		this.body = body;
	}

	void register(RouteTable routes) {
		routes.add("GET", "/api/version/?", false, (c, m) -> Reply.json(200, this.body));
	}

}
