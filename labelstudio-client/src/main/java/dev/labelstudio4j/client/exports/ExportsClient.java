package dev.labelstudio4j.client.exports;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.labelstudio4j.client.RequestOptions;

/**
 * Exports of a project's tasks and annotations (the SDK's {@code projects.exports}). Obtain it from
 * {@code client.projects().exports()}. Thread-safe.
 * <p>
 * Every download streams: to a file, an {@code OutputStream} or an {@link ExportBodyReader}, never holding the
 * export in memory; JSON exports can also be read as a lazy {@code Stream} of {@link ExportedTask}s. Downloads
 * are GETs and are retried like any GET (a download to a {@code Path} starts the file again; one to an output
 * the client cannot rewind is retried only while nothing reached it, see {@link ExportDownloadException}).
 * Creating and converting a snapshot are POSTs and follow the client's rules for calls that are not
 * idempotent (retried only when the server cannot have processed them, unless the call opts in).
 * <p>
 * A download to a {@code Path} that names an existing directory writes a file in it named after the server's
 * file name ({@code Content-Disposition}, reduced to its last segment: never outside the directory); any
 * other {@code Path} is the file itself, replaced when it exists. The file appears complete or not at all.
 * <p>
 * {@link #exportSnapshot(long, SnapshotExport, Path)} runs a snapshot's whole life cycle in one call.
 */
public interface ExportsClient {

	// synchronous export: GET /api/projects/{id}/export

	/**
	 * {@code GET /api/projects/{id}/export}: export the project now, streamed to a file. The server builds the
	 * whole file before it answers, so the call gets {@link SyncExportOptions#readTimeout()} as read timeout;
	 * prefer snapshots for large projects.
	 * @param projectId the project id
	 * @param options format and task selection
	 * @param target a file, or an existing directory to write the server's file name into
	 * @return what was written
	 */
	default ExportDownload createExport(long projectId, SyncExportOptions options, Path target) {
		return createExport(projectId, options, target, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/export} to a file, with per-call options. */
	ExportDownload createExport(long projectId, SyncExportOptions options, Path target, RequestOptions requestOptions);

	/** {@code GET /api/projects/{id}/export} streamed to an output stream (not closed). */
	default ExportDownload createExport(long projectId, SyncExportOptions options, OutputStream out) {
		return createExport(projectId, options, out, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/export} streamed to an output stream (not closed), with per-call options. */
	ExportDownload createExport(long projectId, SyncExportOptions options, OutputStream out,
			RequestOptions requestOptions);

	/** {@code GET /api/projects/{id}/export} read by a reader as it arrives. */
	default <T> T createExport(long projectId, SyncExportOptions options, ExportBodyReader<T> reader) {
		return createExport(projectId, options, reader, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/export} read by a reader as it arrives, with per-call options. */
	<T> T createExport(long projectId, SyncExportOptions options, ExportBodyReader<T> reader,
			RequestOptions requestOptions);

	/**
	 * {@code GET /api/projects/{id}/export} in JSON, read as a lazy stream of tasks. The stream holds the
	 * connection: close it (try-with-resources).
	 * @param projectId the project id
	 * @param options task selection; the format must be {@link ExportFormat#JSON}
	 * @return the tasks, read one at a time as the stream is consumed
	 */
	default Stream<ExportedTask> streamTasks(long projectId, SyncExportOptions options) {
		return streamTasks(projectId, options, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/export} in JSON as a lazy stream of tasks, with per-call options. */
	Stream<ExportedTask> streamTasks(long projectId, SyncExportOptions options, RequestOptions requestOptions);

	// formats

	/**
	 * {@code GET /api/projects/{id}/export/formats}: the formats the project can be exported in.
	 * @param projectId the project id
	 * @return the formats, those that suit the project first
	 */
	default List<ExportFormatInfo> listFormats(long projectId) {
		return listFormats(projectId, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/export/formats} with per-call options. */
	List<ExportFormatInfo> listFormats(long projectId, RequestOptions options);

	// snapshots

	/**
	 * {@code GET /api/projects/{id}/exports/}: the project's snapshots, newest first (servers keep 100).
	 * @param projectId the project id
	 * @return the snapshots
	 */
	default List<Export> list(long projectId) {
		return list(projectId, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/exports/} with per-call options. */
	List<Export> list(long projectId, RequestOptions options);

	/**
	 * {@code POST /api/projects/{id}/exports/}: create a snapshot of every task.
	 * @param projectId the project id
	 * @return the snapshot; it may still be in progress
	 */
	default Export create(long projectId) {
		return create(projectId, ExportCreate.defaults(), RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/exports/} with task filter, annotation filter and serialization options. */
	default Export create(long projectId, ExportCreate snapshot) {
		return create(projectId, snapshot, RequestOptions.none());
	}

	/** {@code POST /api/projects/{id}/exports/} with snapshot and per-call options. */
	Export create(long projectId, ExportCreate snapshot, RequestOptions options);

	/**
	 * {@code GET /api/projects/{id}/exports/{export_pk}}: one snapshot with its conversions.
	 * @param projectId the project id
	 * @param exportId the snapshot id
	 * @return the snapshot
	 */
	default Export get(long projectId, long exportId) {
		return get(projectId, exportId, RequestOptions.none());
	}

	/** {@code GET /api/projects/{id}/exports/{export_pk}} with per-call options. */
	Export get(long projectId, long exportId, RequestOptions options);

	/**
	 * {@code DELETE /api/projects/{id}/exports/{export_pk}}: delete a snapshot and its files.
	 * @param projectId the project id
	 * @param exportId the snapshot id
	 */
	default void delete(long projectId, long exportId) {
		delete(projectId, exportId, RequestOptions.none());
	}

	/** {@code DELETE /api/projects/{id}/exports/{export_pk}} with per-call options. */
	void delete(long projectId, long exportId, RequestOptions options);

	/**
	 * {@code POST /api/projects/{id}/exports/{export_pk}/convert}: start converting a snapshot into another
	 * format. The conversion has its own status: find it in {@link Export#convertedFormats()} by the id answered.
	 * @param projectId the project id
	 * @param exportId the snapshot id
	 * @param format the format
	 * @return the format and the conversion's id
	 */
	default ConvertResult convert(long projectId, long exportId, ExportFormat format) {
		return convert(projectId, exportId, format, null, RequestOptions.none());
	}

	/**
	 * {@code POST /api/projects/{id}/exports/{export_pk}/convert} with {@code download_resources} and per-call
	 * options.
	 * @param downloadResources whether media files are bundled; {@code null} to leave it out
	 */
	ConvertResult convert(long projectId, long exportId, ExportFormat format, @Nullable Boolean downloadResources,
			RequestOptions options);

	/**
	 * {@code GET /api/projects/{id}/exports/{export_pk}/download?exportType=...}: a snapshot's file, streamed
	 * to a file. Formats other than JSON must have been converted first on servers that convert asynchronously.
	 * @param projectId the project id
	 * @param exportId the snapshot id
	 * @param format the format
	 * @param target a file, or an existing directory to write the server's file name into
	 * @return what was written
	 */
	default ExportDownload download(long projectId, long exportId, ExportFormat format, Path target) {
		return download(projectId, exportId, format, target, RequestOptions.none());
	}

	/** {@code GET .../exports/{export_pk}/download} to a file, with per-call options. */
	ExportDownload download(long projectId, long exportId, ExportFormat format, Path target, RequestOptions options);

	/** {@code GET .../exports/{export_pk}/download} streamed to an output stream (not closed). */
	default ExportDownload download(long projectId, long exportId, ExportFormat format, OutputStream out) {
		return download(projectId, exportId, format, out, RequestOptions.none());
	}

	/** {@code GET .../exports/{export_pk}/download} streamed to an output stream, with per-call options. */
	ExportDownload download(long projectId, long exportId, ExportFormat format, OutputStream out,
			RequestOptions options);

	/** {@code GET .../exports/{export_pk}/download} read by a reader as it arrives. */
	default <T> T download(long projectId, long exportId, ExportFormat format, ExportBodyReader<T> reader) {
		return download(projectId, exportId, format, reader, RequestOptions.none());
	}

	/** {@code GET .../exports/{export_pk}/download} read by a reader, with per-call options. */
	<T> T download(long projectId, long exportId, ExportFormat format, ExportBodyReader<T> reader,
			RequestOptions options);

	/**
	 * {@code GET .../exports/{export_pk}/download?exportType=JSON} read as a lazy stream of tasks. The stream
	 * holds the connection: close it (try-with-resources).
	 * @param projectId the project id
	 * @param exportId the snapshot id
	 * @return the tasks, read one at a time as the stream is consumed
	 */
	default Stream<ExportedTask> streamTasks(long projectId, long exportId) {
		return streamTasks(projectId, exportId, RequestOptions.none());
	}

	/** {@code GET .../exports/{export_pk}/download?exportType=JSON} as a lazy stream, with per-call options. */
	Stream<ExportedTask> streamTasks(long projectId, long exportId, RequestOptions options);

	// the whole life cycle

	/**
	 * Export through a snapshot, in one call: create the snapshot, poll it with back-off until it is
	 * {@code completed} or {@code failed}, convert it when the format is not JSON and poll that conversion's
	 * own status (not the snapshot's) until it is {@code completed} or {@code failed}, then download the file
	 * streamed. The waiting is bounded by {@link SnapshotExport#timeout()}; the download by the read timeout.
	 * @param projectId the project id
	 * @param export the format, the snapshot's options, the timings and the progress listener
	 * @param target a file, or an existing directory to write the server's file name into
	 * @return the snapshot, the conversion and what was written
	 * @throws ExportFailedException when the snapshot or the conversion fails
	 * @throws ExportTimeoutException when they do not finish in time
	 */
	default ExportResult exportSnapshot(long projectId, SnapshotExport export, Path target) {
		return exportSnapshot(projectId, export, target, RequestOptions.none());
	}

	/** The snapshot life cycle to a file, with per-call options for each request. */
	ExportResult exportSnapshot(long projectId, SnapshotExport export, Path target, RequestOptions options);

	/** The snapshot life cycle streamed to an output stream (not closed). */
	default ExportResult exportSnapshot(long projectId, SnapshotExport export, OutputStream out) {
		return exportSnapshot(projectId, export, out, RequestOptions.none());
	}

	/** The snapshot life cycle streamed to an output stream, with per-call options for each request. */
	ExportResult exportSnapshot(long projectId, SnapshotExport export, OutputStream out, RequestOptions options);

	/**
	 * Poll an existing snapshot with back-off until it is {@code completed}.
	 * @param projectId the project id
	 * @param exportId the snapshot id
	 * @param timing the timeout, poll intervals and listener (its format and snapshot options are not used)
	 * @return the completed snapshot
	 * @throws ExportFailedException when it fails
	 * @throws ExportTimeoutException when it does not finish in time
	 */
	default Export awaitSnapshot(long projectId, long exportId, SnapshotExport timing) {
		return awaitSnapshot(projectId, exportId, timing, RequestOptions.none());
	}

	/** Poll an existing snapshot until it completes, with per-call options for each request. */
	Export awaitSnapshot(long projectId, long exportId, SnapshotExport timing, RequestOptions options);

}
