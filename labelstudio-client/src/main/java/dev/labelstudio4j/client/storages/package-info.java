/**
 * Import and export storages: {@link dev.labelstudio4j.client.storages.ImportStorageClient} and
 * {@link dev.labelstudio4j.client.storages.ExportStorageClient}, one
 * {@link dev.labelstudio4j.client.storages.StorageClient} per storage type, typed settings per type and
 * direction ({@link dev.labelstudio4j.client.storages.S3ImportSettings}, ...), the storage as the server
 * reports it ({@link dev.labelstudio4j.client.storages.Storage}) and the sync waiter
 * ({@link dev.labelstudio4j.client.storages.SyncableStorageClient#syncAndWait(long)}).
 */
@NullMarked
package dev.labelstudio4j.client.storages;

import org.jspecify.annotations.NullMarked;
