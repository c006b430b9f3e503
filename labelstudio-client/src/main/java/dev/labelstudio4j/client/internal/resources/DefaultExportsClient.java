package dev.labelstudio4j.client.internal.resources;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import dev.labelstudio4j.client.BadRequestException;
import dev.labelstudio4j.client.LabelStudioException;
import dev.labelstudio4j.client.RequestOptions;
import dev.labelstudio4j.client.exports.ConvertResult;
import dev.labelstudio4j.client.exports.ConvertedFormat;
import dev.labelstudio4j.client.exports.Export;
import dev.labelstudio4j.client.exports.ExportBodyReader;
import dev.labelstudio4j.client.exports.ExportCreate;
import dev.labelstudio4j.client.exports.ExportDownload;
import dev.labelstudio4j.client.exports.ExportFailedException;
import dev.labelstudio4j.client.exports.ExportFormat;
import dev.labelstudio4j.client.exports.ExportFormatInfo;
import dev.labelstudio4j.client.exports.ExportProgress;
import dev.labelstudio4j.client.exports.ExportResult;
import dev.labelstudio4j.client.exports.ExportStatus;
import dev.labelstudio4j.client.exports.ExportTimeoutException;
import dev.labelstudio4j.client.exports.ExportedTask;
import dev.labelstudio4j.client.exports.ExportsClient;
import dev.labelstudio4j.client.exports.SnapshotExport;
import dev.labelstudio4j.client.exports.SyncExportOptions;
import dev.labelstudio4j.client.internal.ApiInvoker;
import dev.labelstudio4j.client.internal.ApiRequest;
import dev.labelstudio4j.client.internal.Args;
import dev.labelstudio4j.client.internal.json.JsonValues;
import dev.labelstudio4j.client.internal.ResponseHandler;

/**
 * The {@link ExportsClient} that sends its calls through the shared invoker, and the snapshot waiter built
 * on them.
 */
public final class DefaultExportsClient implements ExportsClient {

	static final String CREATE_EXPORT = "projects.exports.create_export";

	static final String DOWNLOAD = "projects.exports.download";

	static final String EXPORT_SNAPSHOT = "projects.exports.export_snapshot";

	private final ApiInvoker invoker;

	public DefaultExportsClient(ApiInvoker invoker) {
		this.invoker = invoker;
	}

	// synchronous export

	@Override
	public ExportDownload createExport(long projectId, SyncExportOptions options, Path target,
			RequestOptions requestOptions) {
		checkSync(projectId, options, requestOptions);
		Args.notNull(target, "target");
		return this.invoker.execute(syncExport(projectId, options, requestOptions)
			.returns(ExportBodies.toPath(target, () -> fallbackName(projectId, null, options.format()))));
	}

	@Override
	public ExportDownload createExport(long projectId, SyncExportOptions options, OutputStream out,
			RequestOptions requestOptions) {
		checkSync(projectId, options, requestOptions);
		Args.notNull(out, "out");
		return this.invoker.execute(syncExport(projectId, options, requestOptions).returns(ExportBodies.toStream(out)));
	}

	@Override
	public <T> T createExport(long projectId, SyncExportOptions options, ExportBodyReader<T> reader,
			RequestOptions requestOptions) {
		checkSync(projectId, options, requestOptions);
		Args.notNull(reader, "reader");
		return this.invoker.execute(syncExport(projectId, options, requestOptions).returns(ExportBodies.toReader(reader)));
	}

	@Override
	public Stream<ExportedTask> streamTasks(long projectId, SyncExportOptions options, RequestOptions requestOptions) {
		checkSync(projectId, options, requestOptions);
		if (!options.format().equals(ExportFormat.JSON)) {
			throw new IllegalArgumentException("options.format must be JSON to stream tasks but was " + options.format());
		}
		InputStream body = this.invoker
			.execute(syncExport(projectId, options, requestOptions).returns(ResponseHandler.stream()));
		return ExportTaskStream.of(CREATE_EXPORT, body);
	}

	private static void checkSync(long projectId, @Nullable SyncExportOptions options,
			@Nullable RequestOptions requestOptions) {
		Args.positive(projectId, "projectId");
		Args.notNull(options, "options");
		Args.notNull(requestOptions, "requestOptions");
	}

	/**
	 * {@code GET /api/projects/{id}/export}: the format goes as {@code exportType} (what current servers read)
	 * and {@code export_type} (older servers and the SDK), task ids as {@code ids[]} (the name the server
	 * reads). The call's read timeout is the options' unless the request options set one.
	 */
	private ApiRequest.Builder syncExport(long projectId, SyncExportOptions options, RequestOptions requestOptions) {
		ApiRequest.Builder request = ApiRequest.get(CREATE_EXPORT, "/api/projects/{id}/export")
			.path("id", projectId)
			.query("exportType", options.format().name())
			.query("export_type", options.format().name())
			.query("download_all_tasks", options.downloadAllTasks())
			.query("download_resources", options.downloadResources())
			.query("interpolate_key_frames", options.interpolateKeyFrames());
		for (Long id : options.taskIds()) {
			request.query("ids[]", id);
		}
		boolean ownTimeout = requestOptions.readTimeout() == null && this.invoker.transport().supportsReadTimeoutPerCall();
		RequestOptions effective = ownTimeout
				? RequestOptions.builder().readTimeout(options.readTimeout()).build().mergedWith(requestOptions)
				: requestOptions;
		return request.options(effective);
	}

	// formats and snapshots

	@Override
	public List<ExportFormatInfo> listFormats(long projectId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(options, "options");
		List<Object> answer = this.invoker
			.execute(ApiRequest.get("projects.exports.list_formats", "/api/projects/{id}/export/formats")
				.path("id", projectId)
				.options(options)
				.returns(ResponseHandler.json(new TypeReference<List<Object>>() {
				})));
		List<ExportFormatInfo> formats = new ArrayList<>(answer.size());
		for (Object item : answer) {
			ExportFormatInfo format = formatInfo(item);
			if (format != null) {
				formats.add(format);
			}
		}
		return List.copyOf(formats);
	}

	/** A format as servers answer it (an object) or as the official document says (a name). */
	private static @Nullable ExportFormatInfo formatInfo(@Nullable Object item) {
		if (item instanceof String name && !name.isBlank()) {
			return ExportFormatInfo.builder().format(ExportFormat.of(name)).build();
		}
		ExportFormatInfo format = JsonValues.toModel(ExportFormatInfo.class, item);
		return (format != null && format.format() != null) ? format : null;
	}

	@Override
	public List<Export> list(long projectId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("projects.exports.list", "/api/projects/{id}/exports/")
			.path("id", projectId)
			.options(options)
			.returnsListOf(Export.class));
	}

	@Override
	public Export create(long projectId, ExportCreate snapshot, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(snapshot, "snapshot");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.post("projects.exports.create", "/api/projects/{id}/exports/")
			.path("id", projectId)
			.jsonBody(body(snapshot))
			.options(options)
			.returns(Export.class));
	}

	/** The create body: only what was set, nested as the server reads it. */
	static Map<String, Object> body(ExportCreate snapshot) {
		Map<String, Object> body = new LinkedHashMap<>();
		put(body, "title", snapshot.title());
		Map<String, Object> tasks = new LinkedHashMap<>();
		put(tasks, "view", snapshot.view());
		put(tasks, "skipped", (snapshot.skipped() != null) ? snapshot.skipped().value() : null);
		put(tasks, "finished", (snapshot.finished() != null) ? snapshot.finished().value() : null);
		put(tasks, "annotated", (snapshot.annotated() != null) ? snapshot.annotated().value() : null);
		put(tasks, "only_with_annotations", snapshot.onlyWithAnnotations());
		putIfAny(body, "task_filter_options", tasks);
		Map<String, Object> annotations = new LinkedHashMap<>();
		put(annotations, "usual", snapshot.usualAnnotations());
		put(annotations, "ground_truth", snapshot.groundTruthAnnotations());
		put(annotations, "skipped", snapshot.skippedAnnotations());
		putIfAny(body, "annotation_filter_options", annotations);
		Map<String, Object> serialization = new LinkedHashMap<>();
		putOnlyId(serialization, "drafts", snapshot.draftsOnlyId());
		putOnlyId(serialization, "predictions", snapshot.predictionsOnlyId());
		putOnlyId(serialization, "annotations__completed_by", snapshot.completedByOnlyId());
		put(serialization, "include_annotation_history", snapshot.includeAnnotationHistory());
		put(serialization, "interpolate_key_frames", snapshot.interpolateKeyFrames());
		putIfAny(body, "serialization_options", serialization);
		return body;
	}

	private static void put(Map<String, Object> map, String name, @Nullable Object value) {
		if (value != null) {
			map.put(name, value);
		}
	}

	private static void putIfAny(Map<String, Object> map, String name, Map<String, Object> value) {
		if (!value.isEmpty()) {
			map.put(name, value);
		}
	}

	private static void putOnlyId(Map<String, Object> map, String name, @Nullable Boolean onlyId) {
		if (onlyId != null) {
			map.put(name, Map.of("only_id", onlyId));
		}
	}

	@Override
	public Export get(long projectId, long exportId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.positive(exportId, "exportId");
		Args.notNull(options, "options");
		return this.invoker.execute(ApiRequest.get("projects.exports.get", "/api/projects/{id}/exports/{export_pk}")
			.path("id", projectId)
			.path("export_pk", exportId)
			.options(options)
			.returns(Export.class));
	}

	@Override
	public void delete(long projectId, long exportId, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.positive(exportId, "exportId");
		Args.notNull(options, "options");
		this.invoker.execute(ApiRequest.delete("projects.exports.delete", "/api/projects/{id}/exports/{export_pk}")
			.path("id", projectId)
			.path("export_pk", exportId)
			.options(options)
			.returnsNothing());
	}

	@Override
	public ConvertResult convert(long projectId, long exportId, ExportFormat format,
			@Nullable Boolean downloadResources, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.positive(exportId, "exportId");
		Args.notNull(format, "format");
		Args.notNull(options, "options");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("export_type", format.name());
		put(body, "download_resources", downloadResources);
		return this.invoker
			.execute(ApiRequest.post("projects.exports.convert", "/api/projects/{id}/exports/{export_pk}/convert")
				.path("id", projectId)
				.path("export_pk", exportId)
				.jsonBody(body)
				.options(options)
				.returns(ConvertResult.class));
	}

	// downloads

	@Override
	public ExportDownload download(long projectId, long exportId, ExportFormat format, Path target,
			RequestOptions options) {
		checkDownload(projectId, exportId, format, options);
		Args.notNull(target, "target");
		return this.invoker.execute(snapshotDownload(projectId, exportId, format, options)
			.returns(ExportBodies.toPath(target, () -> fallbackName(projectId, exportId, format))));
	}

	@Override
	public ExportDownload download(long projectId, long exportId, ExportFormat format, OutputStream out,
			RequestOptions options) {
		checkDownload(projectId, exportId, format, options);
		Args.notNull(out, "out");
		return this.invoker
			.execute(snapshotDownload(projectId, exportId, format, options).returns(ExportBodies.toStream(out)));
	}

	@Override
	public <T> T download(long projectId, long exportId, ExportFormat format, ExportBodyReader<T> reader,
			RequestOptions options) {
		checkDownload(projectId, exportId, format, options);
		Args.notNull(reader, "reader");
		return this.invoker
			.execute(snapshotDownload(projectId, exportId, format, options).returns(ExportBodies.toReader(reader)));
	}

	@Override
	public Stream<ExportedTask> streamTasks(long projectId, long exportId, RequestOptions options) {
		checkDownload(projectId, exportId, ExportFormat.JSON, options);
		InputStream body = this.invoker.execute(
				snapshotDownload(projectId, exportId, ExportFormat.JSON, options).returns(ResponseHandler.stream()));
		return ExportTaskStream.of(DOWNLOAD, body);
	}

	private static void checkDownload(long projectId, long exportId, @Nullable ExportFormat format,
			@Nullable RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.positive(exportId, "exportId");
		Args.notNull(format, "format");
		Args.notNull(options, "options");
	}

	/** {@code GET .../download}: the format only as {@code exportType}, the one name the server reads there. */
	private static ApiRequest.Builder snapshotDownload(long projectId, long exportId, ExportFormat format,
			RequestOptions options) {
		return ApiRequest.get(DOWNLOAD, "/api/projects/{id}/exports/{export_pk}/download")
			.path("id", projectId)
			.path("export_pk", exportId)
			.query("exportType", format.name())
			.options(options);
	}

	/** The file name used when the server gives none that is usable. */
	static String fallbackName(long projectId, @Nullable Long exportId, ExportFormat format) {
		return "project-" + projectId + ((exportId != null) ? "-export-" + exportId : "-export") + "."
				+ format.fileExtension();
	}

	// the waiter

	@Override
	public ExportResult exportSnapshot(long projectId, SnapshotExport export, Path target, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(export, "export");
		Args.notNull(target, "target");
		Args.notNull(options, "options");
		return runSnapshot(projectId, export, options,
				(exportId) -> download(projectId, exportId, export.format(), target, options));
	}

	@Override
	public ExportResult exportSnapshot(long projectId, SnapshotExport export, OutputStream out,
			RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.notNull(export, "export");
		Args.notNull(out, "out");
		Args.notNull(options, "options");
		return runSnapshot(projectId, export, options,
				(exportId) -> download(projectId, exportId, export.format(), out, options));
	}

	@Override
	public Export awaitSnapshot(long projectId, long exportId, SnapshotExport timing, RequestOptions options) {
		Args.positive(projectId, "projectId");
		Args.positive(exportId, "exportId");
		Args.notNull(timing, "timing");
		Args.notNull(options, "options");
		return new Waiter(projectId, timing, options).awaitSnapshot(exportId, null);
	}

	private ExportResult runSnapshot(long projectId, SnapshotExport export, RequestOptions options,
			Function<Long, ExportDownload> download) {
		Waiter waiter = new Waiter(projectId, export, options);
		Export created = create(projectId, export.snapshot(), options);
		long exportId = created.id();
		waiter.report(ExportProgress.Stage.SNAPSHOT_CREATED, exportId, null, created.status());
		Export snapshot = waiter.awaitSnapshot(exportId, created);
		ConvertedFormat conversion = null;
		if (export.format().needsConversion()) {
			conversion = waiter.convertAndAwait(snapshot, export.format(), export.downloadResources());
		}
		waiter.report(ExportProgress.Stage.DOWNLOAD_STARTED, exportId, (conversion != null) ? conversion.id() : null,
				null);
		ExportDownload written = download.apply(exportId);
		waiter.report(ExportProgress.Stage.DOWNLOAD_COMPLETED, exportId,
				(conversion != null) ? conversion.id() : null, null);
		if (export.deleteSnapshot()) {
			delete(projectId, exportId, options);
		}
		return new ExportResult(snapshot, conversion, written);
	}

	/** Polls one project's snapshot and conversions with back-off, against one deadline. */
	private final class Waiter {

		private final long projectId;

		private final SnapshotExport timing;

		private final RequestOptions options;

		private final long start = System.nanoTime();

		private final long deadline;

		private Duration interval;

		Waiter(long projectId, SnapshotExport timing, RequestOptions options) {
			this.projectId = projectId;
			this.timing = timing;
			this.options = options;
			this.deadline = this.start + timing.timeout().toNanos();
			this.interval = timing.initialPollInterval();
		}

		Export awaitSnapshot(long exportId, @Nullable Export known) {
			Export snapshot = known;
			while (true) {
				if (snapshot != null) {
					if (snapshot.isCompleted()) {
						report(ExportProgress.Stage.SNAPSHOT_COMPLETED, exportId, null, snapshot.status());
						return snapshot;
					}
					if (snapshot.isFailed()) {
						// Label Studio keeps no reason for a failed snapshot (only its conversions have a traceback)
						throw new ExportFailedException(EXPORT_SNAPSHOT, this.projectId, exportId, null, null, null);
					}
				}
				pause(exportId, null, (snapshot != null) ? snapshot.status() : null);
				snapshot = get(this.projectId, exportId, this.options);
				if (!snapshot.isCompleted() && !snapshot.isFailed()) {
					report(ExportProgress.Stage.SNAPSHOT_PENDING, exportId, null, snapshot.status());
				}
			}
		}

		ConvertedFormat convertAndAwait(Export snapshot, ExportFormat format, @Nullable Boolean downloadResources) {
			long exportId = snapshot.id();
			this.interval = this.timing.initialPollInterval();
			Long conversionId;
			try {
				conversionId = convert(this.projectId, exportId, format, downloadResources, this.options)
					.convertedFormat();
			}
			catch (BadRequestException ex) {
				// "Conversion to X already started": follow the conversion that is under way
				ConvertedFormat running = snapshot.convertedFormat(format);
				if (running == null || running.id() == null || (running.status() != null && running.status().isFailed())) {
					throw ex;
				}
				conversionId = running.id();
			}
			report(ExportProgress.Stage.CONVERSION_STARTED, exportId, conversionId, null);
			ExportStatus last = null;
			while (true) {
				pause(exportId, conversionId, last);
				Export current = get(this.projectId, exportId, this.options);
				ConvertedFormat conversion = (conversionId != null) ? current.convertedFormat(conversionId)
						: current.convertedFormat(format);
				if (conversion != null) {
					last = conversion.status();
					Long id = (conversion.id() != null) ? conversion.id() : conversionId;
					if (last != null && last.isCompleted()) {
						report(ExportProgress.Stage.CONVERSION_COMPLETED, exportId, id, last);
						return conversion;
					}
					if (last != null && last.isFailed()) {
						throw new ExportFailedException(EXPORT_SNAPSHOT, this.projectId, exportId,
								id, format.name(), conversion.traceback());
					}
				}
				report(ExportProgress.Stage.CONVERSION_PENDING, exportId, conversionId, last);
			}
		}

		/** Wait the current interval (less when the deadline is nearer), then grow it; time out past the deadline. */
		private void pause(long exportId, @Nullable Long conversionId, @Nullable ExportStatus last) {
			long remaining = this.deadline - System.nanoTime();
			if (remaining <= 0) {
				throw new ExportTimeoutException(EXPORT_SNAPSHOT, this.projectId, exportId, conversionId,
						this.timing.timeout(), last);
			}
			try {
				TimeUnit.NANOSECONDS.sleep(Math.min(this.interval.toNanos(), remaining));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LabelStudioException(EXPORT_SNAPSHOT, EXPORT_SNAPSHOT + " interrupted while waiting for export "
						+ exportId + " of project " + this.projectId, ex);
			}
			long next = (long) Math.min(this.interval.toNanos() * this.timing.backoffMultiplier(),
					this.timing.maxPollInterval().toNanos());
			this.interval = Duration.ofNanos(next);
		}

		void report(ExportProgress.Stage stage, long exportId, @Nullable Long conversionId,
				@Nullable ExportStatus status) {
			this.timing.listener()
				.onProgress(new ExportProgress(stage, this.projectId, exportId, conversionId, status,
						Duration.ofNanos(System.nanoTime() - this.start)));
		}

	}

}
