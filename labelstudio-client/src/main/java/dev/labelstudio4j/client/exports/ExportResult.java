package dev.labelstudio4j.client.exports;

import org.jspecify.annotations.Nullable;

/**
 * What {@link ExportsClient#exportSnapshot} did.
 *
 * @param snapshot the snapshot, as last answered by the server (completed)
 * @param conversion the conversion the file was downloaded from (completed), or {@code null} for JSON
 * @param download what the download wrote
 */
public record ExportResult(Export snapshot, @Nullable ConvertedFormat conversion, ExportDownload download) {
}
