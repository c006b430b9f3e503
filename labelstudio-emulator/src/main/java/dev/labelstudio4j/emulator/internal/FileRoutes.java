package dev.labelstudio4j.emulator.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Request;

/**
 * The {@code files} routes: file uploads and their download. Handlers run under the state's lock.
 */
final class FileRoutes {

	private final EmulatorState state;

	FileRoutes(EmulatorState state) {
		this.state = state;
	}

	Reply listFileUploads(long projectId, Call call) {
		this.state.project(projectId);
		Set<String> ids = new LinkedHashSet<>(call.query.getOrDefault("ids", List.of()));
		return Reply.json(200, this.state.fileUploads.values().stream()
			.filter((f) -> Long.valueOf(projectId).equals(f.get("project")))
			.filter((f) -> ids.isEmpty() || ids.contains(String.valueOf(f.get("id"))))
			.map(this.state::renderFileUpload)
			.toList());
	}

	Reply deleteFileUploads(long projectId, Call call) {
		this.state.project(projectId);
		List<Long> ids = this.state.fileUploads.values().stream()
			.filter((f) -> Long.valueOf(projectId).equals(f.get("project")))
			.map((f) -> (Long) f.get("id"))
			.toList();
		ids.forEach(this.state::removeUpload);
		return Reply.noContent();
	}

	Reply updateFileUpload(long id, Call call) {
		Map<String, Object> upload = this.state.fileUpload(id);
		if (call.isMultipart()) {
			Request.Part part = call.request.getPart("file");
			if (part == null || part.getFileName() == null || part.getFileName().isBlank()) {
				throw ApiError.validation("file", "No file was submitted.");
			}
			String current = String.valueOf(upload.get("file"));
			String directory = current.substring(0, current.lastIndexOf('/') + 1);
			String prefix = UUID.randomUUID().toString().substring(0, 8);
			upload.put("file", directory + prefix + "-" + part.getFileName().replaceAll("[^A-Za-z0-9._-]", "_"));
			this.state.fileContents.put(id, part.getBody().asBytes());
		}
		else if (call.jsonObject().get("file") instanceof String file && !file.isBlank()) {
			upload.put("file", file);
		}
		return Reply.json(200, this.state.renderFileUpload(upload));
	}

	Reply deleteFileUpload(long id) {
		this.state.fileUpload(id);
		this.state.removeUpload(id);
		return Reply.noContent();
	}

	Reply download(String rawName) {
		String name = Call.decode(rawName);
		for (Map<String, Object> upload : this.state.fileUploads.values()) {
			String file = String.valueOf(upload.get("file"));
			String relative = file.startsWith("upload/") ? file.substring("upload/".length()) : file;
			String bare = relative.substring(relative.lastIndexOf('/') + 1);
			if (name.equals(relative) || name.equals(bare) || name.equals(file)) {
				Reply reply = Reply.bytes(200, this.state.fileContents.get((Long) upload.get("id")),
						"application/octet-stream");
				reply.headers.put("Content-Disposition", "attachment; filename=\"" + bare + "\"");
				return reply;
			}
		}
		throw ApiError.notFound();
	}

}
